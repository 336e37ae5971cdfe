import type { Doc } from '../core/doc.js';
import { articleFacts, type ArticleFacts } from './article-facts.js';
import type { Message } from '../core/message.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Grouping } from '../cluster/index.js';
import type { Entity } from '../annotate/entities/index.js';
import type { EventPeriod } from '../annotate/times/index.js';
import { inferredPublished, reportEntities, reportTimes, type ReportInferred, type ReportTime } from './report-sections.js';
import { reportQuoteGroups, reportQuotes, type ReportQuote, type ReportQuoteGroup } from './report-quotes.js';
import { reportActions, type ReportAction, type Timeline } from '../timeline/index.js';
import type { Reconciliation, StoryReconciliation } from '../reconcile/index.js';
import { REPORT_SCHEMA_ID, REPORT_SCHEMA_VERSION, VERSION } from '../version.js';

/**
 * The `analyze` report: everything the pipeline knows, in the shape of schema/report.schema.json.
 * Sections appear as their stages land; a consumer checks `schemaVersion`.
 */
export interface Report {
  $schema: string;
  schemaVersion: string;
  generator: { name: 'corroborate'; version: string };
  articles: ReportArticle[];
  /** Each story with its events and, when reconciled, its claims, contradictions, updates, coverage and framing. */
  stories: ReportStory[];
  /** People, organisations, places and other names, merged across articles. */
  entities: Entity[];
  times: ReportTime[];
  quotes: ReportQuote[];
  /** The same statement as different outlets render it, grouped, with the story it belongs to. */
  quoteGroups: ReportQuoteGroup[];
  /**
   * Who did what to whom, sentence by sentence. Not to be confused with `stories[].events`, the distinct
   * happenings of a story (two rounds of talks), which group articles rather than sentences.
   */
  events: ReportAction[];
  /** Per story: dated actions and sentences in order, and what each actor demanded, accused, promised, threatened, did. */
  timelines: Timeline[];
  messages: Message[];
}

export type ReportStory = Grouping['stories'][number] & Partial<Omit<StoryReconciliation, 'story' | 'title' | 'articles'>>;

export interface ReportArticle extends ArticleFacts {
  url: string | null;
  duplicateOf: string | null;
  similarity: number | null;
  story: string | null;
  event: string | null;
  /** Only on articles with no stated publication time: the period the evidence supports. */
  publishedInferred?: ReportInferred;
}

export function buildReport(corpus: Corpus, messages: readonly Message[]): Report {
  const inferred = inferredPublished(corpus);
  const entities = reportEntities(corpus);
  const grouping = (corpus.results.get('corpus:events') ?? corpus.results.get('corpus:stories')) as Grouping | undefined;
  return {
    $schema: REPORT_SCHEMA_ID,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: 'corroborate', version: VERSION },
    articles: corpus.docs.map((doc) => reportArticle(doc, grouping, inferred.get(doc.id))),
    stories: reportStories(grouping, corpus.results.get('corpus:reconciliation') as Reconciliation | undefined, (corpus.results.get('corpus:eventPeriods') ?? {}) as Record<string, EventPeriod>),
    entities,
    times: reportTimes(corpus.docs),
    quotes: reportQuotes(corpus, entities),
    quoteGroups: reportQuoteGroups(corpus, grouping),
    events: reportActions(corpus),
    timelines: (corpus.results.get('corpus:timelines') as Timeline[] | undefined) ?? [],
    messages: [...messages],
  };
}

function reportArticle(doc: Doc, grouping: Grouping | undefined, inferred: ReportInferred | undefined): ReportArticle {
  const m = doc.meta;
  const g = grouping?.articles[doc.id];
  return {
    ...articleFacts(doc),
    url: m.canonicalUrl ?? m.url ?? null,
    duplicateOf: g?.duplicateOf ?? null,
    similarity: g?.similarity ?? null,
    story: g?.story ?? null,
    event: g?.event ?? null,
    ...(inferred && !m.published ? { publishedInferred: inferred } : {}),
  };
}

function reportStories(grouping: Grouping | undefined, reconciliation: Reconciliation | undefined, periods: Record<string, EventPeriod>): ReportStory[] {
  const byStory = new Map(reconciliation?.stories.map((r) => [r.story, r]));
  return (grouping?.stories ?? []).map((grouped) => {
    const story = { ...grouped, events: grouped.events.map((e) => ({ ...e, published: periods[e.id] ?? null })) };
    const r = byStory.get(story.id);
    if (!r) return story;
    const { story: _id, title: _title, articles: _articles, ...rest } = r;
    return { ...story, ...rest };
  });
}
