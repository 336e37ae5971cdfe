import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import { words } from './words.js';

/** A run of tokens [from, to) of a sentence's token array. */
export interface TokenRange {
  from: number;
  to: number;
}

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
export const STARTERS = words.clauseStarters;

export function isCapitalised(t: Token): boolean {
  return t.word && CAPITAL.test(t.text);
}

/** A word that can end a source phrase: a name, a pronoun, a role or institution noun. */
export function isHead(t: Token, lex: Lexicon): boolean {
  if (!t.word) return false;
  if (lex.determiners.has(t.lower) && !lex.personPronouns.has(t.lower)) return false;
  return isCapitalised(t) || lex.personPronouns.has(t.lower) || lex.groupPronouns.has(t.lower) || lex.personRoles.has(t.lower) || lex.orgRoles.has(t.lower) || lex.anonymousHeads.has(t.lower) || lex.groupHeads.has(t.lower) || t.lower.endsWith('’s') || t.lower.endsWith("'s");
}

function isPronoun(t: Token, lex: Lexicon): boolean {
  return lex.personPronouns.has(t.lower) || lex.groupPronouns.has(t.lower);
}

/** Can this token sit inside a source phrase before its head ("the senior Foreign Office spokesperson")? */
function isInside(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (t.text === '.') return i > 0 && (lex.abbreviations.has(tokens[i - 1]!.lower) || /^\p{Lu}$/u.test(tokens[i - 1]!.text));
  if (t.text === '-' || t.text === '&') return true;
  if (!t.word) return false;
  if (['and', 'of', 'for'].includes(t.lower)) return i > 0 && isCapitalised(tokens[i - 1]!) && isCapitalised(tokens[i + 1] ?? t);
  if (isPronoun(t, lex) && !lex.determiners.has(t.lower)) return false;
  // "the prime minister’s spokesman": a possessive sits inside the phrase it modifies
  if (/\p{L}['’]s$/u.test(t.lower)) return true;
  if (t.lower === 'in' || t.lower === 'of') return /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/u.test(tokens[i - 1]?.lower ?? '') || lex.groupHeads.has(tokens[i - 1]?.lower ?? '');
  return isCapitalised(t) || /^\d/.test(t.text) || lex.determiners.has(t.lower) || lex.modifiers.has(t.lower) || lex.personRoles.has(t.lower) || lex.orgRoles.has(t.lower) || lex.anonymousHeads.has(t.lower) || lex.groupHeads.has(t.lower);
}

function trimStart(tokens: Token[], from: number, to: number): number {
  while (from < to - 1 && tokens[from]!.word && (STARTERS.has(tokens[from]!.lower) || (['and', 'of', 'for'].includes(tokens[from]!.lower)))) from++;
  while (from < to - 1 && !tokens[from]!.word && tokens[from]!.text !== '(') from++;
  return from;
}

/** Skips auxiliaries and adverbs that may stand between a source and its cue ("has also said"). */
export function skipBack(tokens: Token[], i: number, lex: Lexicon, floor = 0): number {
  while (i >= floor && tokens[i]!.word && lex.skipBeforeCue.has(tokens[i]!.lower)) i--;
  return i;
}

/**
 * The source phrase that ends at token `last` (inclusive), read backwards: "Foreign Office spokesperson
 * Maria Elena Ortiz", "he", "the senator’s aides", "Gov. Jane Roe (R-IN)". Null when `last` cannot end one.
 */
export function sourceEndingAt(tokens: Token[], last: number, lex: Lexicon, floor = 0): TokenRange | null {
  if (last < floor) return null;
  let i = last;
  if (tokens[i]!.text === ')') {
    while (i > floor && tokens[i]!.text !== '(') i--;
    if (tokens[i]!.text !== '(' || i - 1 < floor) return null;
    i--;
  }
  const head = tokens[i]!;
  if (!isHead(head, lex) || STARTERS.has(head.lower) || (lex.modifiers.has(head.lower) && !lex.personRoles.has(head.lower) && !lex.orgRoles.has(head.lower))) return null;
  if (isPronoun(head, lex)) return { from: i, to: last + 1 };
  let from = i;
  while (from - 1 >= floor && isInside(tokens, from - 1, lex)) from--;
  from = trimStart(tokens, from, i + 1);
  return { from, to: last + 1 };
}

/**
 * "Sources close to the Teskari delegation", "one member of the Varonian delegation": a source phrase read
 * back from the cue stops at the preposition; the head before it ("sources", "member") is the source, with
 * its post-modifier. Null when no head stands before the preposition.
 */
export function withPostModifier(tokens: Token[], range: TokenRange | null, lex: Lexicon): TokenRange | null {
  if (!range) return null;
  const prep = range.from - 1;
  let k = prep - 1;
  if (prep < 1 || !['to', 'with', 'of', 'on', 'in'].includes(tokens[prep]!.lower)) return null;
  if (words.postModifiers.has(tokens[k]!.lower)) k--;
  else if (tokens[prep]!.lower !== 'of') return null;
  if (k < 0) return null;
  const head = sourceEndingAt(tokens, k, lex);
  return head && lex.anonymousHeads.has(tokens[k]!.lower) ? { from: head.from, to: range.to } : null;
}

/** The source phrase that starts at token `first`, read forwards ("said the minister", "according to sources close to the talks"). */
export function sourceStartingAt(tokens: Token[], first: number, lex: Lexicon, untilComma = false): TokenRange | null {
  if (first >= tokens.length) return null;
  if (isPronoun(tokens[first]!, lex) && !lex.determiners.has(tokens[first]!.lower)) return { from: first, to: first + 1 };
  let to = first;
  if (untilComma) {
    while (to < tokens.length && to - first < 14 && ![',', ';', ':', '.', '—', '“', '"', '”'].includes(tokens[to]!.text)) to++;
  } else {
    while (to < tokens.length && (isInside(tokens, to, lex) || (tokens[to]!.text === '(' && tokens.slice(to).some((t) => t.text === ')')))) {
      if (tokens[to]!.text === '(') while (to < tokens.length - 1 && tokens[to]!.text !== ')') to++;
      to++;
    }
  }
  // up to a comma the phrase may end in any noun ("people familiar with the matter"); otherwise in a head
  while (to > first && (untilComma ? !tokens[to - 1]!.word : !isHead(tokens[to - 1]!, lex)) && tokens[to - 1]!.text !== ')') to--;
  return to > first ? { from: first, to } : null;
}

/**
 * Fallback for subjects with ordinary nouns ("Sources close to the talks told ..."): the whole clause
 * before the cue, when it is short, starts like a noun phrase and names a person, group or role.
 */
export function clauseSubject(tokens: Token[], cue: number, lex: Lexicon, floor = 0): TokenRange | null {
  let from = cue - 1;
  while (from >= floor && ![',', ';', ':', '—', '“', '”', '"'].includes(tokens[from]!.text) && !lex.boundaryWords.has(tokens[from]!.lower)) from--;
  from++;
  if (cue - from < 2 || cue - from > 8) return null;
  const first = tokens[from]!;
  if (!(isCapitalised(first) || lex.determiners.has(first.lower)) || STARTERS.has(first.lower)) return null;
  const range = tokens.slice(from, cue);
  if (range.some((t) => lex.cues.has(t.lower))) return null;
  // before a post-modifier ("close to", "familiar with") the words must fit a noun phrase, but for two
  // ordinary words ("the self-described socialist"); "the delegation did not offer clear" is a clause
  const post = range.findIndex((t, k) => k > 0 && words.postModifiers.has(t.lower));
  let unknown = 0;
  for (let k = from; k < (post > 0 ? from + post : cue); k++) if (!isInside(tokens, k, lex)) unknown++;
  if (unknown > 2) return null;
  const named = range.some((t, k) => (k > 0 && isCapitalised(t)) || lex.personRoles.has(t.lower) || lex.orgRoles.has(t.lower) || lex.anonymousHeads.has(t.lower));
  // a short definite description names someone too ("the self-described democratic socialist")
  const described = ['the', 'a', 'an'].includes(first.lower) && range.length <= 5;
  return named || described ? { from, to: cue } : null;
}
