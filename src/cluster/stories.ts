import type { Doc } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import { sortByTimeThenId, type EventSummary } from './events.js';
import { linkClusters, type LinkOptions } from './linkage.js';
import type { StoryIndex } from './story-index.js';
import { termCounts, type TermOptions } from './terms.js';
import { Centroid, type SparseVector, tfidf } from './vectors.js';
import { Vocabulary } from './vocabulary.js';

export interface Story {
  id: string;
  title: string;
  /** Article ids, earliest first. */
  articles: string[];
  /** Filled by `splitEvents` / the events stage; empty until then. */
  events: EventSummary[];
}

export interface ArticleGrouping {
  story: string;
  event?: string;
  duplicateOf?: string;
  similarity?: number;
}

/** `corpus:stories` and `corpus:events`: plain JSON. */
export interface Grouping {
  stories: Story[];
  articles: Record<string, ArticleGrouping>;
}

export type DuplicateTable = ReadonlyMap<string, { duplicateOf: string; similarity: number }> | Readonly<Record<string, { duplicateOf: string; similarity: number }>>;

export interface BatchOptions extends LinkOptions, TermOptions {
  /** Terms kept per article vector. */
  maxTerms: number;
}

/** Defaults; how each was tuned is in src/cluster/README.md. */
export const BATCH_DEFAULTS: BatchOptions = {
  threshold: 0.095,
  relativeThreshold: 0.5,
  localScale: 5,
  scaleFloor: 0.1,
  rawThreshold: 0.015,
  neighbours: 10,
  maxPostings: 400,
  sumTerms: 200,
  windowDays: 10,
  maxTerms: 30,
  nameWeight: 1,
  titleWeight: 2,
  maxChars: 1500,
};

export interface ClusterOptions extends Partial<BatchOptions> {
  /** Copies found by dedupe: each joins its original's story and adds nothing to the story's vector. */
  duplicates?: DuplicateTable;
}

export function duplicateMap(table: DuplicateTable | undefined): Map<string, { duplicateOf: string; similarity: number }> {
  if (!table) return new Map();
  return table instanceof Map ? new Map(table) : new Map(Object.entries(table));
}

export function storyIdOf(earliestId: string): string {
  return `story-${contentId(earliestId).slice(0, 12)}`;
}

/**
 * Batch story clustering: TF-IDF vectors (IDF over the whole batch), then average linkage over a
 * nearest-neighbour graph (linkage.ts). Articles are put in publication order (then id) first, so the
 * result does not depend on the order of `docs`.
 */
export function clusterStories(docs: readonly Doc[], options: ClusterOptions = {}): Grouping {
  const o: BatchOptions = { ...BATCH_DEFAULTS, ...options };
  const duplicates = duplicateMap(options.duplicates);
  const present = new Set(docs.map((d) => d.id));
  const originalOf = (d: Doc) => {
    const original = duplicates.get(d.id)?.duplicateOf;
    return original !== undefined && original !== d.id && present.has(original) ? original : undefined;
  };
  const sorted = sortByTimeThenId(docs);
  const originals = sorted.filter((d) => originalOf(d) === undefined);
  const vocabulary = new Vocabulary();
  const counted = originals.map((doc) => {
    const counts = termCounts(doc, o);
    return { counts, ids: vocabulary.count(counts.keys()) };
  });
  const vectors = counted.map(({ counts, ids }) => tfidf(counts, ids, vocabulary, o.maxTerms));
  const times = originals.map((d) => (d.meta.published ? Date.parse(d.meta.published) : NaN));
  const clusters = linkClusters(vectors, times, o);
  const copiesOf = new Map<string, Doc[]>();
  for (const d of sorted) {
    const original = originalOf(d);
    if (original !== undefined) copiesOf.set(original, [...(copiesOf.get(original) ?? []), d]);
  }
  const stories: Story[] = clusters.map((members) => {
    const docsIn = sortByTimeThenId(members.flatMap((i) => [originals[i]!, ...(copiesOf.get(originals[i]!.id) ?? [])]));
    return {
      id: storyIdOf(docsIn[0]!.id),
      title: centralTitle(members.map((i) => originals[i]!), members.map((i) => vectors[i]!), vocabulary),
      articles: docsIn.map((d) => d.id),
      events: [],
    };
  });
  const rank = new Map(sorted.map((d, i) => [d.id, i]));
  return withArticles(stories.sort((a, b) => rank.get(a.articles[0]!)! - rank.get(b.articles[0]!)!), duplicates);
}

/** The title of the member closest to the group's centroid, else the centroid's strongest terms. */
export function centralTitle(docs: readonly Doc[], vectors: readonly SparseVector[], vocabulary: Vocabulary): string {
  const centroid = new Centroid();
  for (const v of vectors) centroid.add(v);
  let best: string | undefined;
  let bestScore = -Infinity;
  docs.forEach((d, i) => {
    const title = d.meta.title?.trim();
    if (!title) return;
    const score = centroid.cosine(vectors[i]!);
    if (score > bestScore) [best, bestScore] = [title, score];
  });
  return best ?? (centroid.top(4).map((id) => vocabulary.terms[id]).join(', ') || '(untitled)');
}

function withArticles(stories: Story[], duplicates: ReadonlyMap<string, { duplicateOf: string; similarity: number }>): Grouping {
  const articles: Record<string, ArticleGrouping> = {};
  for (const story of stories) {
    for (const id of story.articles) {
      const dup = duplicates.get(id);
      articles[id] = dup ? { story: story.id, duplicateOf: dup.duplicateOf, similarity: dup.similarity } : { story: story.id };
    }
  }
  return { stories, articles };
}

/** The grouping an incremental index holds now (stories without events). */
export function groupingOf(index: StoryIndex, duplicates: ReadonlyMap<string, { duplicateOf: string; similarity: number }> = new Map()): Grouping {
  return withArticles(index.stories().map((s) => ({ ...s, events: [] })), duplicates);
}
