import { mix32 } from './shingles.js';

/**
 * MinHash signatures over shingle hashes, hand-written: DEPENDENCIES.md measured a hand-written MinHash
 * (128 permutations) five times faster than the `minhash` package at the same quality, and this loop is
 * most of the cost of deduplication.
 *
 * Each "permutation" i is x → mix32(x ^ seed_i), a bijection on 32-bit values chosen by a fixed seed,
 * so signatures are the same in every run and every process.
 */
export const PERMUTATIONS = 128;

const SEEDS = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let state = 0x2545f491;
  for (let i = 0; i < PERMUTATIONS; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/** The signature of a set of shingle hashes: for each permutation, the smallest permuted value. */
export function minhash(shingles: Uint32Array, permutations = PERMUTATIONS): Uint32Array {
  const signature = new Uint32Array(permutations).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < permutations; i++) {
      // Inlined mix32: this line runs shingles × permutations times.
      let h = x ^ SEEDS[i]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of permutations whose minima agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array, aOffset = 0, bOffset = 0, length = PERMUTATIONS): number {
  let same = 0;
  for (let i = 0; i < length; i++) if (a[aOffset + i] === b[bOffset + i]) same++;
  return same / length;
}

/** One hash per LSH band of `rows` consecutive signature values; the band number is mixed in so bands never collide. */
export function bandKeys(signature: Uint32Array, bands: number, rows: number, offset = 0): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ signature[offset + b * rows + r]!, 0x5bd1e995);
    // Map keys as small integers (≤ 2^31) stay in V8's fast number path.
    keys.push(mix32(h) >>> 1);
  }
  return keys;
}
