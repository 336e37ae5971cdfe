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
  const patterns = verb.block.patterns;
  // Only patterns whose first slot can match a word of the window are tried, in dictionary order, so the
  // choice is the full scan's; a common verb's block holds hundreds of patterns and a sentence few words.
  for (const i of candidates(patternIndex(patterns), before, after)) {
    const p = patterns[i]!;
    const size = p.pre.length + p.post.length;
    if (size <= bestSize || !inOrder(before, p.pre) || !inOrder(after, p.post)) continue;
    best = p;
    bestSize = size;
  }
  return best ? best.code : verb.code;
}

/**
 * A block's patterns by the first word of their anchor slot (the first slot after the verb, else the first
 * before it): exact words (and their plurals) under `x:word`, stems (five letters or more, matched as
 * prefixes) under `p:` and their first five letters. Patterns with no slot at all are always tried.
 */
interface PatternIndex {
  pre: Map<string, number[]>;
  post: Map<string, number[]>;
  always: number[];
}

const indexCache = new WeakMap<VerbPattern[], PatternIndex>();
function patternIndex(patterns: VerbPattern[]): PatternIndex {
  let index = indexCache.get(patterns);
  if (index) return index;
  index = { pre: new Map(), post: new Map(), always: [] };
  patterns.forEach((p, i) => {
    const [side, slot] = p.post.length ? (['post', p.post[0]!] as const) : p.pre.length ? (['pre', p.pre[0]!] as const) : ([undefined, undefined] as const);
    if (!side) return index!.always.push(i);
    const map = index![side];
    for (const alt of slot) {
      const first = alt.split(' ')[0]!;
      const key = first.length >= 5 ? `p:${first.slice(0, 5)}` : `x:${first}`;
      const list = map.get(key) ?? [];
      if (list.at(-1) !== i) list.push(i);
      map.set(key, list);
    }
  });
  indexCache.set(patterns, index);
  return index;
}

/** Indices of the patterns whose anchor slot may match a word of its window, ascending. */
function candidates(index: PatternIndex, before: string[], after: string[]): number[] {
  const found = new Set<number>(index.always);
  const look = (map: Map<string, number[]>, words: string[]) => {
    if (!map.size) return;
    for (const w of words) {
      for (const key of [`x:${w}`, w.endsWith('s') ? `x:${w.slice(0, -1)}` : '', w.endsWith('es') ? `x:${w.slice(0, -2)}` : '', w.length >= 5 ? `p:${w.slice(0, 5)}` : '']) {
        if (key) for (const i of map.get(key) ?? []) found.add(i);
      }
    }
  };
  look(index.post, after);
  look(index.pre, before);
  return [...found].sort((a, b) => a - b);
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
