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
    // "DC-9", "F-16", "777-200LR": a model designation is one word, not a place and a number.
    if (!hasHyphen(w.text) || /^(?:\p{Lu}{1,3}[‐‑-]\d+\p{L}?|\d{2,4}[‐‑-]\d{2,4}\p{Lu}{0,3})$/u.test(w.text)) {
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


/** The product or demonym whose plural a folded phrase is ("dreamliners" → Dreamliner, "singaporeans"), if any. */
function pluralProduct(key: string, lex: Lexicon): GazetteerEntry | undefined {
  const entry = lex.gazetteer.get(key.slice(0, -1));
  return entry?.kind === 'product' || entry?.kind === 'demonym' ? entry : undefined;
}

export type GazetteerHit = { last: number; id: string; entry: GazetteerEntry };

export function gazetteerAt(words: Word[], i: number, lex: Lexicon, text: string): GazetteerHit | undefined {
  // Camel-case brands ("iPhone", "iOS") start in lower case. Most words are plain lower case: the cheap
  // test on the first letter comes first, since this runs on every word.
  const w = words[i]!.text;
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122 ? !camelCase(w) : c < 128 ? !(c >= 65 && c <= 90) : !/^\p{Lu}/u.test(w)) return undefined;
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
      // No gazetteer phrase goes on from here: the longer keys would all be missed lookups.
      if (!words[j]!.joined || !lex.prefixes.has(key)) break;
      key = hasAmpersand(text, words[j - 1]!.end, words[j]!.start) ? fold(text.slice(words[i]!.start, words[j]!.end)) : `${key} ${fold(words[j]!.text)}`;
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

/** /[‐‑-]/.test(word) as a character loop: asked of every word of every sentence. */
function hasHyphen(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 38) return true;
  return false;
}

/** /^[a-z]+[A-Z]/ without the regular expression: lower-case letters, then a capital. */
function camelCase(w: string): boolean {
  let k = 1;
  while (k < w.length && w.charCodeAt(k) >= 97 && w.charCodeAt(k) <= 122) k++;
  const c = w.charCodeAt(k);
  return c >= 65 && c <= 90;
}

export const dictionaryProductAtHead = (entry: GazetteerEntry, words: Word[], i: number, text: string, lex: Lexicon) =>
  entry.kind === 'product' && atHead(words, i, text) && lex.englishWords.has(words[i]!.text.toLowerCase());

/** Whether a lower-case word between two capitalised ones continues the name ("Ministry of Defence"). */
export function connectorFits(word: string, run: Word[], lex: Lexicon): boolean {
  // "Shanghai Airlines and Xiamen Airlines": a name closed by its organisation word is complete, and "and"
  // starts the next one ("Ministry of Trade and Industry" is still open at "Trade").
  if (word === 'and' && run.length > 1 && lex.orgWords.has(run[run.length - 1]!.text)) return false;
  const hasHead = run.some((w) => lex.orgWords.has(w.text) || lex.titles.has(w.text) || lex.placeWords.has(w.text) || lex.honorifics.has(w.text));
  if (word === 'of' || word === 'for' || word === 'and' || word === 'on' || word === 'the') return hasHead;
  return lex.connectors.has(word) && word === word.toLowerCase();
}

/**
 * "Food and Drug Administration", "European Aeronautic Defence and Space Company": dictionary words (or a
 * demonym) before "and" and an organisation word after it, in one run of capitals, are one organisation's name.
 * "Boeing and Lockheed Martin Corp." stays two: "Boeing" is no dictionary word.
 */
export function nameGoesOnAfterAnd(words: Word[], first: number, last: number, cap: boolean[], lex: Lexicon): boolean {
  if (words[last + 1]!.text !== 'and' || (last > first && lex.orgWords.has(words[last]!.text))) return false;
  for (let k = first; k <= last; k++) {
    const w = words[k]!.text;
    if (!lex.englishWords.has(w.toLowerCase()) && lex.gazetteer.get(fold(w))?.kind !== 'demonym' && !lex.tags(w).includes('Demonym')) return false;
  }
  for (let k = last + 2; k < words.length && words[k]!.joined && cap[k]; k++) {
    if (lex.orgWords.has(words[k]!.text)) return true;
  }
  return false;
}
