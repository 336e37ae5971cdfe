/**
 * TempEval-3 style scoring of time expressions: spans strict (same offsets) and relaxed (overlap), then the
 * normalised value over relaxed matches. Gold and predicted expressions are aligned one to one, largest
 * overlap first, so that one long prediction cannot match two gold spans.
 */

export interface Timex {
  start: number;
  end: number;
  type?: string;
  value?: string;
  text?: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches whose values agree. */
  value: number;
}

export interface Pair {
  gold: Timex;
  predicted: Timex;
}

export interface Alignment {
  pairs: Pair[];
  missed: Timex[];
  spurious: Timex[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const overlap = (a: Timex, b: Timex): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

export function align(gold: Timex[], predicted: Timex[]): Alignment {
  const options: Array<{ g: number; p: number; size: number }> = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => overlap(g, p) > 0 && options.push({ g: gi, p: pi, size: overlap(g, p) })));
  options.sort((a, b) => b.size - a.size);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pair[] = [];
  for (const o of options) {
    if (usedGold.has(o.g) || usedPredicted.has(o.p)) continue;
    usedGold.add(o.g);
    usedPredicted.add(o.p);
    pairs.push({ gold: gold[o.g]!, predicted: predicted[o.p]! });
  }
  return {
    pairs: pairs.sort((a, b) => a.gold.start - b.gold.start),
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: predicted.filter((_, i) => !usedPredicted.has(i)),
  };
}

/** Writing differences that mean the same value: `W07` = `W7`, `T15:00:00` = `T15:00`, the decade `199` = `199X`, case. */
export function canonicalValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value
    .trim()
    .toUpperCase()
    .replace(/-W0(\d)\b/, '-W$1')
    .replace(/(T\d{2}:\d{2}):00$/, '$1')
    .replace(/^(\d{3})X?$/, '$1X')
    .replace(/^(\d{2})(?:XX)?$/, '$1XX');
}

export function sameValue(a: string | undefined, b: string | undefined): boolean {
  const x = canonicalValue(a);
  return x !== undefined && x === canonicalValue(b);
}

export function countDocument(gold: Timex[], predicted: Timex[]): Counts & Alignment {
  const alignment = align(gold, predicted);
  return {
    ...alignment,
    gold: gold.length,
    predicted: predicted.length,
    strict: alignment.pairs.filter((p) => p.gold.start === p.predicted.start && p.gold.end === p.predicted.end).length,
    relaxed: alignment.pairs.length,
    value: alignment.pairs.filter((p) => sameValue(p.gold.value, p.predicted.value)).length,
  };
}

export function addCounts(total: Counts, c: Counts): Counts {
  return { gold: total.gold + c.gold, predicted: total.predicted + c.predicted, strict: total.strict + c.strict, relaxed: total.relaxed + c.relaxed, value: total.value + c.value };
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0 });

export function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The figures TempEval-3 reports: strict and relaxed span P/R/F1, value F1 (a match needs an overlapping span and the same value), and value accuracy over relaxed matches. */
export function summarise(c: Counts): { strict: PRF; relaxed: PRF; value: PRF; valueAccuracy: number } {
  return {
    strict: prf(c.strict, c.predicted, c.gold),
    relaxed: prf(c.relaxed, c.predicted, c.gold),
    value: prf(c.value, c.predicted, c.gold),
    valueAccuracy: c.relaxed ? c.value / c.relaxed : 0,
  };
}
