import type { Span } from '../../core/span.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { Found } from './types.js';
import { words } from './words.js';

/** The word lists of data/quotes/unsourced.json; empty when the stage runs with speech cues only. */
export interface Unsourced {
  raising: Set<string>;
  adverbs: Set<string>;
  asked: Set<string>;
  afterAsked: Set<string>;
  pollHeads: Set<string>;
  /** Read agentless passives of cue verbs ("is known for", "was announced") as attributions (attitude mode). */
  passives: boolean;
}

function lastWord(tokens: Token[]): number {
  let i = tokens.length - 1;
  while (i >= 0 && !tokens[i]!.word) i--;
  return i;
}

function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to]!.end };
}

/**
 * Attributions of a sentence that name no source (PolNeAR's convention, read in attitude mode): "The sale is
 * (widely) expected to close in May" (the belief of unnamed people; the content is the whole clause, cue
 * included, as PolNeAR marks it), "Varga reportedly met him", and "Asked about the vote, …" (the question is
 * the content). The first two only when the sentence has no other cue (`alone`), so they never compete with
 * a named source; the question's content ends at its comma, before any other attribution.
 */
export function findUnsourced(tokens: Token[], lex: Lexicon, alone: boolean): Found[] {
  const u = lex.unsourced;
  const last = lastWord(tokens);
  if (last < 1) return [];
  if (alone) {
    const poll = inPoll(tokens, last, u);
    if (poll) return [poll];
  }
  for (let i = 0; i <= last; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (alone && u.raising.has(t.lower) && tokens[i + 1]?.lower === 'to') {
      let b = i - 1;
      while (b >= 0 && words.adverbsBeforeCue.has(tokens[b]!.lower)) b--;
      if (b < 1 || !words.beForms.has(tokens[b]!.lower)) continue;
      return [{ kind: 'indirect', ...spanOf(tokens, 0, last), cue: spanOf(tokens, b, i), mention: null, how: `"${tokens[b]!.text} … ${t.text} to": a belief with no source named` }];
    }
    // "Ginsburg is known for speaking her mind", "Sanders was announced the winner": an agentless passive
    // of a cue verb reports what unnamed people said or think; the content is the clause, cue included
    if (alone && u.passives && i > 0 && lex.cues.has(t.lower) && /(?:ed|wn|en)$/.test(t.lower) && !['by', 'to'].includes(tokens[i + 1]?.lower ?? '')) {
      let b = i - 1;
      while (b >= 0 && (words.adverbsBeforeCue.has(tokens[b]!.lower) || /ly$/.test(tokens[b]!.lower))) b--;
      if (b >= 1 && words.beForms.has(tokens[b]!.lower)) {
        return [{ kind: 'indirect', ...spanOf(tokens, 0, last), cue: spanOf(tokens, b, i), mention: null, how: `"${tokens[b]!.text} … ${t.text}": a passive cue with no agent` }];
      }
    }
    if (alone && u.adverbs.has(t.lower) && i > 0) {
      return [{ kind: 'indirect', ...spanOf(tokens, 0, last), cue: spanOf(tokens, i, i), mention: null, how: `"${t.text}": reported, no source named` }];
    }
    if (u.asked.has(t.lower) && (i === 0 || ['when', 'whenever', 'if', 'once'].includes(tokens[i - 1]!.lower) || words.beForms.has(tokens[i - 1]!.lower))) {
      let from = i + 1;
      // "Asked by Matt Lauer whether …", "Asked Tuesday about …", "Asked at a briefing in Brno about …": the
      // asker, a time or a place may come first; the asker is then the source
      const lead = questionLead(tokens, from, last, u);
      const asker = lead && tokens[from]!.lower === 'by' && lead > from + 1 ? spanOf(tokens, from + 1, lead - 1) : null;
      if (lead) from = lead;
      const cueEnd = tokens[from]?.lower === 'about' && !lead ? from : i;
      // "Asked about/whether …", or after "was": "was asked a question about …"
      const opens = tokens[from] && (u.afterAsked.has(tokens[from]!.lower) || (tokens[from]!.word && words.beForms.has(tokens[i - 1]?.lower ?? '')));
      if (!opens) continue;
      if (cueEnd > i) from++;
      let to = from;
      while (to < last && tokens[to + 1]!.text !== ',') to++;
      if (to < from || !tokens[to]!.word) continue;
      const cueFrom = i > 0 && words.beForms.has(tokens[i - 1]!.lower) ? i - 1 : i;
      if (asker) return [{ kind: 'indirect', ...spanOf(tokens, from, to), cue: spanOf(tokens, cueFrom, cueEnd), mention: asker, how: `"${tokens[i]!.text} by": a question and its asker` }];
      return [{ kind: 'indirect', ...spanOf(tokens, from, to), cue: spanOf(tokens, cueFrom, cueEnd), mention: null, how: `"${tokens[i]!.text}": a question, asker not named` }];
    }
  }
  return [];
}

/**
 * "In an NBC News poll released Monday, 50 percent chose Clinton" / "Trump leads in the latest polls": the
 * poll is the source, the rest of the sentence the content, "in" the cue (PolNeAR's reading).
 */
function inPoll(tokens: Token[], last: number, u: Unsourced): Found | null {
  for (let i = 0; i < last; i++) {
    if (tokens[i]!.lower !== 'in') continue;
    let j = i + 1;
    while (j <= last && j - i <= 8 && tokens[j]!.word && !u.pollHeads.has(tokens[j]!.lower)) j++;
    if (j > last || !u.pollHeads.has(tokens[j]!.lower)) continue;
    let end = j;
    while (end < last && tokens[end + 1]!.text !== ',' && tokens[end + 1]!.text !== ';') end++;
    if (i === 0 && end < last - 1) {
      return { kind: 'indirect', ...spanOf(tokens, end + 2, last), cue: spanOf(tokens, i, i), mention: spanOf(tokens, i + 1, end), how: '"In … poll," before the content: the poll is the source' };
    }
    if (i > 1 && last - j <= 10 && !tokens.slice(j, last + 1).some((t) => t.text === ';' || t.lower === 'that')) {
      return { kind: 'indirect', ...spanOf(tokens, 0, i - 1), cue: spanOf(tokens, i, i), mention: spanOf(tokens, i + 1, last), how: '"… in … poll" after the content: the poll is the source' };
    }
  }
  return null;
}

/**
 * Where the question starts after "asked" when an asker, an adverb, a time or a place stands first ("by Matt
 * Lauer", "specifically", "Tuesday", "at a briefing in Brno"): the first question word within a few words,
 * with no comma before it. Null when the question word follows "asked" at once, or none is found.
 */
function questionLead(tokens: Token[], from: number, last: number, u: Unsourced): number | null {
  if (!tokens[from] || u.afterAsked.has(tokens[from]!.lower)) return null;
  for (let k = from; k <= last && k - from <= 8; k++) {
    const t = tokens[k]!;
    if (!t.word && t.text !== '.') return null;
    if (k > from && (u.afterAsked.has(t.lower) || t.lower === 'which' || t.lower === 'whom')) return k;
  }
  return null;
}
