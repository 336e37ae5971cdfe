import type { Doc } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import { averageLinkage, cutMerges, wardLinkage } from './agglomerative.js';
import { anchorDay, dayOf, isoDay, mentionedDays, writtenYear } from './dates.js';
import { addMarkers, addNumbers } from './markers.js';
import { gapDays, type InferredPeriod, type Period, storyPeriods } from './periods.js';
import { termCounts, type TermOptions } from './terms.js';
import { type SparseVector, tfidf } from './vectors.js';
import { Vocabulary } from './vocabulary.js';

export interface EventOptions extends TermOptions {
  /** Average-linkage cutoff on the combined similarity below which two groups are distinct events. */
  cutoff: number;
  /** Days two articles' event days may differ before their similarity is discounted. */
  toleranceDays: number;
  /** Each further day of difference between two dated articles' event days multiplies their similarity by this factor. */
  dayDecay: number;
  /** Factor for two undated articles that both mention dates, none of them within the tolerance of the other's. */
  disjointDates: number;
  /**
   * Two articles whose periods (event day when dated, else a confident inferred publication period) lie more
   * than this many days apart are never in one event, whatever their words share: average linkage otherwise
   * lets an undated article bridge two rounds of talks a week apart.
   */
  separateDays: number;
  /**
   * Added to the similarity of two articles written in the same year (see `writtenYear`) when not both are
   * dated (dated ones compare days). A bonus for agreement, not a penalty for disagreement: on ECB+ a
   * different stated year was weaker evidence (24% of same-event pairs disagree) and penalising it lowered F1.
   */
  sameYear: number;

  /**
   * `ward` (default): Ward linkage cut where a merge would cost more than `wardCost` (the rise in within-event
   * squared distance, on unit vectors); `average`: average linkage cut at `cutoff`. Ward prefers compact,
   * balanced events, which is what two rounds of one story look like; on ECB+ with the gold topics it scored
   * 0.954 against average linkage's 0.928 (both with the written-year bonus; all labels, for the choice only).
   */
  linkage: 'average' | 'ward';
  wardCost: number;
  /** Weight of a number as a term (see markers.ts `addNumbers`); 0 leaves numbers out. */
  numberWeight: number;
  /** Weight of an event marker (a stated duration or recurrence, see markers.ts), relative to 1 for a word. */
  markerWeight: number;
  maxTerms: number;
  /** Stories larger than this are cut into consecutive runs (by event day) before clustering, which is cubic. */
  maxArticles: number;
}

/** Defaults; how each was tuned is in src/cluster/README.md. */
export const EVENT_DEFAULTS: EventOptions = {
  cutoff: 0.08,
  toleranceDays: 1,
  dayDecay: 0.7,
  disjointDates: 1,
  separateDays: 3,
  markerWeight: 3,
  numberWeight: 2,
  linkage: 'ward',
  wardCost: 2,
  sameYear: 0.1,
  maxTerms: 150,
  maxArticles: 300,
  nameWeight: 3,
  titleWeight: 2,
  maxChars: 3000,
};

export interface EventSummary {
  id: string;
  title: string;
  /** ISO dates (YYYY-MM-DD) of the earliest and latest event day of its articles; null when none is known. */
  start: string | null;
  end: string | null;
  articles: string[];
}

interface Item {
  doc: Doc;
  /** The day the article is about (see anchorDay); only trusted for comparison when the article is dated. */
  day: number | undefined;
  dated: boolean;
  /** Days mentioned, sorted, for undated articles. */
  mentioned: number[];
  year: number | undefined;
  period: Period | undefined;
  vector: SparseVector;
}

/**
 * Splits one story's articles into events: local TF-IDF (IDF counted inside the story, so the terms the whole
 * story shares weigh little and event-specific names and words stand out), discounted by the distance between
 * the days the articles are about, then average-linkage clustering with a cutoff.
 * Copies (`duplicateOf` another article of the story) follow their original.
 */
export function splitEvents(
  docs: readonly Doc[],
  options: Partial<EventOptions> = {},
  duplicates: ReadonlyMap<string, string> = new Map(),
  inferred: ReadonlyMap<string, InferredPeriod> = new Map(),
): EventSummary[] {
  const o = { ...EVENT_DEFAULTS, ...options };
  const ids = new Set(docs.map((d) => d.id));
  const originals = docs.filter((d) => !ids.has(duplicates.get(d.id) ?? ''));
  const vocabulary = new Vocabulary();
  const counted = originals.map((doc) => {
    const counts = termCounts(doc, o);
    addMarkers(counts, doc, o.markerWeight);
    addNumbers(counts, doc.text.slice(0, o.maxChars), o.numberWeight);
    return { doc, counts, ids: vocabulary.count(counts.keys()) };
  });
  const items: Item[] = counted.map(({ doc, counts, ids: termIds }) => {
    const mentioned = [...new Set(mentionedDays(doc))].sort((a, b) => a - b);
    return { doc, day: anchorDay(doc, mentioned), dated: dayOf(doc.meta.published) !== undefined, mentioned, year: writtenYear(doc), period: undefined as Period | undefined, vector: tfidf(counts, termIds, vocabulary, o.maxTerms) };
  });
  const periods = storyPeriods(items.map((x) => ({ id: x.doc.id, day: x.day, dated: x.dated })), inferred);
  for (const x of items) x.period = periods.get(x.doc.id);
  items.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const groups: Item[][] = [];
  for (let start = 0; start < items.length; start += o.maxArticles) {
    const run = items.slice(start, start + o.maxArticles);
    const sim = similarities(run, o);
    const clusters = o.linkage === 'ward' ? cutMerges(wardLinkage(sim, run.length), run.length, -o.wardCost) : averageLinkage(sim, run.length, o.cutoff);
    for (const members of clusters) groups.push(members.map((i) => run[i]!));
  }
  const follow = new Map<string, Doc[]>();
  for (const d of docs) {
    const original = duplicates.get(d.id);
    if (original !== undefined && ids.has(original)) follow.set(original, [...(follow.get(original) ?? []), d]);
  }
  // Dated events in order of day, undated ones last (code-point order: localeCompare puts '~' before digits).
  const key = (e: EventSummary) => e.start ?? '~';
  return groups.map((group) => summarise(group, follow)).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
}

function similarities(items: Item[], o: EventOptions): Float64Array {
  const n = items.length;
  const sim = new Float64Array(n * n);
  // Vectors keep up to 150 terms: a dense row of one article's weights makes each dot product one pass over
  // the other's terms instead of a nested scan (the story's vocabulary is small).
  let size = 0;
  for (const x of items) for (const id of x.vector.ids) size = Math.max(size, id + 1);
  const dense = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const x = items[i]!;
    for (let k = 0; k < x.vector.ids.length; k++) dense[x.vector.ids[k]!] = x.vector.weights[k]!;
    for (let j = i + 1; j < n; j++) {
      const y = items[j]!;
      let s = 0;
      for (let k = 0; k < y.vector.ids.length; k++) s += dense[y.vector.ids[k]!]! * y.vector.weights[k]!;
      if (x.year !== undefined && x.year === y.year && !(x.dated && y.dated)) s += o.sameYear;
      if (x.period && y.period && gapDays(x.period, y.period) > o.separateDays) s = -Infinity;
      else if (x.dated && y.dated && x.day !== undefined && y.day !== undefined) {
        const gap = Math.abs(x.day - y.day) - o.toleranceDays;
        if (gap > 0) s *= o.dayDecay ** gap;
      } else if (!x.dated && !y.dated && x.mentioned.length && y.mentioned.length && !near(x.mentioned, y.mentioned, o.toleranceDays)) {
        // Undated articles mention background dates too, so one article's "main" date is unreliable:
        // only a complete lack of shared dates counts against them, and mildly.
        s *= o.disjointDates;
      }
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
    for (const id of x.vector.ids) dense[id] = 0;
  }
  return sim;
}

/** True when some day of `a` lies within `tolerance` days of some day of `b` (both sorted). */
function near(a: number[], b: number[], tolerance: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i]! - b[j]!) <= tolerance) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

function summarise(group: Item[], follow: Map<string, Doc[]>): EventSummary {
  const days = group.map((g) => g.day).filter((d): d is number => d !== undefined);
  const members = group.flatMap((g) => [g.doc, ...(follow.get(g.doc.id) ?? [])]);
  const ordered = sortByTimeThenId(members);
  const earliest = ordered[0]!;
  return {
    id: `event-${contentId(earliest.id).slice(0, 12)}`,
    title: titleOf(group),
    start: days.length ? isoDay(Math.min(...days)) : null,
    end: days.length ? isoDay(Math.max(...days)) : null,
    articles: ordered.map((d) => d.id),
  };
}

/** The title of the member closest to the others, else the group's strongest shared terms. */
function titleOf(group: Item[]): string {
  let best: string | undefined;
  let bestScore = -Infinity;
  // Σ over the others of a·b = a·(sum of all) − a·a: one pass per member instead of one per pair.
  const sum = new Map<number, number>();
  for (const b of group) for (let k = 0; k < b.vector.ids.length; k++) sum.set(b.vector.ids[k]!, (sum.get(b.vector.ids[k]!) ?? 0) + b.vector.weights[k]!);
  for (const a of group) {
    const title = a.doc.meta.title?.trim();
    if (!title) continue;
    let score = 0;
    for (let k = 0; k < a.vector.ids.length; k++) score += a.vector.weights[k]! * (sum.get(a.vector.ids[k]!)! - a.vector.weights[k]!);
    if (score > bestScore) [best, bestScore] = [title, score];
  }
  if (best) return best;
  // No title anywhere: the opening words of the first report, after its dateline ("ISLAMABAD:"), which names
  // where the report was filed, not what happened.
  const first = group[0]!.doc;
  const words = first.text.slice(first.meta.dateline?.end ?? 0).replace(/^[\s:–—-]+/, '').split(/\s+/).filter(Boolean);
  return words.length ? `${words.slice(0, 12).join(' ')}${words.length > 12 ? ' …' : ''}` : '(untitled)';
}

/** Publication time in ms, Infinity when absent or unreadable (undated articles sort last). */
export function timeOf(doc: Doc): number {
  const t = doc.meta.published ? Date.parse(doc.meta.published) : NaN;
  return Number.isNaN(t) ? Infinity : t;
}

export function byTimeThenId(a: Doc, b: Doc): number {
  const ka = timeOf(a);
  const kb = timeOf(b);
  return ka !== kb ? ka - kb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts by publication time, then id, reading each time once. */
export function sortByTimeThenId(docs: readonly Doc[]): Doc[] {
  return docs
    .map((doc) => ({ doc, t: timeOf(doc) }))
    .sort((a, b) => (a.t !== b.t ? a.t - b.t : a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))
    .map((x) => x.doc);
}
