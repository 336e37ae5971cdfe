import type { Doc } from '../core/doc.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Timeline } from '../timeline/index.js';
import type { Support } from '../reconcile/contradictions.js';
import type { BriefSentence } from './compose.js';

/**
 * One line of a briefing's timeline: the sentence that dates something, cited. `day` is its TIMEX value; a
 * sentence whose time words name no date ("late on Tuesday" in a report that states no publication day) has
 * them in `expression` and its event's period in `period` instead, so it reads in its place without a date
 * being made up for it.
 */
export type BriefTimelineEntry = BriefSentence & { day: string; expression?: string; period?: string | null };

/** Lines shown; the report's `timelines[]` has every entry. */
const MAX_TIMELINE = 20;

/**
 * The story's timeline (src/timeline) as cited sentences, in its order: dated sentences by day, sentences with
 * undated time words at their event's period. Each entry cites the whole sentence of every article that
 * reports it, so the words shown are the words cited. A corpus built without the timeline stage has none.
 */
export function briefTimeline(corpus: Corpus, storyId: string, byId: ReadonlyMap<string, Doc>, sentence: (s: readonly Support[]) => BriefSentence): BriefTimelineEntry[] {
  const timeline = ((corpus.results.get('corpus:timelines') ?? []) as Timeline[]).find((t) => t.story === storyId);
  if (!timeline) return [];
  const out: BriefTimelineEntry[] = [];
  const seen = new Set<string>();
  for (const entry of timeline.entries) {
    if (!entry.time && !entry.expression) continue;
    const support = uniqueSentences(entry.sources.map((s) => sentenceOf(byId.get(s.article), s)).filter((s): s is Support => s !== undefined));
    const key = support.map((s) => `${s.article}:${s.start}`).join('|');
    if (!support.length || seen.has(key)) continue;
    seen.add(key);
    if (entry.time) out.push({ ...sentence(support), day: entry.time });
    else {
      const period = timeline.events.find((e) => e.id === entry.event)?.published ?? null;
      out.push({ ...sentence(support), day: period ?? '', expression: entry.expression!, period });
    }
    if (out.length === MAX_TIMELINE) break;
  }
  return out;
}

/** The sentence of `doc` holding a span, as a support span. */
function sentenceOf(doc: Doc | undefined, span: { article: string; start: number; end: number }): Support | undefined {
  if (!doc) return undefined;
  const s = doc.layer('sentences').find((x) => x.start <= span.start && span.end <= x.end);
  return s ? { article: span.article, start: s.start, end: s.end } : { article: span.article, start: span.start, end: span.end };
}

function uniqueSentences(list: readonly Support[]): Support[] {
  const keys = new Set<string>();
  return list.filter((s) => {
    const k = `${s.article}:${s.start}`;
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
}
