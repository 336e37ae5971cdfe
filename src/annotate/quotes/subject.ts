import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import { isCapitalised, sourceStartingAt, STARTERS } from './source.js';
import { tokenize } from './text.js';
import { words } from './words.js';

const PERSONAL = new Set(['he', 'she']);
const ADVERBS = words.adverbsAfterSubject;

/**
 * "Lena Park called the plan “a reckless gamble” in parliament": a quote with no speech verb near it,
 * in a sentence whose subject is a name or he/she, is taken as that subject's words. Returns the subject and
 * the verb after it (recorded as the cue), or null.
 */
export function sentenceSubject(text: string, sentence: Span, quoteOpen: number, lex: Lexicon): { mention: Span; verb: Span } | null {
  const tokens = tokenize(text, sentence.start, quoteOpen);
  let k = 0;
  // "Earlier that day, Lena Park …": step over an opening adverbial up to its comma
  const comma = tokens.findIndex((t, i) => i < 8 && t.text === ',');
  if (tokens[0] && STARTERS.has(tokens[0].lower) && comma > 0) k = comma + 1;
  while (k < tokens.length && k < 10 && (!tokens[k]!.word || STARTERS.has(tokens[k]!.lower))) k++;
  const first = tokens[k];
  if (!first || !((isCapitalised(first) && !STARTERS.has(first.lower)) || PERSONAL.has(first.lower))) return null;
  const np = sourceStartingAt(tokens, k, lex);
  if (!np) return null;
  let v = np.to;
  while (v < tokens.length && ADVERBS.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || !verb.word || isCapitalised(verb) || lex.determiners.has(verb.lower)) return null;
  return { mention: { start: tokens[np.from]!.start, end: tokens[np.to - 1]!.end }, verb: { start: verb.start, end: verb.end } };
}
