/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004) as rouge-score computes them by default: lower case, tokens are
 * runs of letters and digits, no stemming, n-gram counts clipped, ROUGE-L from the longest common subsequence
 * of the whole texts. Written here because the npm ROUGE packages are unmaintained or browser-only.
 */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, predicted: number, reference: number): number {
  if (!overlap || !predicted || !reference) return 0;
  const p = overlap / predicted;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

export function rougeN(prediction: readonly string[], reference: readonly string[], n: number): number {
  const p = ngrams(prediction, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of p) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, prediction.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

export function rouge(prediction: string, reference: string): RougeScores {
  const p = rougeTokens(prediction);
  const r = rougeTokens(reference);
  return { rouge1: rougeN(p, r, 1), rouge2: rougeN(p, r, 2), rougeL: f1(lcsLength(p, r), p.length, r.length) };
}
