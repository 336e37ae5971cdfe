import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import { inside, type Token } from './text.js';
import { words } from './words.js';
import { sourceEndingAt } from './source.js';
import { learnedCue } from './cue-model.js';

/** A cue in a sentence's tokens: the verb, or the two words of "according to". */
export interface Cue {
  index: number;
  last: number;
  lemma: string;
}

const NOUN_BEFORE = words.nounMarkers;
const PREPOSITIONS = words.prepositions;
const BE = words.beForms;
const ADVERBS = words.adverbsBeforeCue;
const PARTICIPLE_AFTER = words.beforeParticiple;

/**
 * The cues of a sentence, left to right, skipping words inside quotation marks (they belong to the quoted
 * speaker) and verb forms used as nouns ("a briefing", "the report", "a stern warning").
 */
export function findCues(tokens: Token[], lex: Lexicon, quoted: readonly Span[], besideQuote = false): Cue[] {
  const table = besideQuote ? lex.quoteCues : lex.cues;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || inside(t.start, quoted)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ index: i, last: i + 1, lemma: 'according to' });
      i++;
      continue;
    }
    // PolNeAR mode: a word in no cue list may still be a cue by the learned model (cue-model.ts)
    const lemma = table.get(t.lower) ?? (!besideQuote && learnedCue(tokens, i, lex, cues.length > 0) ? t.lower : undefined);
    if (!lemma || !isVerbUse(tokens, i, lemma)) continue;
    const before = tokens[i - 1];
    // "…, in a position to win,” adding that …": the comma may sit inside the closing mark
    const joined = before && /^[”"’]$/.test(before.text) && tokens[i - 2]?.text === ',' ? tokens[i - 2] : before;
    if (t.lower.endsWith('ing') && !(joined && PARTICIPLE_AFTER.has(joined.lower)) && !reducedRelative(tokens, i, lex)) continue;
    cues.push({ index: i, last: i, lemma });
  }
  return cues;
}

/**
 * "Marco Rubio saying he would …", "a new poll showing Trump ahead", "groups backing Cruz": a participle
 * right after a phrase that names a source is a cue whose subject is that phrase (a reduced relative clause).
 */
function reducedRelative(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (i === 0 || !tokens[i - 1]!.word) return false;
  const source = sourceEndingAt(tokens, i - 1, lex);
  // "stood in Ohio stating …": a place after a preposition is no subject; "with voters saying …" is one
  const before = source ? tokens[source.from - 1]?.lower ?? '' : '';
  return source !== null && !(PREPOSITIONS.has(before) && !HOLDS_SUBJECT.has(before));
}

/** Prepositions whose object may be the subject of a participle ("with Trump saying", "most of them saying"). */
const HOLDS_SUBJECT = new Set(['with', 'of', 'among']);

/** A headline in Title Case ("Union Declares Strike Over"), where a capitalised verb is still a verb. */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.8;
}

/** Rejects nouns and passives: "Ghana’s demands", "by orders", "NEWS DESK", "had been asked", "acknowledged by". */
function isVerbUse(tokens: Token[], i: number, lemma: string): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false;
  if (/^\p{Lu}/u.test(t.text) && !titleCase(tokens)) return false;
  // "two promises" is a noun, but "Two in three said", "one of four say" are respondents and their verb
  const share = before && tokens[i - 2] && ['in', 'of'].includes(tokens[i - 2]!.lower) && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(before.lower);
  // "voters are more likely to say": after "likely to" a bare form is an infinitive, not a noun
  const infinitive = before?.lower === 'to' && ['likely', 'unlikely'].includes(tokens[i - 2]?.lower ?? '') && !t.lower.endsWith('s');
  if (before && !share && !infinitive && (NOUN_BEFORE.has(before.lower) || PREPOSITIONS.has(before.lower) || /['’]s$|s['’]$/.test(before.lower))) return false;
  if (tokens[i + 1]?.lower === 'by') return false;
  if (naming(tokens, i)) return false;
  // "the Berlin attacks", "the Meyer promises": an -s form after "the" and one capitalised word is a noun
  if (words.nounCues.has(lemma) && t.lower.endsWith('s') && before && /^\p{Lu}/u.test(before.text) && tokens[i - 2]?.lower === 'the') return false;
  let b = i - 1;
  while (b >= 0 && ADVERBS.has(tokens[b]!.lower)) b--;
  if (b >= 0 && BE.has(tokens[b]!.lower) && !t.lower.endsWith('ing')) return false;
  return true;
}

/** "a group called Citizens for Trump", "one PAC called Stop Hillary": a naming participle after an indefinite phrase. */
function naming(tokens: Token[], i: number): boolean {
  if (!words.namingVerbs.has(tokens[i]!.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (INDEFINITE.has(t.lower)) return k < i - 1;
    if (!t.word) return false;
  }
  return false;
}
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

export function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}

/**
 * "evidence …, acknowledged even by the hosts": a past participle whose agent follows ("by", after at most two
 * adverbs) is a passive modifying a noun before it, not a verb sharing the sentence's subject.
 */
export function passiveWithAgent(tokens: Token[], cue: { index: number; last: number }): boolean {
  if (!/ed$/.test(tokens[cue.index]!.lower)) return false;
  for (let k = cue.last + 1; k <= cue.last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'by') return true;
    if (!t.word || !(t.lower.endsWith('ly') || ['even', 'also', 'only', 'not', 'never'].includes(t.lower))) return false;
  }
  return false;
}

/** A bare or -s form of a cue lemma that is as often a noun ("attack", "vote", "support", "plans"). */
export function nounLike(t: Token, lemma: string): boolean {
  return (words.nounCues.has(lemma) || words.nounCues.has(t.lower)) && !/(?:ed|ing)$/.test(t.lower);
}
