/**
 * Scorers for the two extraction benchmarks, written from their published descriptions:
 * - scrapinghub's article-extraction-benchmark: 4-word shingles as multisets, each page's (tp, fp, fn)
 *   normalised to sum to 1, then averaged over pages;
 * - trafilatura's evaluation: `with` snippets found in the output are true positives, missing ones false
 *   negatives; `without` snippets found are false positives.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

// Python's re `\w` on str: letters, digits (all numeric categories) and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** All n-word shingles; a text shorter than n words is one shingle of its words (as the reference does). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle match, normalised so that tp + fp + fn = 1 (all zero when both texts are empty). */
export function shingleMatch(truth: string, prediction: string, n = 4): Counts {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Sums per-page normalised counts over the corpus; precision and recall are then the means over pages. */
export function corpusShingleScore(pages: Counts[]): Prf {
  const total = pages.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return prf(total);
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** trafilatura-eval counts for one page: snippets looked up in the white-space-folded output. */
export function snippetMatch(output: string, withSnippets: string[], withoutSnippets: string[]): Counts {
  const folded = foldSpace(output);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of withSnippets) {
    if (folded.includes(foldSpace(s))) tp++;
    else fn++;
  }
  for (const s of withoutSnippets) if (folded.includes(foldSpace(s))) fp++;
  return { tp, fp, fn };
}

/** One result line: `name  F1 0.968  P 0.963  R 0.973`. */
export function formatPrf(name: string, s: Prf): string {
  return `${name.padEnd(22)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}`;
}
