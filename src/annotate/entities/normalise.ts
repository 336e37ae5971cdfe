/**
 * The key two surface forms share when they name the same thing regardless of diacritics, case, dots and
 * hyphens: "Türkiye" and "TURKIYE" → "turkiye", "U.S." → "us", "Tehreek-e-Taliban" → "tehreek e taliban".
 */
export function fold(text: string): string {
  // Plain ASCII words skip Unicode normalisation: the common case, and the hot path of gazetteer lookups.
  const ascii = /^[\x20-\x7e]*$/.test(text);
  if (ascii && /^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  return (ascii ? text : text.normalize('NFKD'))
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑–—_\s]+/g, ' ')
    .trim();
}

/** Folds further for comparing transliterated given names: doubled letters squeezed ("Attaullah" ~ "Ataullah"). */
export function squeeze(text: string): string {
  return fold(text).replace(/(\p{L})\1+/gu, '$1').replace(/[^\p{L}\p{N} ]/gu, '');
}

export const isCapitalised = (word: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(word);
export const isAllCaps = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** Levenshtein distance; names are short, so the quadratic table is cheap. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
