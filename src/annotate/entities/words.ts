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
const JOINING_GAP = /^(?:[ \t]+|[ \t]*&[ \t]*)$/;
// The one-character gaps JOINING_GAP accepts: space, tab, ampersand.
const JOINING_CHAR = new Set([32, 9, 38]);
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$|^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Adm|Rep|Sen|Gov|Prof|St|Inc|Corp|Co|Ltd|Jr|Sr|Rev|Brig|Maj|Dept|No|Mt|Ft)\.$/u;

/**
 * Reads the words of text[start, end). A final dot is kept only on abbreviations ("Mr.", "U.S."); a
 * possessive "'s" is dropped so that "Pakistan’s" reads as "Pakistan".
 */
export function scanWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const chunk = text.slice(start, end);
  let previousEnd = -1;
  // Character tests before regular expressions: this runs on every word of every sentence.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    let value = m[0];
    if (value.charCodeAt(value.length - 1) === 46 && !ABBREVIATION.test(value)) value = value.slice(0, -1);
    const n = value.length;
    // A possessive "'s" or "’s".
    if (n > 2 && value.charCodeAt(n - 1) === 115 && (value.charCodeAt(n - 2) === 39 || value.charCodeAt(n - 2) === 8217)) value = value.slice(0, -2);
    const at = start + m.index;
    // "Standard & Poor" and "AT & T" read as one name: a spaced ampersand joins like a space.
    const joined = previousEnd >= 0 && at > previousEnd && (at - previousEnd === 1 ? JOINING_CHAR.has(text.charCodeAt(previousEnd)) : JOINING_GAP.test(text.slice(previousEnd, at)));
    words.push({ start: at, end: at + value.length, text: value, joined });
    // From the kept end, so that a dropped "'s" or final dot counts as a separator for the next word.
    previousEnd = at + value.length;
  }
  return words;
}
