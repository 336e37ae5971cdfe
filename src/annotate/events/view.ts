import type { Token } from '../sentences/split.js';

/** An actor candidate: an entity mention (its doc-level cluster id in `entity`) or, in the benchmark, an actor code. */
export interface Mention {
  start: number;
  end: number;
  label?: string;
  entity?: string;
  code?: string;
}

/** A sentence seen as words, with the mention (if any) that covers each word. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  /** Lower-case word of each token. */
  words: string[];
  /** Index into `mentions` for each token, -1 outside every mention. */
  mentionOf: number[];
  mentions: Mention[];
  /** First and last token index of each mention. */
  ranges: [number, number][];
}

export function viewSentence(text: string, tokens: Token[], mentions: readonly Mention[]): SentenceView {
  const own = mentions.filter((m) => tokens.length && m.start < tokens[tokens.length - 1]!.end && m.end > tokens[0]!.start);
  const mentionOf = new Array<number>(tokens.length).fill(-1);
  const ranges: [number, number][] = [];
  let t = 0;
  own.forEach((m, k) => {
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    let first = -1;
    let last = -1;
    for (let i = t; i < tokens.length && tokens[i]!.start < m.end; i++) {
      if (mentionOf[i] !== -1) continue;
      mentionOf[i] = k;
      if (first < 0) first = i;
      last = i;
    }
    ranges.push([first, last]);
  });
  return { text, tokens, words: tokens.map((tk) => text.slice(tk.start, tk.end).toLowerCase()), mentionOf, mentions: own, ranges };
}

// Words that may join the members of one compound actor ("Qatar and Turkiye", "the Danish media and government").
const JOINERS = new Set([',', 'and', '&', 'the', 'both']);

/** The mentions joined to mention `k` by "and" or commas, in order. */
export function groupOf(view: SentenceView, k: number): number[] {
  const group = [k];
  for (let j = k - 1; j >= 0 && joined(view, j, group[0]!); j--) group.unshift(j);
  for (let j = k + 1; j < view.mentions.length && joined(view, group[group.length - 1]!, j); j++) group.push(j);
  // Commas alone make an apposition ("Marta Olbrecht, Varonia's defence minister"), not a list: a list has "and".
  const last = group[group.length - 1]!;
  if (group.length > 1 && !view.words.slice(view.ranges[group[0]!]![1] + 1, view.ranges[last]![0]).includes('and')) return [k];
  return group;
}

function joined(view: SentenceView, a: number, b: number): boolean {
  const [, lastA] = view.ranges[a]!;
  const [firstB] = view.ranges[b]!;
  if (lastA < 0 || firstB < 0 || firstB <= lastA) return false;
  // "Mordor, Rohan, Fornost and Bree", "Fornost and the evil awful Gondor": commas, "and", articles, adjectives.
  const between = view.words.slice(lastA + 1, firstB);
  const tags = view.tokens.slice(lastA + 1, firstB).map((t) => t.pos);
  return between.length > 0 && between.length <= 4 && (between.includes('and') || between.includes(',')) && between.every((w, i) => JOINERS.has(w) || tags[i] === 'ADJ');
}

/** The word before token `i` that governs it, skipping determiners and adjectives ("with the new Gondor"). */
export function governor(view: SentenceView, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (view.tokens[j]!.pos === 'DET' || view.tokens[j]!.pos === 'ADJ' || view.tokens[j]!.pos === 'NUM')) j--;
  return j >= 0 ? view.words[j] : undefined;
}

/** True when the mention is followed by a possessive "'s" / "’s". */
export function possessive(view: SentenceView, k: number): boolean {
  const next = view.words[view.ranges[k]![1] + 1];
  return next === "'s" || next === '’s' || next === "'" || next === '’';
}
