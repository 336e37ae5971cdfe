import type { Corpus } from '../pipeline/stage.js';
import type { Reconciliation } from '../reconcile/stage.js';
import { buildBriefing, storiesByCoverage, type Briefing } from './compose.js';
import { briefingMarkdown } from './markdown.js';
import { briefingHtml } from './html.js';
import { checkFaithfulness, type Faithfulness } from './faithfulness.js';

export const BRIEF_FORMATS = ['md', 'html', 'json'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export interface BriefOutput {
  briefings: { briefing: Briefing; faithfulness: Faithfulness }[];
  /** The story asked for with --story that does not exist. */
  missing?: string;
}

/** One briefing per story, most-covered first, or only `story`. */
export function briefings(corpus: Corpus, story?: string): BriefOutput {
  const r = corpus.results.get('corpus:reconciliation') as Reconciliation | undefined;
  const stories = storiesByCoverage(r ?? { stories: [] }).filter((s) => !story || s.story === story);
  const out = stories.map((s) => {
    const briefing = buildBriefing(corpus, s.story);
    return { briefing, faithfulness: checkFaithfulness(briefing, corpus.docs) };
  });
  return { briefings: out, ...(story && !out.length ? { missing: story } : {}) };
}

export function renderBriefings(output: BriefOutput, format: BriefFormat): string {
  if (format === 'json') {
    return `${JSON.stringify({ briefings: output.briefings.map((b) => ({ ...b.briefing, faithfulness: { score: b.faithfulness.score, sentences: b.faithfulness.sentences, failures: b.faithfulness.failures } })) }, null, 2)}\n`;
  }
  if (format === 'html') {
    // One page per story would need several files; stories follow each other on one page instead.
    const pages = output.briefings.map((b) => briefingHtml(b.briefing));
    if (pages.length <= 1) return pages[0] ?? briefingHtml(emptyBriefing());
    const bodies = pages.map((p) => p.slice(p.indexOf('<body>') + 6, p.lastIndexOf('</body>')));
    return pages[0]!.replace(/<body>[\s\S]*<\/body>/, () => `<body>${bodies.join('\n<hr>\n')}</body>`);
  }
  return output.briefings.map((b) => briefingMarkdown(b.briefing)).join('\n---\n\n') || '_No stories found._\n';
}

function emptyBriefing(): Briefing {
  return { story: '', headline: { text: 'No stories found', cites: [] }, happened: [], events: [], disputed: [], updates: [], single: [], quotes: [], timeline: [], people: [], coverage: [], sources: [] };
}
