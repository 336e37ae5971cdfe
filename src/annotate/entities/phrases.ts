import type { GazetteerEntry, Lexicon } from './lexicon.js';
import { fold, isAllCaps, isCapitalised } from './normalise.js';
import type { Word } from './words.js';

// Gazetteer phrases and word shapes in a sentence's words, for detectMentions (mentions.ts).

/** The first word of a sentence, or the first after an opening quote, bracket or colon. */
export function atHead(words: Word[], i: number, text: string): boolean {
  return i === 0 || /[“"‘'(\[:—–>|]\s*$/.test(text.slice(Math.max(0, words[i]!.start - 3), words[i]!.start));
}


/** Splits "India-backed" and "anti-Pakistan" into parts, and "Kestria-Valdor" when both parts are places. */
export function splitCompounds(words: Word[], lex: Lexicon): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (!/[‐‑-]/.test(w.text)) {
      out.push(w);
      continue;
    }
    const parts = [...w.text.matchAll(/[^‐‑-]+/g)];
    if (parts.length < 2 || lex.gazetteer.has(fold(w.text))) {
      out.push(w);
      continue;
    }
    // Lower-case connectors inside a name ("Tehreek-e-Taliban", "Jaish-al-Adl") do not make it a compound.
    const lower = parts.some((p, k) => !isCapitalised(p[0]) && !(k > 0 && k < parts.length - 1 && lex.connectors.has(p[0])));
    const allKnown = parts.every((p) => lex.gazetteer.has(fold(p[0])));
    if (!lower && !allKnown) {
      out.push(w);
      continue;
    }
    parts.forEach((p, k) => out.push({ start: w.start + p.index, end: w.start + p.index + p[0].length, text: p[0], joined: k === 0 ? w.joined : false }));
  }
  return out;
}


/** The product whose plural a folded phrase is ("dreamliners" → Dreamliner), if any. */
function pluralProduct(key: string, lex: Lexicon): GazetteerEntry | undefined {
  const entry = lex.gazetteer.get(key.slice(0, -1));
  return entry?.kind === 'product' ? entry : undefined;
}

export type GazetteerHit = { last: number; id: string; entry: GazetteerEntry };

export function gazetteerAt(words: Word[], i: number, lex: Lexicon, text: string): GazetteerHit | undefined {
  // Camel-case brands ("iPhone", "iOS") start in lower case. Most words are plain lower case: the cheap
  // test on the first letter comes first, since this runs on every word.
  const w = words[i]!.text;
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122 ? !/^[a-z]+[A-Z]/.test(w) : !/^\p{Lu}/u.test(w)) return undefined;
  const head = fold(words[i]!.text);
  // "Dreamliners", "iPhones": a product's plural starts its phrase too.
  const space = head.indexOf(' ');
  const most = lex.starts.get(space < 0 ? head : head.slice(0, space)) ?? (head.endsWith('s') ? lex.starts.get(head.slice(0, -1)) : undefined);
  if (most === undefined) return undefined;
  let found: GazetteerHit | undefined;
  // The folded phrase grows word by word; a gap with an ampersand ("AT & T") is folded from the text.
  let key = head;
  for (let j = i; j < words.length && j < i + most; j++) {
    if (j > i) {
      if (!words[j]!.joined) break;
      key = text.slice(words[j - 1]!.end, words[j]!.start).includes('&') ? fold(text.slice(words[i]!.start, words[j]!.end)) : `${key} ${fold(words[j]!.text)}`;
    }
    const entry = lex.gazetteer.get(key) ?? (key.charCodeAt(key.length - 1) === 115 ? pluralProduct(key, lex) : undefined);
    // "Who" is a question, "WHO" the organisation: a one-word organisation that is also a dictionary word
    // counts only when written in capitals.
    if (entry && j === i && entry.kind === 'organisation' && !isAllCaps(words[i]!.text) && lex.englishWords.has(words[i]!.text.toLowerCase())) continue;
    // "Windows were smashed": a one-word product that is a dictionary word says nothing at a sentence's head.
    if (entry && j === i && dictionaryProductAtHead(entry, words, i, text, lex)) continue;
    // A phrase must end on a capitalised word or a number ("Bank of England", "FTSE 100"; not "Bank of").
    if (entry && /^(?:\p{Lu}|\p{N}|[a-z]+\p{Lu})/u.test(words[j]!.text)) found = { last: j, id: entry.id, entry };
  }
  // One-letter and lower-case look-alikes of common words ("US" is a country, "us" is not) are checked by case above.
  return found;
}

export const dictionaryProductAtHead = (entry: GazetteerEntry, words: Word[], i: number, text: string, lex: Lexicon) =>
  entry.kind === 'product' && atHead(words, i, text) && lex.englishWords.has(words[i]!.text.toLowerCase());

