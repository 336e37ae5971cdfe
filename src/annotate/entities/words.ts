/** A word of a sentence as the entity stages read it: hyphenated names and abbreviations kept whole. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Set when only space separates it from the previous word (no comma, quote or bracket between). */
  joined: boolean;
}

// Letters and digits, with inner dots, apostrophes, ampersands and hyphens ("U.S.", "O'Neill", "AT&T", "Tehreek-e-Taliban").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’&‐‑-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$|^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Adm|Rep|Sen|Gov|Prof|St|Inc|Corp|Co|Ltd|Jr|Sr|Rev|Brig|Maj|Dept|No|Mt|Ft)\.$/u;

/**
 * Reads the words of text[start, end). A final dot is kept only on abbreviations ("Mr.", "U.S."); a
 * possessive "'s" is dropped so that "Pakistan’s" reads as "Pakistan".
 */
export function scanWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const chunk = text.slice(start, end);
  let previousEnd = -1;
  for (const m of chunk.matchAll(WORD)) {
    let value = m[0];
    if (value.endsWith('.') && !ABBREVIATION.test(value)) value = value.slice(0, -1);
    const possessive = /['’]s$/u.exec(value);
    if (possessive && value.length > 2) value = value.slice(0, -2);
    const at = start + m.index;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, at);
    // "Standard & Poor" and "AT & T" read as one name: a spaced ampersand joins like a space.
    words.push({ start: at, end: at + value.length, text: value, joined: previousEnd >= 0 && /^(?:[ \t]+|[ \t]*&[ \t]*)$/.test(gap) });
    // From the kept end, so that a dropped "'s" or final dot counts as a separator for the next word.
    previousEnd = at + value.length;
  }
  return words;
}
