import { contentId } from '../core/ids.js';
import type { Doc } from '../core/doc.js';
import { GrowableInt32, IntTable, RowStore } from './growable.js';
import { bandKeys, minhash, PERMUTATIONS } from './minhash.js';
import { shingleHashes, wordsOf } from './shingles.js';
import { DAY_MS } from '../core/time.js';

export interface DuplicateMatch {
  /** Id of the original: the earliest-published member of the group, else the first one added. */
  duplicateOf: string;
  /**
   * Estimated containment, to 3 decimals: the share of the shorter text's word 5-shingles that the other text
   * also has (1 for an exact copy). Containment, not Jaccard, so that a copy with a paragraph dropped or a
   * site's boilerplate added still scores high.
   */
  similarity: number;
  /** True when the normalised texts are identical. */
  exact: boolean;
}

export interface DuplicateOptions {
  /** Estimated containment at or above which two texts are copies (see README: tuned on the near-duplicate bench). */
  threshold?: number;
  /** Estimated Jaccard below which two texts are never copies, so that a short text inside a long one is not called a copy of it. */
  minJaccard?: number;
  /** Words per shingle. */
  shingle?: number;
  /** LSH bands × rows must not exceed the 128 permutations; 48 × 2 makes pairs of Jaccard 0.3 candidates with probability 0.99. */
  bands?: number;
  rows?: number;
  /** Bucket entries read per band at most, so that one over-full bucket cannot make a lookup slow. */
  maxBucketScan?: number;
  /**
   * Two dated articles published more than this many days apart are never copies. A look-up stops reading a
   * bucket where everything further down was added before any article that recent, so a stream's look-ups stay
   * flat however long it runs. `Infinity` compares across any span.
   */
  windowDays?: number;
}

export const DUPLICATE_DEFAULTS: Required<DuplicateOptions> = { threshold: 0.45, minJaccard: 0.15, shingle: 5, bands: 48, rows: 2, maxBucketScan: 64, windowDays: 30 };

/**
 * Incremental exact and near-duplicate detection. Exact copies are found by a hash of the normalised text
 * (no MinHash work at all, so 100,000 identical copies cost 100,000 hash look-ups); near copies by MinHash
 * signatures with LSH banding, so each article is compared only with the few articles that share a band.
 *
 * Only originals go into the LSH buckets: a copy (exact or near) is represented there by the article it
 * matched, so a bucket holds distinct texts and a look-up's cost does not grow with the number of reprints.
 * A copy of a copy is found through the indexed article it resembles.
 *
 * Members of a group point at one original, the earliest-published member (first added when dates tie or
 * are absent). When a later-added article turns out to be older, it becomes the original: `add` then returns
 * undefined and `matches()` shows the re-pointed group.
 *
 * For the time window an undated article counts as published when it arrives: at the latest date seen so far.
 */
export class DuplicateIndex {
  readonly options: Required<DuplicateOptions>;
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly times: number[] = [];
  /** Per article: the latest publication time among the articles added up to it (its window time when undated). */
  private readonly latest: number[] = [];
  /** Per article: the exact-copy representative (itself when first of its text), or -1 with no text. */
  private readonly twin = new GrowableInt32();
  private readonly group = new GrowableInt32();
  /** Per group (numbered by its first member): the current original. */
  private readonly root = new GrowableInt32();
  /** Per article: its row in `signatures`, or -1 (exact copies and texts too short to shingle have none). */
  private readonly signatureRow = new GrowableInt32();
  private readonly signatures = new RowStore(PERMUTATIONS);
  /** Per article: distinct shingles, to turn a Jaccard estimate into containment. */
  private readonly shingleCount = new GrowableInt32();
  private readonly exact = new Map<string, number>();
  private readonly buckets = new IntTable();
  /** Bucket chains, newest first: entry `slot × bands + band` links to the previous entry of the same bucket. */
  private readonly entryNext = new GrowableInt32();
  /** Per bucket slot (one per indexed original): its article. */
  private readonly slotDoc = new GrowableInt32();
  /**
   * Per bucket slot: the latest publication time among the articles added up to its article. It never
   * decreases along the slots, so the slots out of a look-up's window are a prefix, found by binary search.
   */
  private readonly slotLatest: number[] = [];
  /** The first slot added after a dated article (-1 until then): slots before it have no time to compare. */
  private firstDatedSlot = -1;
  private seen = new Int32Array(0);
  private stamp = 0;
  /**
   * Bucket entries read so far (entries whose article a look-up reads; the table probes, one a band, are a
   * fixed cost), for the scale bench: flat per article means no look-up grows with the corpus.
   */
  scanned = 0;

  constructor(options: DuplicateOptions = {}) {
    this.options = { ...DUPLICATE_DEFAULTS, ...options };
    if (this.options.bands * this.options.rows > PERMUTATIONS) throw new RangeError(`bands × rows must be at most ${PERMUTATIONS}`);
    if (!(this.options.windowDays >= 0)) throw new RangeError(`windowDays must be 0 or more (Infinity for no window), not ${this.options.windowDays}`);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds an article; returns its match when it copies an earlier one. An article with no words matches nothing. */
  add(doc: Doc): DuplicateMatch | undefined {
    const known = this.index.get(doc.id);
    if (known !== undefined) return this.matchOf(known);
    const me = this.ids.length;
    this.ids.push(doc.id);
    this.index.set(doc.id, me);
    const time = doc.meta.published ? Date.parse(doc.meta.published) : NaN;
    this.times.push(Number.isNaN(time) ? Infinity : time);
    const previous = me > 0 ? this.latest[me - 1]! : -Infinity;
    this.latest.push(Number.isNaN(time) ? previous : Math.max(previous, time));
    const words = wordsOf(doc.text);
    if (words.length === 0) {
      this.pushArticle(-1, me, -1);
      return undefined;
    }
    const key = contentId(words.join(' '));
    const twin = this.exact.get(key);
    if (twin !== undefined) {
      this.pushArticle(twin, this.group.get(twin), -1);
      this.elect(me);
      return this.matchOf(me);
    }
    this.exact.set(key, me);
    if (words.length < this.options.shingle) {
      this.pushArticle(me, me, -1);
      return undefined;
    }
    const shingles = shingleHashes(words, this.options.shingle);
    const signature = minhash(shingles);
    const count = distinctCount(shingles);
    const keys = bandKeys(signature, this.options.bands, this.options.rows);
    const best = this.nearest(signature, count, keys, me);
    const row = this.signatures.push(signature);
    this.pushArticle(me, best ? this.group.get(best.doc) : me, row, count);
    if (!best) {
      // A new original heads each of its buckets' chains and links to the old head. The bucket's slot is
      // still in cache from the look-up, so this second probe is cheap.
      const slot = this.slotDoc.push(me);
      this.slotLatest.push(this.latest[me]!);
      if (this.firstDatedSlot < 0 && this.latest[me]! > -Infinity) this.firstDatedSlot = slot;
      keys.forEach((k, band) => this.entryNext.push(this.buckets.exchange(k, slot * this.options.bands + band)));
    }
    this.elect(me);
    return this.matchOf(me);
  }

  /** The current match of every article that copies another (originals and unique articles are absent). */
  matches(): Map<string, DuplicateMatch> {
    const out = new Map<string, DuplicateMatch>();
    for (let i = 0; i < this.ids.length; i++) {
      const match = this.matchOf(i);
      if (match) out.set(this.ids[i]!, match);
    }
    return out;
  }

  /** The match of one article by id, as it stands now. */
  matchOfId(id: string): DuplicateMatch | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.matchOf(i);
  }

  /** Bytes held in typed arrays plus an estimate for the maps (≈ 40 bytes an entry in V8), for the scale bench. */
  get approximateBytes(): number {
    const arrays = this.twin.bytes + this.group.bytes + this.root.bytes + this.signatureRow.bytes + this.signatures.bytes + this.shingleCount.bytes + this.entryNext.bytes + this.slotDoc.bytes + 8 * this.slotLatest.length + this.buckets.bytes;
    return arrays + 40 * (this.exact.size + this.index.size) + 24 * this.ids.length + 16 * this.times.length;
  }

  private pushArticle(twin: number, group: number, row: number, count = 0): void {
    const me = this.twin.push(twin);
    this.group.push(group);
    this.root.push(me);
    this.signatureRow.push(row);
    this.shingleCount.push(count);
  }

  /** Containment of the smaller shingle set in the larger, from the Jaccard estimate and the set sizes. */
  private containment(jaccard: number, a: number, b: number): number {
    const shared = (jaccard * (a + b)) / (1 + jaccard);
    return Math.min(1, shared / Math.max(1, Math.min(a, b)));
  }

  /** Makes the article the original of its group when it was published earlier than the current one. */
  private elect(me: number): void {
    const g = this.group.get(me);
    const current = this.root.get(g);
    if (this.times[me]! < this.times[current]!) this.root.set(g, me);
  }

  /** The first slot whose `slotLatest` reaches the time (0 when the time is -Infinity). */
  private windowFrontier(time: number): number {
    let lo = 0;
    let hi = this.slotLatest.length;
    if (!(time > -Infinity)) return 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.slotLatest[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Publication time, or for an undated article the latest date seen when it arrived. */
  private windowTime(i: number): number {
    const t = this.times[i]!;
    return t === Infinity ? this.latest[i]! : t;
  }

  private matchOf(i: number): DuplicateMatch | undefined {
    const twin = this.twin.get(i);
    if (twin < 0) return undefined;
    const original = this.root.get(this.group.get(i));
    if (original === i) return undefined;
    const originalTwin = this.twin.get(original);
    if (originalTwin === twin) return { duplicateOf: this.ids[original]!, similarity: 1, exact: true };
    return { duplicateOf: this.ids[original]!, similarity: this.similarity(twin, originalTwin), exact: false };
  }

  private similarity(a: number, b: number): number {
    const ra = this.signatureRow.get(a);
    const rb = this.signatureRow.get(b);
    if (ra < 0 || rb < 0) return 0;
    const c = this.containment(this.signatures.agreement(ra, rb), this.shingleCount.get(a), this.shingleCount.get(b));
    return Math.round(c * 1000) / 1000;
  }

  /** The most similar indexed article within the window that passes both thresholds, or undefined. */
  private nearest(signature: Uint32Array, count: number, keys: number[], me: number): { doc: number; similarity: number } | undefined {
    if (this.seen.length < this.ids.length) {
      const grown = new Int32Array(Math.max(1024, this.ids.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    const stamp = ++this.stamp;
    let best: { doc: number; similarity: number } | undefined;
    const window = this.options.windowDays * DAY_MS;
    const time = this.windowTime(me);
    const frontier = this.windowFrontier(time - window);
    const dated = this.firstDatedSlot < 0 ? Infinity : this.firstDatedSlot;
    for (const key of keys) {
      let entry = this.buckets.get(key);
      for (let scanned = 0; entry >= 0 && scanned < this.options.maxBucketScan; scanned++, entry = this.entryNext.get(entry)) {
        const slot = Math.floor(entry / this.options.bands);
        // A chain runs from newer slots to older ones, so from a slot out of the window on, the rest of the
        // chain is out too. The entry's number says so without reading its article: as a stream runs on, more
        // of an article's bands land in old buckets, and this keeps each of them from costing a memory read.
        if (slot < frontier && slot >= dated) break;
        this.scanned++;
        const doc = this.slotDoc.get(slot);
        if (this.seen[doc] === stamp) continue;
        this.seen[doc] = stamp;
        const other = this.windowTime(doc);
        if (other > -Infinity && time > -Infinity && Math.abs(other - time) > window) continue;
        const jaccard = this.signatures.agreementWith(this.signatureRow.get(doc), signature);
        if (jaccard < this.options.minJaccard) continue;
        const similarity = this.containment(jaccard, count, this.shingleCount.get(doc));
        if (similarity >= this.options.threshold && (!best || similarity > best.similarity)) best = { doc, similarity };
      }
    }
    return best;
  }
}

/** Distinct values of a hash array (sorting a copy is several times faster than building a Set). */
function distinctCount(values: Uint32Array): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort();
  let count = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Batch form: every article that copies another, with its original and similarity. */
export function findDuplicates(docs: Iterable<Doc>, options: DuplicateOptions = {}): Map<string, DuplicateMatch> {
  const index = new DuplicateIndex(options);
  for (const doc of docs) index.add(doc);
  return index.matches();
}
