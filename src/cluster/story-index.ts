import type { Doc } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import { GrowableInt32 } from '../dedupe/growable.js';
import { termCounts, type TermOptions } from './terms.js';
import { Centroid, EMPTY_VECTOR, type SparseVector, tfidf, VectorPool } from './vectors.js';
import { PostingLists } from './postings.js';
import { Vocabulary } from './vocabulary.js';
import { DAY_MS } from '../core/time.js';

export interface StoryOptions extends TermOptions {
  /** Least cosine between an article and a story's centroid for the article to join the story. */
  threshold: number;
  /** Least cosine between two stories' centroids for an article that reaches both to merge them. */
  mergeThreshold: number;
  /** An article joins a story only if its publication time lies within this many days of the story's span. */
  windowDays: number;
  /** Terms kept per article vector. */
  maxTerms: number;
  /** The article's strongest terms used to look up candidate stories. */
  queryTerms: number;
  /** A story's strongest centroid terms under which it is posted for look-up. */
  postingTerms: number;
  /** Stories read per posting list, newest first, so that a common term cannot make a look-up slow. */
  maxPostings: number;
  /** Each article's strongest terms kept after it is placed, only to pick the story's most central title. */
  titleTerms: number;
  /** A story's centroid keeps this many strongest terms (pruned at twice this): memory per story is bounded. */
  centroidTerms: number;
}

/** Defaults; how each was tuned is in src/cluster/README.md. */
export const STORY_DEFAULTS: StoryOptions = {
  threshold: 0.12,
  mergeThreshold: 0.2,
  windowDays: 10,
  maxTerms: 30,
  queryTerms: 10,
  postingTerms: 20,
  maxPostings: 48,
  titleTerms: 8,
  centroidTerms: 60,
  nameWeight: 2,
  titleWeight: 2,
  maxChars: 1500,
};

interface StoryState {
  members: number[];
  centroid: Centroid;
  start: number;
  end: number;
  posted: Set<number>;
  /** Every posted term has an entry posted at or after this (the latest date seen then): see `keepPosted`. */
  postedAt: number;
  /** The earliest member (by publication time, then id), which names the story. */
  first: number;
}

export interface StorySummary {
  id: string;
  title: string;
  articles: string[];
}

/**
 * Single-pass story clustering over TF-IDF vectors: an article joins the most similar story whose centroid
 * it reaches within the time window, or opens a new story. Candidate stories come from an inverted index of
 * each story's strongest terms, so the cost per article does not grow with the number of stories.
 *
 * The result depends on arrival order (single-pass clustering does); an article that reaches two stories
 * lets them merge, which undoes the commonest order effect (a story's later event arriving first). The batch
 * `clusterStories` uses average linkage instead and does not depend on order at all.
 */
export class StoryIndex {
  readonly options: StoryOptions;
  readonly vocabulary: Vocabulary;
  private readonly frozen: boolean;
  private readonly docIds: string[] = [];
  private readonly byId = new Map<string, number>();
  private readonly times: number[] = [];
  private readonly titles: (string | undefined)[] = [];
  private readonly vectors = new VectorPool();
  private readonly storyOfDoc = new GrowableInt32();
  private readonly states: StoryState[] = [];
  private readonly postings = new PostingLists();
  /** The latest publication time seen. */
  private latest = -Infinity;
  private seen = new Int32Array(1024);
  private stamp = 0;
  /** Posting entries read so far, for the scale bench: flat per article means no look-up grows with the corpus. */
  scanned = 0;

  /** Pass a vocabulary already counted over the whole batch to freeze IDF; otherwise it is counted as articles arrive. */
  constructor(options: Partial<StoryOptions> = {}, vocabulary?: Vocabulary) {
    this.options = { ...STORY_DEFAULTS, ...options };
    this.vocabulary = vocabulary ?? new Vocabulary();
    this.frozen = vocabulary !== undefined;
  }

  get size(): number {
    return this.docIds.length;
  }

  /** Adds an article and returns its story's id. A copy (`duplicateOf` an article already added) joins its original's story. */
  add(doc: Doc, duplicateOf?: string): string {
    const known = this.byId.get(doc.id);
    if (known !== undefined) return this.storyId(this.storyOfDoc.get(known));
    const me = this.docIds.length;
    this.docIds.push(doc.id);
    this.byId.set(doc.id, me);
    const time = doc.meta.published ? Date.parse(doc.meta.published) : NaN;
    this.times.push(time);
    if (time > this.latest) this.latest = time;
    this.titles.push(doc.meta.title?.trim() || undefined);
    const original = duplicateOf === undefined ? undefined : this.byId.get(duplicateOf);
    if (original !== undefined) {
      // A copy adds no vector: the story should count its original once, as one voice.
      this.vectors.push(EMPTY_VECTOR);
      const s = this.storyOfDoc.get(original);
      this.storyOfDoc.push(s);
      this.join(s, me, EMPTY_VECTOR, false);
      return this.storyId(s);
    }
    const vector = this.vectorOf(doc);
    // Only titles are chosen from stored vectors, and the strongest few terms place an article against its
    // story's centroid as well as all of them: storing 8 of 30 saves ~180 bytes an article.
    this.vectors.push(this.titles[me] ? { ids: vector.ids.subarray(0, this.options.titleTerms), weights: vector.weights.subarray(0, this.options.titleTerms) } : EMPTY_VECTOR);
    const candidates: number[] = [];
    const best = this.nearest(vector, time, -1, candidates);
    const s = best && best.similarity >= this.options.threshold ? best.story : this.open();
    this.storyOfDoc.push(s);
    this.join(s, me, vector);
    this.mergeInto(s, candidates);
    return this.storyId(s);
  }

  storyOf(docId: string): string | undefined {
    const i = this.byId.get(docId);
    return i === undefined ? undefined : this.storyId(this.storyOfDoc.get(i));
  }

  /** Every non-empty story with its members (ordered by publication time, then id) and a title. */
  stories(): StorySummary[] {
    const out: StorySummary[] = [];
    for (let s = 0; s < this.states.length; s++) {
      const state = this.states[s]!;
      if (state.members.length === 0) continue;
      const members = [...state.members].sort((a, b) => this.compareDocs(a, b));
      out.push({ id: this.storyId(s), title: this.titleOf(state), articles: members.map((m) => this.docIds[m]!) });
    }
    return out.sort((a, b) => this.compareDocs(this.byId.get(a.articles[0]!)!, this.byId.get(b.articles[0]!)!));
  }

  /** Rough bytes held per article, for the scale bench (typed arrays exact, maps ≈ 40 bytes an entry). */
  get approximateBytes(): number {
    let bytes = this.storyOfDoc.bytes + 60 * this.docIds.length + this.vectors.bytes + this.postings.bytes;
    for (const state of this.states) bytes += 120 + 40 * (state.centroid.size + state.posted.size) + 8 * state.members.length;
    return bytes;
  }

  private vectorOf(doc: Doc): SparseVector {
    const counts = termCounts(doc, this.options);
    if (counts.size === 0) return EMPTY_VECTOR;
    const ids = this.frozen ? [...counts.keys()].map((t) => this.vocabulary.id(t)) : this.vocabulary.count(counts.keys());
    return tfidf(counts, ids, this.vocabulary, this.options.maxTerms);
  }

  /**
   * An article that bridges two stories (it reached both) lets them merge when their centroids are as close as
   * an article must be to join: so articles that arrive out of order still end in one story.
   */
  private mergeInto(s: number, candidates: number[]): void {
    const target = this.states[s]!;
    const window = this.options.windowDays * DAY_MS;
    for (const c of candidates) {
      const other = this.states[c]!;
      if (c === s || other.members.length === 0) continue;
      if (Number.isFinite(target.start) && Number.isFinite(other.start) && (other.start > target.end + window || other.end < target.start - window)) continue;
      const similarity = target.centroid.dotCentroid(other.centroid) / Math.sqrt(target.centroid.norm2 * other.centroid.norm2 || 1);
      if (similarity < this.options.mergeThreshold) continue;
      for (const m of other.members) {
        this.storyOfDoc.set(m, s);
        target.members.push(m);
        if (this.compareDocs(m, target.first) < 0) target.first = m;
      }
      target.centroid.absorb(other.centroid);
      if (target.centroid.size > 2 * this.options.centroidTerms) target.centroid.prune(this.options.centroidTerms);
      target.start = Math.min(target.start, other.start);
      target.end = Math.max(target.end, other.end);
      for (const term of other.posted) {
        if (target.posted.has(term)) continue;
        target.posted.add(term);
        this.postings.post(term, s, this.latest);
      }
      this.states[c] = { members: [], centroid: new Centroid(), start: Infinity, end: -Infinity, posted: new Set(), postedAt: -Infinity, first: -1 };
      this.keepPosted(s);
    }
  }

  private nearest(v: SparseVector, time: number, exclude = -1, reached?: number[]): { story: number; similarity: number } | undefined {
    if (v.ids.length === 0) return undefined;
    if (this.seen.length < this.states.length) {
      const grown = new Int32Array(this.states.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const stamp = ++this.stamp;
    const window = this.options.windowDays * DAY_MS;
    let best: { story: number; similarity: number } | undefined;
    const terms = Math.min(this.options.queryTerms, v.ids.length);
    for (let t = 0; t < terms; t++) {
      const list = this.postings.get(v.ids[t]!);
      if (!list) continue;
      const stop = Math.max(0, list.length - 2 * this.options.maxPostings);
      for (let p = list.length - 2; p >= stop; p -= 2) {
        // Any story still in reach has an entry within two windows (`keepPosted`); dates only fall from here.
        if (list[p + 1]! < time - 2 * window) break;
        const s = list[p]!;
        this.scanned++;
        if (this.seen[s] === stamp || s === exclude) continue;
        this.seen[s] = stamp;
        const state = this.states[s]!;
        if (state.members.length === 0) continue;
        if (!Number.isNaN(time) && Number.isFinite(state.start) && (time < state.start - window || time > state.end + window)) continue;
        const similarity = state.centroid.cosine(v);
        if (reached && similarity >= this.options.threshold) reached.push(s);
        if (!best || similarity > best.similarity) best = { story: s, similarity };
      }
    }
    return best;
  }

  private open(): number {
    this.states.push({ members: [], centroid: new Centroid(), start: Infinity, end: -Infinity, posted: new Set(), postedAt: this.latest, first: -1 });
    return this.states.length - 1;
  }

  /** Adds an article to a story; a copy (`extend` false) does not stretch the story's time span, since a reprint months later says nothing new about when the story ran. */
  private join(s: number, doc: number, v: SparseVector, extend = true): void {
    const state = this.states[s]!;
    state.members.push(doc);
    if (state.first < 0 || this.compareDocs(doc, state.first) < 0) state.first = doc;
    const time = this.times[doc]!;
    if (extend && !Number.isNaN(time)) {
      state.start = Math.min(state.start, time);
      state.end = Math.max(state.end, time);
    }
    if (v.ids.length === 0) return;
    state.centroid.add(v);
    if (state.centroid.size > 2 * this.options.centroidTerms) state.centroid.prune(this.options.centroidTerms);
    // Posting new terms sorts the centroid, so it is done while the story is small and then at each doubling.
    const size = state.members.length;
    if (size <= 4 || (size & (size - 1)) === 0) {
      for (const term of state.centroid.top(this.options.postingTerms)) {
        if (state.posted.has(term)) continue;
        state.posted.add(term);
        this.postings.post(term, s, this.latest);
      }
    }
    if (extend && !Number.isNaN(time)) this.keepPosted(s);
  }

  /** Called whenever a story's end may have moved (to at most the latest date): re-posting it once its last full posting is a window behind keeps an entry within a window of its end, so a look-up may stop two windows back. */
  private keepPosted(s: number): void {
    const state = this.states[s]!;
    if (state.postedAt >= this.latest - this.options.windowDays * DAY_MS) return;
    for (const term of state.posted) this.postings.post(term, s, this.latest);
    state.postedAt = this.latest;
  }

  private compareDocs(a: number, b: number): number {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    const ka = Number.isNaN(ta) ? Infinity : ta;
    const kb = Number.isNaN(tb) ? Infinity : tb;
    if (ka !== kb) return ka - kb;
    const ia = this.docIds[a]!;
    const ib = this.docIds[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  /** Stable id: a hash of the earliest member's id (earliest by publication time, then id). */
  private storyId(s: number): string {
    return `story-${contentId(this.docIds[this.states[s]!.first]!).slice(0, 12)}`;
  }

  /** The title of the member most central to the story, else its strongest terms. */
  private titleOf(state: StoryState): string {
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const m of state.members) {
      const title = this.titles[m];
      if (!title) continue;
      const score = state.centroid.cosine(this.vectors.get(m));
      if (score > bestScore) [best, bestScore] = [title, score];
    }
    return best ?? (state.centroid.top(4).map((id) => this.vocabulary.terms[id]).join(', ') || '(untitled)');
  }
}
