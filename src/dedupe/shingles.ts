/**
 * Text normalisation and word shingles for duplicate detection. Hashes are 32-bit and hand-written because
 * they sit in the innermost loop of MinHash (see minhash.ts); a crypto hash would cost more than the rest.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of the text (letters and digits), after Unicode compatibility folding. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** The text reduced to its words, one space apart: two texts that differ only in case, punctuation or spacing agree. */
export function normalisedText(text: string): string {
  return wordsOf(text).join(' ');
}

/** FNV-1a over UTF-16 code units, finished with murmur3's mixer so that nearby strings spread. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes of every run of `size` consecutive words. A text shorter than `size` words yields one shingle of
 * all its words, so that short texts still compare equal to themselves; an empty text yields none.
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map(hashString);
  const count = Math.max(1, words.length - size + 1);
  const width = Math.min(size, words.length);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ wordHashes[i + j]!, 0x5bd1e995) + j;
    out[i] = mix32(h);
  }
  return out;
}
