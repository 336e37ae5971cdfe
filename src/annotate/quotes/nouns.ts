import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import { sourceEndingAt } from './source.js';
import { inside, type Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';

/** Possessive determiners that name the source of a noun cue ("his warning that …"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Where a noun cue's content stops: the end of its clause, not of the sentence. */
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"']);
/** Adjectives allowed between the possessive and the noun ("his harsh, repeated criticism" stops at the comma). */
const MAX_MODIFIERS = 2;

/** "Trump’s", "the senator’s", "Clinton’": a possessive name or noun phrase. */
function possessiveNoun(t: Token): boolean {
  return t.word && /\p{L}['’]s?$/u.test(t.text) && !/^(?:it|that|there|he|she|what|who)['’]s$/.test(t.lower);
}

/** The source phrase of the noun cue at `i`: the possessive before it, past a few lower-case modifiers. */
function possessor(tokens: Token[], i: number, lex: Lexicon): Span | null {
  let k = i - 1;
  for (let skipped = 0; k >= 0 && skipped < MAX_MODIFIERS; skipped++) {
    const t = tokens[k]!;
    const modifier = t.word && t.text === t.lower && !POSSESSIVES.has(t.lower) && !possessiveNoun(t) && !words.nounMarkers.has(t.lower) && !words.prepositions.has(t.lower) && !words.beForms.has(t.lower) && !lex.cues.has(t.lower);
    if (!modifier) break;
    k--;
  }
  const t = tokens[k];
  if (!t) return null;
  if (POSSESSIVES.has(t.lower)) return { start: t.start, end: t.end };
  if (!possessiveNoun(t)) return null;
  const phrase = sourceEndingAt(tokens, k, lex);
  // the source is the name, not its possessive ending: "Ana Reyes’s" → "Ana Reyes"
  const ending = /['’]s?$/u.exec(t.text)![0].length;
  return { start: tokens[phrase?.from ?? k]!.start, end: t.end - ending };
}

/**
 * Attributions carried by a noun: "his warning that the talks would fail", "Trump’s attacks on Cruz", "her
 * endorsement of Sanders". The possessive is the source, the noun (with its preposition) the cue, and the
 * complement up to the end of its clause the content. Only the nouns and complements of data/quotes/noun-cues.json.
 */
export function findNounCues(tokens: Token[], lex: Lexicon, quoted: readonly Span[]): Found[] {
  const out: Found[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    const opens = lex.nounCues.get(t.lower);
    const next = tokens[i + 1]!;
    if (!opens || !t.word || !opens.has(next.lower) || inside(t.start, quoted)) continue;
    const mention = possessor(tokens, i, lex);
    if (!mention) continue;
    // "his promise to cut taxes": the infinitive's "to" is part of what was promised, as a verb cue's content
    const preposition = next.lower !== 'that' && next.lower !== 'to';
    const start = next.lower === 'to' ? i + 1 : i + 2;
    let end = start;
    while (end + 1 < tokens.length && !CLAUSE_END.has(tokens[end + 1]!.text)) end++;
    while (end >= start && !tokens[end]!.word) end--;
    if (end < start || !tokens[start]!.word && tokens[start]!.text !== '$') continue;
    out.push({
      kind: 'indirect',
      start: tokens[start]!.start,
      end: tokens[end]!.end,
      cue: { start: t.start, end: preposition ? next.end : t.end },
      mention,
      how: `noun cue "${t.text} ${next.text}" after a possessive that names its source`,
    });
    i = end;
  }
  return out;
}
