import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import { isCapitalised, sourceEndingAt, sourceStartingAt, STARTERS, subjectBefore, verbish, type TokenRange } from './source.js';
import { tokenize, type Token } from './text.js';
import { words } from './words.js';

const PERSONAL = new Set(['he', 'she']);
const SUBORDINATORS = new Set(['even', 'where', 'whether', 'what', 'how', 'why']);
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
  // "Acknowledging that …", "Between 2001 and 2007 …", "Even if …", "Where he used to …": an opening
  // participle, preposition or subordinator is no subject
  if (/ing$/.test(first.lower) || words.prepositions.has(first.lower) || SUBORDINATORS.has(first.lower)) return null;
  const np = sourceStartingAt(tokens, k, lex);
  if (!np) return null;
  // "Soon after …", "It’s not …", "Estimates of …": a phrase that no verb follows is not the sentence's subject
  if (!subjectBefore(tokens, np, tokens.length, lex)) return null;
  let v = np.to;
  while (v < tokens.length && ADVERBS.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || !verb.word || isCapitalised(verb) || lex.determiners.has(verb.lower)) return null;
  return { mention: { start: tokens[np.from]!.start, end: tokens[np.to - 1]!.end }, verb: { start: verb.start, end: verb.end } };
}

/**
 * "Beck, who has in the past described Trump as “…”", "As the race turned, Clinton decried “systemic
 * racism”": a quote inside a sentence, with no cue of its own, is the words of the nearest subject before it
 * in that sentence (a source phrase followed by a verb). Returns the subject and its verb, or null.
 */
export function nearestSubject(text: string, sentence: Span, quoteOpen: number, lex: Lexicon, inside: readonly Span[] = []): { mention: Span; verb: Span } | null {
  const tokens = tokenize(text, sentence.start, quoteOpen);
  for (let k = tokens.length - 2; k >= 0; k--) {
    // "Obama’s actions", "described Trump as": a possessive is no subject, nor is a name inside what was said
    if (!tokens[k]!.word || STARTERS.has(tokens[k]!.lower) || /['’]s$/.test(tokens[k]!.lower) || inside.some((f) => f.start <= tokens[k]!.start && tokens[k]!.end <= f.end)) continue;
    let v = k + 1;
    while (v < tokens.length - 1 && lex.skipBeforeCue.has(tokens[v]!.lower) && !words.finiteVerbs.has(tokens[v]!.lower) && !words.beForms.has(tokens[v]!.lower)) v++;
    if (!verbish(tokens[v]!, lex)) continue;
    const src = sourceEndingAt(tokens, k, lex);
    if (!src || lex.determiners.has(tokens[k]!.lower) && !lex.personPronouns.has(tokens[k]!.lower) && !lex.groupPronouns.has(tokens[k]!.lower)) continue;
    // "Several said they would rather …", "Many fear Trump will …": a subject right after a cue or "that"
    // opens what was said; the speaker is the subject before that cue
    const before = tokens[src.from - 1];
    if (before && (before.lower === 'that' || lex.cues.has(before.lower))) continue;
    return { mention: { start: tokens[src.from]!.start, end: tokens[src.to - 1]!.end }, verb: { start: tokens[v]!.start, end: tokens[v]!.end } };
  }
  return null;
}

/**
 * "…, with one of her ads asking, “…”", "…, with the union calling her “a champion”": in an absolute phrase the
 * noun phrase between "with" and a participle cue at token `cue` is that cue's source. Null otherwise.
 */
export function withAbsolute(tokens: Token[], cue: number, lex: Lexicon): TokenRange | null {
  const t = tokens[cue];
  if (!t || !t.lower.endsWith('ing') || !lex.cues.has(t.lower)) return null;
  for (let k = cue - 1; k >= 0 && cue - k <= 10; k--) {
    const w = tokens[k]!;
    if (w.lower === 'with') {
      const opens = k === 0 || [',', '—', '–', ';'].includes(tokens[k - 1]!.text);
      const pronoun = cue - k === 2 && lex.personPronouns.has(tokens[k + 1]!.lower);
      return opens && k + 1 < cue && tokens[k + 1]!.word && !pronoun ? { from: k + 1, to: cue } : null;
    }
    if ((!w.word && !['-', '.', '&', '’', "'"].includes(w.text)) || words.finiteVerbs.has(w.lower) || words.beForms.has(w.lower) || lex.cues.has(w.lower)) return null;
  }
  return null;
}

/** A participle cue just before a quote whose absolute phrase names its source (see withAbsolute), in the sentence before `quoteOpen`. */
export function absoluteBefore(text: string, sentence: Span, quoteOpen: number, lex: Lexicon): { mention: Span; verb: Span } | null {
  const tokens = tokenize(text, sentence.start, quoteOpen);
  for (let c = tokens.length - 1; c >= 0 && tokens.length - c <= 4; c--) {
    const src = withAbsolute(tokens, c, lex);
    if (src) return { mention: { start: tokens[src.from]!.start, end: tokens[src.to - 1]!.end }, verb: { start: tokens[c]!.start, end: tokens[c]!.end } };
  }
  return null;
}
