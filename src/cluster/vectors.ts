import type { Vocabulary } from './vocabulary.js';

/** A sparse unit vector: term ids and weights, strongest first. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * TF-IDF with sublinear term frequency (1 + ln tf), cut to the `maxTerms` strongest terms and scaled to
 * unit length. Cutting keeps the per-article index small and drops the long tail that makes unrelated
 * articles look alike.
 */
export function tfidf(counts: Map<string, number>, ids: number[], vocabulary: Vocabulary, maxTerms: number): SparseVector {
  const pairs: [number, number][] = [];
  let i = 0;
  for (const count of counts.values()) {
    const id = ids[i++]!;
    const tf = count >= 1 ? 1 + Math.log(count) : count;
    pairs.push([id, tf * vocabulary.idf(id)]);
  }
  pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = pairs.slice(0, maxTerms);
  const norm = Math.hypot(...kept.map((p) => p[1])) || 1;
  return { ids: Int32Array.from(kept, (p) => p[0]), weights: Float32Array.from(kept, (p) => p[1] / norm) };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  for (let i = 0; i < small.ids.length; i++) {
    const id = small.ids[i]!;
    for (let j = 0; j < large.ids.length; j++) {
      if (large.ids[j] === id) {
        sum += small.weights[i]! * large.weights[j]!;
        break;
      }
    }
  }
  return sum;
}

/** The sum of member vectors, with its norm kept current. */
export class Centroid {
  readonly weights = new Map<number, number>();
  private normSquared = 0;

  add(v: SparseVector, sign = 1): void {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      const old = this.weights.get(id) ?? 0;
      const next = old + sign * v.weights[i]!;
      this.normSquared += next * next - old * old;
      if (Math.abs(next) < 1e-9) this.weights.delete(id);
      else this.weights.set(id, next);
    }
  }

  /** Cosine of a unit vector with this centroid, optionally with one member's vector taken out. */
  cosine(v: SparseVector, without?: SparseVector): number {
    let d = 0;
    for (let i = 0; i < v.ids.length; i++) d += v.weights[i]! * (this.weights.get(v.ids[i]!) ?? 0);
    let n2 = this.normSquared;
    if (without) {
      // |c − w|² = |c|² − 2 c·w + |w|²; and v·(c − w) = v·c − v·w.
      let cw = 0;
      for (let i = 0; i < without.ids.length; i++) cw += without.weights[i]! * (this.weights.get(without.ids[i]!) ?? 0);
      n2 = n2 - 2 * cw + 1;
      d -= dot(v, without);
    }
    return n2 > 1e-12 ? d / Math.sqrt(n2) : 0;
  }

  /** Dot product of the two sums (iterating the smaller). */
  dotCentroid(other: Centroid): number {
    const [small, large] = this.weights.size <= other.weights.size ? [this.weights, other.weights] : [other.weights, this.weights];
    let sum = 0;
    for (const [id, w] of small) sum += w * (large.get(id) ?? 0);
    return sum;
  }

  /** Adds another centroid's sums into this one. */
  absorb(other: Centroid): void {
    for (const [id, w] of other.weights) {
      const old = this.weights.get(id) ?? 0;
      const next = old + w;
      this.normSquared += next * next - old * old;
      this.weights.set(id, next);
    }
  }

  /** The strongest terms, for retrieval postings and key-term titles. */
  top(count: number): number[] {
    return [...this.weights.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, count).map((e) => e[0]);
  }

  get size(): number {
    return this.weights.size;
  }

  /** Keeps the `count` strongest terms. */
  prune(count: number): void {
    const kept = this.top(count);
    const weights = kept.map((id) => this.weights.get(id)!);
    this.weights.clear();
    this.normSquared = 0;
    kept.forEach((id, i) => {
      this.weights.set(id, weights[i]!);
      this.normSquared += weights[i]! * weights[i]!;
    });
  }

  /** Squared length of the sum. */
  get norm2(): number {
    return this.normSquared;
  }
}

/**
 * Many articles' vectors in two shared typed arrays: a vector per article as two small typed arrays costs
 * about 200 bytes of object overhead beside its 240 bytes of data, which the incremental index cannot afford.
 */
export class VectorPool {
  private ids = new Int32Array(4096);
  private weights = new Float32Array(4096);
  private readonly starts: number[] = [0];

  get count(): number {
    return this.starts.length - 1;
  }

  push(v: SparseVector): number {
    const at = this.starts[this.starts.length - 1]!;
    const end = at + v.ids.length;
    if (end > this.ids.length) {
      const size = Math.max(end, this.ids.length * 2);
      const ids = new Int32Array(size);
      ids.set(this.ids);
      const weights = new Float32Array(size);
      weights.set(this.weights);
      this.ids = ids;
      this.weights = weights;
    }
    this.ids.set(v.ids, at);
    this.weights.set(v.weights, at);
    this.starts.push(end);
    return this.starts.length - 2;
  }

  /** A view of vector i (valid until the next push). */
  get(i: number): SparseVector {
    const from = this.starts[i]!;
    const to = this.starts[i + 1]!;
    return { ids: this.ids.subarray(from, to), weights: this.weights.subarray(from, to) };
  }

  get bytes(): number {
    return this.ids.byteLength + this.weights.byteLength + 8 * this.starts.length;
  }
}
