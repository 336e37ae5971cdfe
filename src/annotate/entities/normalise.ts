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

const CORPORATE = /(?: (?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings|nv|sa|ag|gmbh|spa))+$/;

/**
 * The key two names of one organisation or place share across documents: folded, without a leading "the"
 * and without corporate suffixes ("The GM" → gm, "General Motors Corporation" → general motors, "Apple
 * Inc." → apple). A name that is nothing but such words keeps them.
 */
export function linkKey(text: string): string {
  const folded = fold(text);
  const bare = folded.replace(/^the /, '').replace(CORPORATE, '');
  return bare || folded;
}

/** Folds further for comparing transliterated given names: doubled letters squeezed ("Attaullah" ~ "Ataullah"). */
export function squeeze(text: string): string {
  const folded = fold(text);
  // Fast path, the common case: plain letters without a doubled one.
  if (/^[a-z0-9 ]*$/.test(folded) && !/([a-z])\1/.test(folded)) return folded;
  return folded.replace(/(\p{L})\1+/gu, '$1').replace(/[^\p{L}\p{N} ]/gu, '');
}

/**
 * Folds further for comparing names written in other alphabets, whose Latin spellings vary by convention:
 * "Ilyas" ~ "Ilias" (y/i), "Karimoff" ~ "Karimov" (final -off/-ov), "Mikhail" ~ "Mihail" is NOT folded
 * (kh is a sound of its own). Applied on top of `squeeze`; used for people only.
 */
export function translit(text: string): string {
  const squeezed = squeeze(text);
  if (!/[yw]|ph|ck|ou|of\b/.test(squeezed)) return squeezed;
  return squeezed
    .replace(/y/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/of\b/g, 'ov')
    .replace(/(\p{L})\1+/gu, '$1');
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
