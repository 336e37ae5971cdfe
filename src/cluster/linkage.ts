import { CandidateHeap } from './heap.js';
import { Centroid, type SparseVector } from './vectors.js';
import { DAY_MS } from '../core/time.js';

export interface LinkOptions {
  /** Average similarity at or above which two clusters merge. */
  threshold: number;
  /** Nearest neighbours kept per article in the candidate graph. */
  neighbours: number;
  /** Per term, the articles read to find neighbours: the nearest this many in time order, so a common term costs no more than a rare one. */
  maxPostings: number;
  /** Two articles more than this many days apart are not neighbours (clusters still chain past it). */
  windowDays: number;
  /** Terms kept in a cluster's vector sum (the weakest are dropped beyond twice this), bounding each similarity's cost. */
  sumTerms: number;
  /**
   * When above 0, the threshold rises to this multiple of the corpus's mean similarity between an article and
   * its `neighbours`-th nearest neighbour (never falls below `threshold`). Short texts (titles and snippets)
   * look more alike than long ones at every level, stories included; a cutoff tied to the distribution
   * follows them, where a fixed one tuned on long articles merges short-text stories.
   */
  relativeThreshold: number;
  /**
   * Local scaling (Zelnik-Manor and Perona's "self-tuning" similarity) when above 0: each article's vector is
   * divided by the square root of its similarity to its `localScale`-th nearest neighbour (never below
   * `scaleFloor`), so the similarity of two articles is read against how close each one's own neighbours are,
   * and `threshold` (and `relativeThreshold`'s rise) is in those units. A dense story (long reports of one
   * event) then needs a higher cosine to take in an outsider than a loose one. At most `neighbours`.
   */
  localScale?: number;
  /** With `localScale`: the least plain average cosine two clusters must also reach to merge. */
  rawThreshold?: number;
  /** The least k-th-neighbour similarity a vector is divided by, so a lone article is not scaled up without bound. */
  scaleFloor?: number;
  /** When set, merging goes on below the threshold until this many clusters remain (for benchmarks that give K). */
  clusters?: number;
}

/**
 * Average-linkage clustering without the all-pairs matrix. For unit vectors the average pairwise cosine of
 * two clusters equals the dot product of their vector sums divided by the product of their sizes, so each
 * cluster keeps only its sum; which clusters may merge comes from a nearest-neighbour graph built through
 * an inverted index. Merges happen best first until none reaches the threshold.
 *
 * `vectors` must be in a canonical order (the caller sorts by time, then id); the result depends only on it.
 */
export function linkClusters(vectors: readonly SparseVector[], times: readonly number[], options: LinkOptions): number[][] {
  const n = vectors.length;
  const { graph: neighbours, kthMean, kth } = neighbourGraph(vectors, times, options);
  const k = Math.min(options.localScale ?? 0, options.neighbours);
  const threshold = Math.max(options.threshold, options.relativeThreshold * kthMean);
  // With local scaling, the plain average cosine must still reach `rawThreshold`: scaling alone would let a
  // lone article, whose neighbours are all far, join whatever is least far.
  const rawFloor = k > 0 ? (options.rawThreshold ?? 0) : 0;
  const centroidOf = (v: SparseVector) => {
    const c = new Centroid();
    c.add(v);
    return c;
  };
  // Scaling each vector by 1/√s_k keeps the product form: the average scaled cosine of two clusters is still
  // the dot product of their (scaled) sums over the product of their sizes.
  const scale = Float64Array.from(vectors, (_, i) => (k > 0 ? 1 / Math.sqrt(Math.max(kth[i]![k - 1] ?? 0, options.scaleFloor ?? 0, 1e-6)) : 1));
  const sums = vectors.map((v, i) => centroidOf(k > 0 ? scaled(v, scale[i]!) : v));
  const raw = rawFloor > 0 ? vectors.map(centroidOf) : undefined;
  const size = new Int32Array(n).fill(1);
  // Cosines are never negative, so the plain average is at least the scaled one over the two clusters' largest
  // scale factors: when that bound clears the floor (most pairs), the second dot product is skipped.
  const rawPasses = (a: number, b: number, similarity: number) =>
    !raw || options.clusters !== undefined || similarity / (scale[a]! * scale[b]!) >= rawFloor || raw[a]!.dotCentroid(raw[b]!) / (size[a]! * size[b]!) >= rawFloor;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const adjacent: Set<number>[] = neighbours.map((list) => new Set(list));
  const heap = new CandidateHeap();
  const floor = options.clusters === undefined ? threshold : -Infinity;
  let count = n;
  for (let a = 0; a < n; a++) {
    for (const b of adjacent[a]!) {
      if (b <= a) continue;
      const similarity = sums[a]!.dotCentroid(sums[b]!);
      if (similarity >= floor && rawPasses(a, b, similarity)) heap.push({ similarity, a, b, sizeA: 1, sizeB: 1 });
    }
  }
  for (let top = heap.pop(); top && (options.clusters === undefined || count > options.clusters); top = heap.pop()) {
    const { a, b } = top;
    if (parent[a] !== a || parent[b] !== b || size[a] !== top.sizeA || size[b] !== top.sizeB) continue;
    // Keep the cluster with the lower index, so that the merged cluster's index is stable.
    sums[a]!.absorb(sums[b]!);
    if (sums[a]!.size > 2 * options.sumTerms) sums[a]!.prune(options.sumTerms);
    scale[a] = Math.max(scale[a]!, scale[b]!);
    if (raw) {
      raw[a]!.absorb(raw[b]!);
      if (raw[a]!.size > 2 * options.sumTerms) raw[a]!.prune(options.sumTerms);
    }
    size[a] = size[a]! + size[b]!;
    parent[b] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    count--;
    for (const c of adjacent[b]!) if (c !== a) adjacent[a]!.add(c);
    adjacent[a]!.delete(b);
    adjacent[b] = new Set();
    const live = new Set<number>();
    for (const c of adjacent[a]!) live.add(find(parent, c));
    live.delete(a);
    adjacent[a] = live;
    for (const c of live) {
      adjacent[c]!.add(a);
      const similarity = sums[a]!.dotCentroid(sums[c]!) / (size[a]! * size[c]!);
      if (similarity < floor || !rawPasses(a, c, similarity)) continue;
      const [x, y] = a < c ? [a, c] : [c, a];
      heap.push({ similarity, a: x, b: y, sizeA: size[x]!, sizeB: size[y]! });
    }
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y));
}

function scaled(v: SparseVector, factor: number): SparseVector {
  return { ids: v.ids, weights: v.weights.map((w) => w * factor) };
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}

/**
 * For each article, its nearest neighbours by cosine among articles that share a not-too-common term; and the
 * mean similarity of the `neighbours`-th nearest (0 for an article with fewer), for `relativeThreshold`; and each
 * article's own neighbours' similarities, best first (`kth[i][k - 1]` is its k-th), for `localScale`.
 */
export function neighbourGraph(vectors: readonly SparseVector[], times: readonly number[], options: LinkOptions): { graph: number[][]; kthMean: number; kth: number[][] } {
  // Postings carry the weight beside the article, so scoring a candidate is one multiply-add.
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = { docs: [], weights: [] }));
      list.docs.push(d);
      list.weights.push(v.weights[k]!);
    }
  });
  const window = options.windowDays * DAY_MS;
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const graph: number[][] = vectors.map(() => []);
  const kth: number[][] = vectors.map(() => []);
  const half = Math.max(1, options.maxPostings >> 1);
  let kthSum = 0;
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const { docs, weights } = postings.get(v.ids[k]!)!;
      const at = lowerBound(docs, i);
      const w = v.weights[k]!;
      for (let p = Math.max(0, at - half), end = Math.min(docs.length, at + half + 1); p < end; p++) {
        const j = docs[p]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + w * weights[p]!;
      }
    }
    const ti = times[i]!;
    const best = topNeighbours(touched, scores, options.neighbours, (j) => Number.isNaN(ti) || Number.isNaN(times[j]!) || Math.abs(ti - times[j]!) <= window);
    if (best.length === options.neighbours) kthSum += scores[best[best.length - 1]!]!;
    kth[i] = best.map((j) => scores[j]!);
    for (const j of best) {
      graph[i]!.push(j);
      graph[j]!.push(i);
    }
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return { graph, kthMean: vectors.length ? kthSum / vectors.length : 0, kth };
}

/** The `k` best-scored candidates (ties to the lower index) that pass `allowed`, by insertion into a short list. */
function topNeighbours(candidates: number[], scores: Float64Array, k: number, allowed: (j: number) => boolean): number[] {
  const best: number[] = [];
  for (const j of candidates) {
    const s = scores[j]!;
    if (best.length === k) {
      const last = best[k - 1]!;
      if (s < scores[last]! || (s === scores[last]! && j > last)) continue;
    }
    if (!allowed(j)) continue;
    let p = best.length < k ? best.length : k - 1;
    while (p > 0 && (scores[best[p - 1]!]! < s || (scores[best[p - 1]!]! === s && best[p - 1]! > j))) {
      if (p < k) best[p] = best[p - 1]!;
      p--;
    }
    best[p] = j;
  }
  return best;
}

function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

