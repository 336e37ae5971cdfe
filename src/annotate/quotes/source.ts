import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import { words } from './words.js';

/** A run of tokens [from, to) of a sentence's token array. */
export interface TokenRange {
  from: number;
  to: number;
}

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;
export const STARTERS = words.clauseStarters;
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);

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

const LIKELY = new Set(['likely', 'unlikely']);
const DEGREE = new Set(['more', 'less', 'most', 'least', 'much', 'far', 'slightly', 'somewhat', 'significantly', 'considerably', 'as']);

/** A lower-case -ly word that is no noun: "has ridiculously claimed", "have typically backed". */
function adverb(t: Token): boolean {
  return t.text === t.lower && t.lower.length > 4 && t.lower.endsWith('ly') && !words.lyNouns.has(t.lower);
}

/** Skips auxiliaries and adverbs that may stand between a source and its cue ("has also said"). */
export function skipBack(tokens: Token[], i: number, lex: Lexicon, floor = 0): number {
  for (;;) {
    while (i >= floor && tokens[i]!.word && (lex.skipBeforeCue.has(tokens[i]!.lower) || adverb(tokens[i]!))) i--;
    // "Sanders (I-Vt.) on Saturday criticized": the day's preposition goes with the day
    if (i > floor && ['on', 'last', 'this', 'late', 'early'].includes(tokens[i]!.lower) && words.times.has(tokens[i + 1]?.lower ?? '')) i--;
    // "voters are slightly more likely to say": the share of respondents is the subject of "say"
    else if (i - 1 > floor && tokens[i]!.lower === 'to' && LIKELY.has(tokens[i - 1]!.lower)) {
      i -= 2;
      while (i > floor && DEGREE.has(tokens[i]!.lower)) i--;
    }
    else return i;
  }
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
  // a post-modifier lengthens a subject ("A person familiar with the planning for Thursday’s meeting says")
  const stretch = tokens.slice(from + 1, cue);
  const modified = stretch.some((t) => words.postModifiers.has(t.lower)) && !stretch.some((t) => RELATIVES.has(t.lower) || words.finiteVerbs.has(t.lower));
  if (cue - from < 2 || cue - from > (modified ? 12 : 8)) return null;
  const first = tokens[from]!;
  // a share of respondents may open with a qualifier ("about 4 in 10", "less than a third", "nearly half")
  let q = from;
  while (q < cue - 1 && words.shareQualifiers.has(tokens[q]!.lower)) q++;
  const share = q < cue && ((NUMBER.test(tokens[q]!.lower) && ['in', 'of', 'percent'].includes(tokens[q + 1]?.lower ?? '')) || (q > from && lex.groupHeads.has(tokens[cue - 1]!.lower))) && cue - q <= 6;
  if (!share && (!(isCapitalised(first) || lex.determiners.has(first.lower)) || STARTERS.has(first.lower))) return null;
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
  // and so does a share of respondents ("Six in 10", "Two of three voters", "40 percent"), read above
  return named || described || share ? { from, to: cue } : null;
}

/** A word that reads as a finite verb after a subject: an auxiliary, a past tense, a cue (an -s form may be a plural noun). */
export function verbish(t: Token, lex: Lexicon): boolean {
  if (!t.word || isCapitalised(t) || lex.determiners.has(t.lower) || words.prepositions.has(t.lower)) return false;
  return words.finiteVerbs.has(t.lower) || words.beForms.has(t.lower) || words.pastTenses.has(t.lower) || lex.cues.has(t.lower) || /ed$/.test(t.lower) || /n['’]t$/.test(t.lower);
}

/** Does the source phrase `src` (in a clause running before token `at`) stand as a subject: a verb or an aside after it, not a preposition? */
export function subjectBefore(tokens: Token[], src: TokenRange, at: number, lex: Lexicon): boolean {
  let n = skipForward(tokens, src.to, lex);
  // "Joe Biden on Monday hit …", "Clinton quickly noted …": a day or an adverb between subject and verb
  for (;;) {
    if (n < at && /ly$/.test(tokens[n]!.lower)) n++;
    else if (n + 1 < at && ['on', 'late', 'early', 'last', 'this'].includes(tokens[n]!.lower) && words.times.has(tokens[n + 1]!.lower)) n += 2;
    else break;
  }
  if (dummySubject(tokens, src)) return false;
  const next = tokens[n];
  if (!next) return false;
  const word = next.word && !isCapitalised(next) && !lex.determiners.has(next.lower) && !words.prepositions.has(next.lower) && !words.adverbialStarts.has(next.lower);
  // "Trump, who …, tweeted": a name before a comma is a subject with an aside; "WASHINGTON," a dateline
  const dateline = /^\p{Lu}{2,}$/u.test(tokens[src.to - 1]!.text);
  // "Hours later, …": a time word after the phrase makes it an adverbial, not a subject before its aside
  return word || (next.text === ',' && n === src.to && !dateline && !words.adverbialStarts.has(tokens[src.to - 1]!.lower));
}

/** Skips auxiliaries and adverbs after a source ("has also said"), as skipBack does before a cue. */
function skipForward(tokens: Token[], i: number, lex: Lexicon): number {
  while (i < tokens.length && tokens[i]!.word && lex.skipBeforeCue.has(tokens[i]!.lower)) i++;
  return i;
}

/**
 * The subject of a clause that starts at token `first` and runs before token `at`. "Hours later, Trump …",
 * "WASHINGTON, Dec. 8 (UPI) — Clinton’s aide …", "Speaking in Salem, New Hampshire, Trump …": an opening
 * phrase that no verb follows is stepped over, up to its comma or dash, and the subject sought after it.
 */
export function subjectAfterOpening(tokens: Token[], first: number, at: number, lex: Lexicon): TokenRange | null {
  for (let tries = 0; tries < 4; tries++) {
    while (first < at && !tokens[first]!.word) first++;
    if (first >= at) return null;
    const src = STARTERS.has(tokens[first]!.lower) || /ing$/.test(tokens[first]!.lower) || openingPhrase(tokens, { from: first, to: first + 1 }) ? null : sourceStartingAt(tokens, first, lex);
    if (src && src.to < at && subjectBefore(tokens, src, at, lex)) return src;
    while (first < at && ![',', '—', '–', ':'].includes(tokens[first]!.text)) first++;
  }
  return null;
}

/** "This is why …", "It’s not enough …": a demonstrative or dummy subject before "is" names no one. */
export function dummySubject(tokens: Token[], src: TokenRange): boolean {
  if (src.to - src.from !== 1) return false;
  const word = tokens[src.from]!.lower;
  return (['this', 'it', 'that', 'there'].includes(word) && words.beForms.has(tokens[src.to]?.lower ?? '')) || /^(?:it|that|there)['’]s$/.test(word);
}

/** "…, said the company's chief executive, John Roe, …": a source right after the cue, up to a comma or the end. */
export function invertedSource(tokens: Token[], cue: { last: number }, last: number, lex: Lexicon): TokenRange | null {
  const after = sourceStartingAt(tokens, cue.last + 1, lex);
  return after && (after.to > last || tokens[after.to]!.text === ',') ? after : null;
}

/**
 * "some voters who have listened to his speeches over the decades, on television, said": the subject is the
 * phrase before the relative pronoun of the clause that ends at the comma `j`.
 */
export function beforeRelative(tokens: Token[], j: number, lex: Lexicon): TokenRange | null {
  for (let k = j - 1; k > 0 && j - k <= 20; k--) {
    if (!tokens[k]!.word && tokens[k]!.text !== '-') return null;
    if (tokens[k]!.lower !== 'who' && tokens[k]!.lower !== 'which') continue;
    const src = sourceEndingAt(tokens, k - 1, lex) ?? clauseSubject(tokens, k, lex);
    return src;
  }
  return null;
}

/** "Facing mounting criticism, …", "Usually when …", "This year, …": an opening participle, adverb or time phrase, not a subject. */
export function openingPhrase(tokens: Token[], src: TokenRange): boolean {
  const first = tokens[src.from]!;
  const next = tokens[src.from + 1]?.lower ?? '';
  return /(?:ing|ly)$/.test(first.lower) || (['this', 'last', 'next', 'that'].includes(first.lower) && (words.times.has(next) || /^(?:year|time|fall|spring|summer|winter)$/.test(next)));
}
