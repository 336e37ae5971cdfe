import type { EventLexicon, VerbEntry, VerbPattern } from './lexicon.js';
import type { SentenceView } from './view.js';

/**
 * Which verb a sentence uses and what its dictionary says it means: multi-word verbs ("cordoned off"), and
 * PETRARCH's patterns (words before and after the verb that change its code: "RUSH * AID" → 070).
 */

const CLAUSE_END = new Set([',', ';', ':', 'which', 'who', 'because', 'after', 'before', 'while', 'when']);

/** The longest multi-word verb ("cordoned off", "wire tapped") starting at token `v`. */
export function phraseAt(view: SentenceView, v: number, lex: EventLexicon) {
  let best: { words: string[]; head: number; entry: VerbEntry } | undefined;
  for (const p of lex.phrases.get(view.words[v]!) ?? []) {
    if (p.words.length > (best?.words.length ?? 0) && p.words.every((w, i) => view.words[v + i] === w && view.mentionOf[v + i]! < 0)) best = p;
  }
  return best;
}

/** The code of the longest matching pattern of the verb's block, else the verb's own; null when no event. */
export function patternCode(view: SentenceView, v: number, verb: VerbEntry): string | null {
  const before = view.words.slice(Math.max(0, v - 8), v);
  // A pattern reads the verb's own phrase: the window ends where another clause begins ("said Teskar had
  // attacked" must not match SAY's "* ATTACK").
  let stop = v + 1;
  while (stop < view.words.length && stop < v + 13 && !endsPhrase(view, stop)) stop++;
  const after = view.words.slice(v + 1, stop);
  let best: VerbPattern | undefined;
  let bestSize = 0;
  for (const p of verb.block.patterns) {
    const size = p.pre.length + p.post.length;
    if (size <= bestSize || !inOrder(before, p.pre) || !inOrder(after, p.post)) continue;
    best = p;
    bestSize = size;
  }
  return best ? best.code : verb.code;
}

/** A clause boundary, or an auxiliary that opens another verb group; a comma between adjectives is neither. */
function endsPhrase(view: SentenceView, i: number): boolean {
  if (view.words[i] === ',' && view.tokens[i - 1]?.pos === 'ADJ' && ['ADJ', 'ADV'].includes(view.tokens[i + 1]?.pos ?? '')) return false;
  return CLAUSE_END.has(view.words[i]!) || opensVerbGroup(view, i);
}

/** An auxiliary that heads another verb ("had attacked", "will not meet"), not a copula ("isn't a place"). */
function opensVerbGroup(view: SentenceView, i: number): boolean {
  if (view.tokens[i]!.pos !== 'AUX') return false;
  let j = i + 1;
  while (j < view.tokens.length && (view.tokens[j]!.pos === 'ADV' || view.tokens[j]!.pos === 'PART' || view.tokens[j]!.pos === 'AUX')) j++;
  return view.tokens[j]?.pos === 'VERB';
}

function inOrder(words: string[], slots: string[][]): boolean {
  let at = 0;
  for (const alternatives of split(slots)) {
    let found = -1;
    for (let i = at; i < words.length && found < 0; i++) {
      for (const parts of alternatives) {
        if (matches(words, i, parts)) {
          found = i;
          break;
        }
      }
    }
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

// Patterns are read for every verb of every sentence, and a common verb's block holds hundreds: their
// alternatives are split into words once, not on every comparison (the split was most of the stage's time).
const splitCache = new WeakMap<string[][], string[][][]>();
function split(slots: string[][]): string[][][] {
  let out = splitCache.get(slots);
  if (!out) {
    out = slots.map((alternatives) => alternatives.map((alt) => alt.split(' ')));
    splitCache.set(slots, out);
  }
  return out;
}

/** A dictionary word matches itself, its plural, or (5+ letters) as a stem: VIOLAT → violating. */
function matches(words: string[], i: number, parts: string[]): boolean {
  for (let j = 0; j < parts.length; j++) {
    const w = words[i + j];
    const part = parts[j]!;
    if (w === undefined || !(w === part || (w.length === part.length + 1 && w === `${part}s`) || (w.length === part.length + 2 && w === `${part}es`) || (part.length >= 5 && w.startsWith(part)))) return false;
  }
  return true;
}
