// Folded phrases, memoised: phrases repeat within and across documents ("Prime Minister", "United
// States"). Bounded so that a long-running process reading endless new names does not grow without limit.
const FOLD_CACHE_SIZE = 50_000;
const FOLDED = new Map<string, string>();

/**
 * The key two surface forms share when they name the same thing regardless of diacritics, case, dots and
 * hyphens: "Türkiye" and "TURKIYE" → "turkiye", "U.S." → "us", "Tehreek-e-Taliban" → "tehreek e taliban".
 */
export function fold(text: string): string {
  // Plain ASCII words (letters and digits only) skip the regular expressions: the common case, and the hot
  // path of gazetteer lookups. A character loop, since this runs several times on every capitalised word.
  let plain = text.length > 0;
  for (let k = 0; k < text.length && plain; k++) {
    const c = text.charCodeAt(k);
    plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (plain) return text.toLowerCase();
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
    folded = foldSlow(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

function foldSlow(text: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(text);
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

export const isCapitalised = (word: string): boolean => {
  // ASCII first letters, nearly all of them, are settled without the regular expression.
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}\p{Lt}]/u.test(word);
};
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
