import type { Doc } from '../../core/doc.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import { confidentValue, inferPublished, MAX_PLACING_DAYS, periodDays, type InferOptions, type InferredPublished } from './infer.js';
import { formatDay, parseReference } from './calendar.js';

/**
 * Dates every report of a story that lacks a publication time. Two passes: each report alone (with the
 * metadata dates of its siblings), then each again with its siblings' first-pass estimates, so that a report
 * whose text dates it well ("held on November 7", "on Friday") helps one whose text does not. A report never
 * leans on its own estimate.
 */
export function inferStoryPublished(docs: Doc[], options: InferOptions = {}): Map<string, InferredPublished> {
  const undated = docs.filter((d) => !d.meta.published);
  const first = new Map(undated.map((d) => [d.id, inferPublished(d, docs, options)]));
  const second = new Map<string, InferredPublished>();
  for (const doc of undated) {
    const others = new Map([...first].filter(([id]) => id !== doc.id));
    second.set(doc.id, inferPublished(doc, docs, options, others));
  }
  return second;
}

/** The part of `corpus:stories` this stage reads: which articles belong together. */
interface StoryGrouping {
  stories: Array<{ articles: string[] }>;
}

/**
 * `corpus:inferredPublished`: a record from article id to its inferred publication period, for the articles
 * with no `meta.published`. Metadata is left alone: an inference is not a stated date.
 */
export const publishedInferenceStage: CorpusStage<InferOptions> = {
  name: 'infer-published',
  scope: 'corpus',
  requires: ['text', 'corpus:stories'],
  assigns: ['corpus:inferredPublished'],
  defaults: {},
  create: (options) => (corpus) => {
    const grouping = corpus.results.get('corpus:stories') as StoryGrouping | undefined;
    const byId = new Map(corpus.docs.map((d) => [d.id, d]));
    const grouped = new Set<string>();
    const result: Record<string, InferredPublished> = {};
    for (const story of grouping?.stories ?? []) {
      const docs = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
      docs.forEach((d) => grouped.add(d.id));
      for (const [id, inferred] of inferStoryPublished(docs, options)) result[id] = inferred;
    }
    for (const doc of corpus.docs) if (!grouped.has(doc.id) && !doc.meta.published) result[doc.id] = inferPublished(doc, [], options);
    corpus.results.set('corpus:inferredPublished', result);
  },
};

/** The part of `corpus:events` this stage reads. */
interface EventGrouping {
  stories: Array<{ events: Array<{ id: string; articles: string[]; start: string | null }> }>;
}

/**
 * The publication period of an event's reports: the narrowest one known among its articles (a stated day,
 * else a confident inference), since reports of one event come out within days of each other. Null when no
 * article of the event is dated at all.
 */
export interface EventPeriod {
  value: string;
  /** The article whose period it is. */
  article: string;
  inferred: boolean;
}

/**
 * A second pass once events are known: an undated report whose own text and story left it undated (a bare
 * "on Tuesday") is dated again from the reports of its own event only, since a story's other events (an
 * earlier round of talks) would pull it elsewhere. `corpus:inferredPublished` is updated for those reports
 * only, and `corpus:eventPeriods` gives each event the period of its reports; events that no dated article
 * placed are put in order of that period.
 */
export const publishedByEventStage: CorpusStage<InferOptions> = {
  name: 'infer-published-events',
  scope: 'corpus',
  requires: ['text', 'corpus:events', 'corpus:inferredPublished'],
  assigns: ['corpus:inferredPublished', 'corpus:eventPeriods'],
  defaults: {},
  create: (options) => (corpus) => {
    const grouping = corpus.results.get('corpus:events') as EventGrouping | undefined;
    const table = { ...((corpus.results.get('corpus:inferredPublished') ?? {}) as Record<string, InferredPublished>) };
    const byId = new Map(corpus.docs.map((d) => [d.id, d]));
    const periods: Record<string, EventPeriod> = {};
    for (const story of grouping?.stories ?? []) {
      for (const event of story.events) {
        const docs = event.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
        const estimates = new Map(Object.entries(table).filter(([id]) => event.articles.includes(id)));
        for (const doc of docs) {
          if (doc.meta.published || docs.length < 2 || !vague(table[doc.id])) continue;
          const again = inferPublished(doc, docs, { ...options, yearlessSiblings: true }, new Map([...estimates].filter(([id]) => id !== doc.id)));
          if (again.value && !vague(again)) table[doc.id] = again;
        }
        const period = eventPeriod(docs, table);
        if (period) periods[event.id] = period;
      }
      // Events the clustering could not date sort by their reports' period now (dated ones first, as before).
      const key = (e: { id: string; start: string | null }) => e.start ?? periods[e.id]?.value ?? '~';
      // Code-point order: '2026-…' < 'XXXX-…' < '~' (localeCompare would put the '~' first).
      story.events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
    }
    corpus.results.set('corpus:inferredPublished', table);
    corpus.results.set('corpus:eventPeriods', periods);
  },
};

/** No period, or one too wide to say which event a report is about. */
function vague(inferred: InferredPublished | undefined): boolean {
  const value = confidentValue(inferred);
  return !value || (periodDays(value) ?? Infinity) > MAX_PLACING_DAYS;
}

function eventPeriod(docs: readonly Doc[], table: Record<string, InferredPublished>): EventPeriod | undefined {
  let best: (EventPeriod & { days: number }) | undefined;
  for (const doc of docs) {
    const ref = parseReference(doc.meta.published);
    const value = ref ? formatDay(ref.day) : confidentValue(table[doc.id]);
    const days = value ? periodDays(value) : undefined;
    if (!value || days === undefined) continue;
    // A stated day beats any inference; among inferences, the narrowest; a known year beats a time of year.
    const rank = (p: { days: number; inferred: boolean; value: string }) => (p.inferred ? 1000 : 0) + (p.value.startsWith('XXXX') ? 500 : 0) + p.days;
    const candidate = { value, article: doc.id, inferred: !ref, days };
    if (!best || rank(candidate) < rank(best)) best = candidate;
  }
  return best && { value: best.value, article: best.article, inferred: best.inferred };
}
