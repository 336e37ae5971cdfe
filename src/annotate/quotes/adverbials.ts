// What may follow a cue without being what was said: time, place and medium adverbials ("said late on
// Tuesday", "said in a video message").
import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import { words } from './words.js';

const MAX_ADVERBIAL_TOKENS = 12;
const MEDIUM_OPENERS = new Set(['in', 'on', 'during', 'via', 'through', 'at']);

/**
 * True when nothing but time and place adverbials follows ("… Varga announced on the radio late on Tuesday.",
 * "… announced late on Tuesday at the close of a second round of talks", "… said in a statement issued at 9"):
 * either only adverbial words, or a phrase that opens with one and holds no verb of a clause of its own.
 */
export function onlyAdverbials(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  let plain = true;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.word && !lex.skipAfterCue.has(t.lower)) plain = false;
  }
  if (plain) return true;
  const first = tokens[from];
  if (first && medium(tokens, from, to)) return true;
  if (!first || !words.timeStarts.has(first.lower) || to - from > MAX_ADVERBIAL_TOKENS) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (t.lower === 'that' || words.finiteVerbs.has(t.lower)) return false;
    // an -ed word after "in a statement" is a participle ("in a statement issued"), not the clause's verb
    if (/ed$/.test(t.lower) && !(k - 3 >= from && words.prepositions.has(tokens[k - 3]!.lower) && lex.determiners.has(tokens[k - 2]!.lower))) return false;
  }
  // and it must name a time ("late on Tuesday"): "for all candidates to …" or "in a ruling" may be content
  return tokens.slice(from, to + 1).some((t) => words.times.has(t.lower));
}

/** "in a video message", "during a telephone interview": a short phrase naming the medium, up to the sentence's end. */
function medium(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 5 || !MEDIUM_OPENERS.has(tokens[from]!.lower)) return false;
  const span = tokens.slice(from + 1, to + 1);
  return span.every((t) => t.word && !words.finiteVerbs.has(t.lower) && t.lower !== 'that') && words.media.has(tokens[to]!.lower);
}
