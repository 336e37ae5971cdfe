import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';

/** A word or a single punctuation character, with its place in the clean text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

// Apostrophes and hyphens inside a word keep it whole (Bulgaria’s, don't, cross-border); a period joins
// letters only when another letter follows (U.S, p.m) so that a sentence's final period stays a token.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*|[^\s]/gu;

/** True when offset `at` falls inside one of `spans` (a quote's marks, say). */
export function inside(at: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const word = /^[\p{L}\p{N}]/u.test(m[0]);
    const tokenEnd = Math.min(m.index + m[0].length, end);
    const slice = text.slice(m.index, tokenEnd);
    tokens.push({ start: m.index, end: tokenEnd, text: slice, lower: slice.toLowerCase(), word });
  }
  return tokens;
}

/** Paragraphs are lines: extracted text separates them with blank lines, plain-text inputs often with one. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Sentences from the `sentences` layer when a stage made one (the sentences stage, with wink-nlp, is the
 * real source; this stage must also run alone, so it keeps a light regex split rather than load a model), cut at line breaks (a headline must not join
 * the first paragraph); otherwise a light split of our own.
 */
export function sentencesOf(doc: Doc, lex: Lexicon): Span[] {
  if (doc.hasLayer('sentences')) {
    const out: Span[] = [];
    for (const s of doc.layer('sentences')) {
      for (const p of paragraphs(doc.text.slice(s.start, s.end))) out.push({ start: s.start + p.start, end: s.start + p.end });
    }
    return out;
  }
  return paragraphs(doc.text).flatMap((p) => splitSentences(doc.text, p, lex));
}

const CLOSERS = /["'”’»)\]]/u;
const SENTENCE_PRONOUN = /^(?:He|She|They|We|It|I)\b(?!\.)/u;
const OPENERS = /["'“‘«(\[\p{Lu}\p{N}]/u;

/** Splits one paragraph after . ! ? (and any closing quotes) when the next word opens a sentence. */
export function splitSentences(text: string, para: Span, lex: Lexicon): Span[] {
  const out: Span[] = [];
  let from = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.test(text[j]!))) j++;
    if (j >= para.end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    if (k >= para.end || !OPENERS.test(text[k]!)) continue;
    // "… in the U.S. He says …": after an abbreviation a capitalised subject pronoun still opens a sentence
    if (ch === '.' && j === i + 1 && isAbbreviation(text, from, i, lex) && !SENTENCE_PRONOUN.test(text.slice(k, k + 5))) continue;
    out.push({ start: from, end: j });
    from = k;
    i = k - 1;
  }
  if (from < para.end) out.push({ start: from, end: trimEnd(text, from, para.end) });
  return out;
}

function isAbbreviation(text: string, from: number, dot: number, lex: Lexicon): boolean {
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Marta B. Olsen"
  return lex.abbreviations.has(word.toLowerCase());
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
