// What may follow a cue without being what was said: time, place and medium adverbials ("said late on
// Tuesday", "said in a video message").
import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import { words } from './words.js';

const MAX_ADVERBIAL_TOKENS = 12;
const MAX_MEDIUM_TOKENS = 9;
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
  // "said Tuesday in Paris": a bare day or time word opens an adverbial too
  if (!first || !(words.timeStarts.has(first.lower) || words.times.has(first.lower)) || to - from > MAX_ADVERBIAL_TOKENS) return false;
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

/**
 * "in a video message", "during a telephone interview", "in a video message to the convention": a short
 * phrase naming the medium, up to the sentence's end; after the medium only a short prepositional phrase.
 */
function medium(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_MEDIUM_TOKENS || !MEDIUM_OPENERS.has(tokens[from]!.lower)) return false;
  const span = tokens.slice(from + 1, to + 1);
  if (!span.every((t) => t.word && !words.finiteVerbs.has(t.lower) && t.lower !== 'that')) return false;
  let named = span.length - 1;
  while (named >= 0 && !words.media.has(span[named]!.lower)) named--;
  if (named < 0) return false;
  const rest = span.slice(named + 1);
  return rest.length === 0 || (rest.length <= 4 && words.prepositions.has(rest[0]!.lower));
}

/**
 * "…, Hollande said Tuesday in Paris, noting …", "…, he said after meeting aides Thursday, because …": only
 * adverbials up to a comma that a participle or a subordinating word follows.
 */
export function adverbialBeforeComma(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  // an adverbial is short: look for its comma within a few tokens only
  let comma = from + 1;
  while (comma <= Math.min(to, from + MAX_ADVERBIAL_TOKENS) && tokens[comma]!.text !== ',') comma++;
  if (comma > to || tokens[comma]?.text !== ',') return false;
  const next = tokens[comma + 1];
  if (!next || !(next.lower.endsWith('ing') || lex.boundaryWords.has(next.lower))) return false;
  return onlyAdverbials(tokens, from, comma - 1, lex) || afterMeeting(tokens, from, comma - 1);
}

/** "after meeting Thursday with Trump aides": a time preposition and a gerund phrase with no clause of its own. */
function afterMeeting(tokens: Token[], from: number, to: number): boolean {
  return to - from <= MAX_ADVERBIAL_TOKENS && ['after', 'before', 'while', 'when'].includes(tokens[from]!.lower) && !!tokens[from + 1]?.lower.endsWith('ing') && tokens.slice(from, to + 1).every((t) => t.word && !words.finiteVerbs.has(t.lower) && t.lower !== 'that');
}

/**
 * Cues of telling, whose object is whom the words were addressed to ("told reporters"); not "praised Obama" or
 * "called him a liar", where the object is what was said (PolNeAR's content).
 */
const TELLING = new Set(['tell', 'inform', 'brief', 'assure', 'remind']);
const ADDRESSEE_WORDS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists']);
const MAX_ADDRESSEE = 6;

/**
 * "…, a spokesman told The Wall Street Journal.", "…, he told the cheering crowd on Monday.": after a cue of
 * telling, only the addressee (a name, an object pronoun, a short noun phrase) and adverbials follow, so what
 * was said stands before the cue.
 */
export function onlyAddressee(tokens: Token[], from: number, to: number, lemma: string, lex: Lexicon): boolean {
  if (!TELLING.has(lemma) || from > to) return false;
  let k = from;
  const first = tokens[k]!;
  if (ADDRESSEE_WORDS.has(first.lower)) k++;
  else if (/^\p{Lu}/u.test(first.text) || lex.determiners.has(first.lower)) {
    k++;
    while (k <= to && k - from < MAX_ADDRESSEE && (/^\p{Lu}/u.test(tokens[k]!.text) || (tokens[k]!.word && tokens[k]!.text === tokens[k]!.lower && !words.prepositions.has(tokens[k]!.lower) && !words.finiteVerbs.has(tokens[k]!.lower) && !words.pastTenses.has(tokens[k]!.lower) && !/ed$/.test(tokens[k]!.lower) && !lex.cues.has(tokens[k]!.lower) && tokens[k]!.lower !== 'that') || ['.', '&', '"', '“', '”', "'"].includes(tokens[k]!.text))) k++;
  } else return false;
  while (k <= to && !tokens[k]!.word) k++;
  return k > to || onlyAdverbials(tokens, k, to, lex);
}

