import type { Span } from '../../core/span.js';
import { bucket, cueProbability, lemmatizeVerb, slot, verbClass, type CueModel } from './cue-model.js';
import type { Lexicon } from './lexicon.js';
import { looseSubject } from './indirect.js';
import { isCapitalised, skipBack, sourceEndingAt } from './source.js';
import { inside, tokenize, type Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';

/**
 * PolNeAR mode's second learned pass: words that cue an attribution where the rules found none at all. The
 * rules read a cue after a recognisable source; PolNeAR also marks "McConnell was quick to embrace the mogul",
 * "54% have a negative response to her nomination", "a new poll has found" — a long tail of phrasings with no
 * list to hold them. A logistic regression over each word's form, lemma, WordNet verb class and neighbours,
 * fitted on PolNeAR train by bench/quotes/learn-recall-model.ts (data/quotes/recall-model.json), reads
 * every word the rules left outside any attribution; a word it rates at or above the model's threshold
 * (two-fold cross-validated inside train) opens an attribution of its own. Extents are rough by design:
 * the source is the phrase before the cue, the content the rest of its clause.
 */

const SKIP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'to', 'for', 'on', 'at', 'by', 'with', 'is', 'was', 'are', 'were', 'be', 'been', 'it', 'this', 'that', 'as', 'from']);
/** How far back (in tokens) the source of a learned cue is looked for. */
const MAX_REACH = 12;
/** Punctuation the search for a source does not cross. */
const CLAUSE_BREAK = new Set([';', ':', '.', '!', '?', '(', ')']);
/** Punctuation that closes a clause of content. */
const CLAUSE_END = new Set([';', '.', '!', '?']);

/** The features of word `i` as a possible cue; null when it is no candidate (punctuation, a short function word). */
export function recallFeatures(tokens: Token[], i: number, lex: Lexicon, found: number): string[] | null {
  const t = tokens[i]!;
  if (!t.word || SKIP.has(t.lower) || /^\d/.test(t.text)) return null;
  const lemma = lemmatizeVerb(t.lower);
  const cls = verbClass(lemma);
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const b = skipBack(tokens, i - 1, lex);
  const source = b >= 0 && b >= i - 3 ? sourceEndingAt(tokens, b, lex) : null;
  const nextSlot = slot(next, lex);
  const cap = isCapitalised(t) ? (i === 0 ? 'first' : 'cap') : 'lower';
  const thatSoon = tokens.slice(i + 1, i + 5).some((x) => x.lower === 'that');
  return [
    `w=${t.lower}`,
    `lemma=${lemma}`,
    `cls=${cls}`,
    `suffix=${t.lower.slice(-3)}`,
    `cap=${cap}`,
    `prev=${prev ? prev.lower : '^'}`,
    `prev2=${prev2 ? prev2.lower : '^'}+${prev ? prev.lower : '^'}`,
    `next=${next ? next.lower : '$'}`,
    `nextSlot=${nextSlot}`,
    `lemma+nextSlot=${lemma}+${nextSlot}`,
    `cls+nextSlot=${cls}+${nextSlot}`,
    `source=${source ? (source.to - source.from > 1 ? 'phrase' : tokens[source.from]!.lower) : 'none'}`,
    `cls+source=${cls}+${source ? 'yes' : 'no'}`,
    `lemma+source=${lemma}+${source ? 'yes' : 'no'}`,
    `that=${thatSoon}`,
    `cls+that=${cls}+${thatSoon}`,
    `position=${bucket(i, [0, 2, 5, 10, 20])}`,
    `length=${bucket(tokens.length, [5, 10, 20, 40])}`,
    `found=${found > 0}`,
    `be=${prev ? words.beForms.has(prev.lower) : false}`,
  ];
}

/** The model's attributions in every sentence, beside the rules' attributions `found`. */
export function learnedAttributions(text: string, sentences: readonly Span[], found: readonly Found[], quoted: readonly Span[], lex: Lexicon): Found[] {
  if (!lex.recallModel) return [];
  const taken = occupiedBy(found);
  return sentences.flatMap((s) => findLearned(text, s, lex, taken, quoted));
}

/** What attributions occupy: their cues and sources (no cue of another starts there) and their contents. */
export interface Occupied {
  marks: Span[];
  contents: Span[];
}

export function occupiedBy(found: readonly Pick<Found, 'start' | 'end' | 'parts' | 'cue' | 'mention'>[]): Occupied {
  return {
    marks: found.flatMap((f) => [f.cue, ...(f.mention ? [f.mention] : [])]),
    contents: found.flatMap((f) => f.parts ?? [{ start: f.start, end: f.end }]),
  };
}

/**
 * The attributions the model reads in one sentence, outside the rules' attributions (their cues, sources
 * and contents) and outside quotation marks `quoted`. Cues inside another attribution's content (nested
 * attributions, which PolNeAR marks too) were tried as candidates and lost in the cross-validation on train
 * (content F1 79.77 against 79.92).
 */
export function findLearned(text: string, sentence: Span, lex: Lexicon, taken: Occupied, quoted: readonly Span[]): Found[] {
  const model = lex.recallModel;
  if (!model) return [];
  const tokens = tokenize(text, sentence.start, sentence.end);
  const found = taken.marks.filter((s) => s.start < sentence.end && sentence.start < s.end).length;
  const stops = [...taken.marks, ...taken.contents];
  const rates = tokens.map((t, k) => (inside(t.start, stops) || inside(t.start, quoted) ? 0 : probability(model, recallFeatures(tokens, k, lex, found))));
  const out: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const p = rates[i]!;
    if (p < model.threshold) {
      i++;
      continue;
    }
    // a run of rated words is one cue ("was quick to embrace"): it ends at the first word below the threshold
    let last = i;
    while (last + 1 < tokens.length && rates[last + 1]! >= model.threshold) last++;
    const f = attribution(tokens, i, last, lex, stops, p);
    if (f) out.push(f);
    i = last + 1;
  }
  return out;
}

function probability(model: CueModel, features: string[] | null): number {
  return features ? cueProbability(model, features) : 0;
}

/** The attribution around the cue tokens[first..last]: its source before, its content after (or before). */
function attribution(tokens: Token[], first: number, last: number, lex: Lexicon, taken: readonly Span[], p: number): Found | null {
  const cue = { start: tokens[first]!.start, end: tokens[last]!.end };
  const source = sourceBefore(tokens, first, lex);
  // content runs from after the cue to the clause's end or the next attribution the rules found
  let end = last + 1;
  while (end < tokens.length && !CLAUSE_END.has(tokens[end]!.text) && !inside(tokens[end]!.start, taken)) end++;
  let start = last + 1;
  while (start < end && !tokens[start]!.word) start++;
  let to = end - 1;
  while (to >= start && !tokens[to]!.word) to--;
  let content: Span | null = to >= start ? { start: tokens[start]!.start, end: tokens[to]!.end } : null;
  // nothing after the cue ("…, a new poll has found"): the content is the clause before its source
  if (!content) {
    const before = (source ? source.from : first) - 1;
    if (before < 0) return null;
    let from = before;
    while (from > 0 && !inside(tokens[from - 1]!.start, taken) && !CLAUSE_END.has(tokens[from - 1]!.text)) from--;
    let k = before;
    while (k >= from && !tokens[k]!.word) k--;
    while (from <= k && !tokens[from]!.word) from++;
    content = k >= from ? { start: tokens[from]!.start, end: tokens[k]!.end } : null;
  }
  if (!content) return null;
  const mention = source ? { start: tokens[source.from]!.start, end: tokens[source.to - 1]!.end } : null;
  return { kind: 'indirect', ...content, cue, mention, how: `learned cue "${tokens.slice(first, last + 1).map((t) => t.text).join(' ')}" (recall model, p ${p.toFixed(2)})` };
}

/**
 * The source of a learned cue: a source phrase right before it, else the nearest one earlier in its clause
 * ("Chris Christie, eager all evening to jab …", "Sanders has to show …"), else the few words before it that
 * can be a subject (as the rules' attitude mode reads them).
 */
function sourceBefore(tokens: Token[], first: number, lex: Lexicon): { from: number; to: number } | null {
  const b = skipBack(tokens, first - 1, lex);
  if (b < 0) return null;
  const known = sourceEndingAt(tokens, b, lex);
  if (known) return known;
  for (let k = b - 1; k >= Math.max(0, first - MAX_REACH); k--) {
    if (CLAUSE_BREAK.has(tokens[k]!.text)) break;
    const earlier = tokens[k]!.word ? sourceEndingAt(tokens, k, lex) : null;
    if (earlier) return earlier;
  }
  return looseSubject(tokens, b, lex);
}
