import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Story } from '../cluster/index.js';
import type { Entity } from '../annotate/entities/index.js';
import { buildReport, type ReportArticle } from '../output/report.js';
import type { ReportTime } from '../output/report-sections.js';
import { storedEntityId } from './entities.js';
import { buildBriefing, type Briefing } from '../brief/index.js';

/** One quote as stored in a snapshot: its place in its article and the attributes the quotes stage set. */
export interface SnapshotQuote {
  article: string;
  start: number;
  end: number;
  text: string;
  label: string | null;
  speaker: string | null;
  speakerEntity: string | null;
  attrs: Record<string, unknown>;
}

/**
 * What the pipeline computed for one story, stored with it so that a story page or API call needs no
 * recomputation: the story with its events, its articles (without their text), the entities and times met
 * in them, and their quotes when a quotes stage ran. `version` changes when this shape does.
 */
export interface StorySnapshot {
  version: 1;
  story: Story;
  articles: Omit<ReportArticle, 'text'>[];
  /** The story's entities, with their stored ids (see storedEntityId) and only their mentions in this story. */
  entities: Entity[];
  times: ReportTime[];
  quotes: SnapshotQuote[];
  /** The cited briefing, when the reconcile stage ran (it does in ANALYZE_STAGES). */
  briefing?: Briefing;
}

export function storySnapshots(corpus: Corpus, messages: readonly Message[]): Map<string, StorySnapshot> {
  const report = buildReport(corpus, messages);
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const articles = new Map(report.articles.map(({ text: _text, ...a }) => [a.id, a]));
  const out = new Map<string, StorySnapshot>();
  for (const story of report.stories) {
    const members = new Set(story.articles);
    const entities = report.entities
      .map((e) => ({ ...e, id: storedEntityId(e), mentions: e.mentions.filter((m) => members.has(m.article)) }))
      .filter((e) => e.mentions.length > 0);
    out.set(story.id, {
      version: 1,
      story,
      articles: story.articles.map((id) => articles.get(id)).filter((a) => a !== undefined),
      entities,
      times: report.times.filter((t) => members.has(t.article)),
      quotes: story.articles.flatMap((id) => quotesOf(docs.get(id))),
      ...(corpus.results.has('corpus:reconciliation') ? { briefing: buildBriefing(corpus, story.id) } : {}),
    });
  }
  return out;
}

function quotesOf(doc: Doc | undefined): SnapshotQuote[] {
  if (!doc) return [];
  return doc.layer('quotes').map((span) => {
    const attrs = (span.attrs ?? {}) as Record<string, unknown>;
    return {
      article: doc.id,
      start: span.start,
      end: span.end,
      text: doc.slice(span),
      label: span.label ?? null,
      speaker: typeof attrs.speakerText === 'string' ? attrs.speakerText : null,
      speakerEntity: typeof attrs.speakerEntity === 'string' ? attrs.speakerEntity : null,
      attrs,
    };
  });
}
