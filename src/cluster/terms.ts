import type { Doc } from '../core/doc.js';
import stopList from '../../data/stopwords/en.json' with { type: 'json' };

const STOP = new Set<string>(stopList);
const TOKEN = /\p{L}[\p{L}\p{N}]*(?:['’-]\p{L}+)*/gu;
const UPPER = /^\p{Lu}/u;

export interface TermOptions {
  /** Weight of a capitalised word that does not start a sentence (a name), relative to 1 for other words. */
  nameWeight: number;
  /** Extra weight of each word of the title. */
  titleWeight: number;
  /** Characters of the body read: the lead carries the story; the tail of long articles adds background noise. */
  maxChars: number;
}

/** Folds a word to its term: lower case, possessive and plural endings dropped (a light stemmer; enough for topic words). */
export function termOf(word: string): string | undefined {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length < 3 || STOP.has(w)) return undefined;
  return w;
}

/** True when the character before `at` (skipping spaces and quotes) ends a sentence or a line, or there is none. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '\t') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '—' || c === '-';
  }
  return true;
}

/** Adds the terms of a text to `counts`, weighting names up. */
export function addTerms(counts: Map<string, number>, text: string, nameWeight: number, scale = 1): void {
  for (const m of text.matchAll(TOKEN)) {
    const term = termOf(m[0]);
    if (!term) continue;
    const isName = UPPER.test(m[0]) && !startsSentence(text, m.index);
    counts.set(term, (counts.get(term) ?? 0) + scale * (isName ? nameWeight : 1));
  }
}

/** Weighted term counts of an article: its title (weighted up) and the lead of its body. */
export function termCounts(doc: Doc, options: TermOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const title = doc.meta.title?.trim();
  if (title) addTerms(counts, title, 1, options.titleWeight);
  // A body that repeats the title as its first line would count it twice: skip that line.
  let body = doc.text.length > options.maxChars ? doc.text.slice(0, options.maxChars) : doc.text;
  if (title && body.startsWith(title)) body = body.slice(title.length);
  addTerms(counts, body, options.nameWeight);
  return counts;
}
