/** Mention matching and scores for the entity benchmarks: exact and one-to-one overlap matching, P/R/F1 by type, B-cubed. */

export interface Scored {
  doc: string;
  start: number;
  end: number;
  type: string;
  cluster: string;
  /** A predicted event's name (attrs.event): scored against MEANTIME's event layer, not its entities (scope.ts). */
  event?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/**
 * Pairs predicted with gold mentions of the same document one to one: exact extents first, then (when
 * `overlap`) the remaining pairs that share characters, largest shared fraction first.
 */
export function match(gold: Scored[], predicted: Scored[], overlap: boolean): [Scored, Scored][] {
  const pairs: [Scored, Scored][] = [];
  const usedG = new Set<Scored>();
  const usedP = new Set<Scored>();
  const byDoc = new Map<string, Scored[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  for (const p of predicted) {
    const g = byDoc.get(p.doc)?.find((x) => !usedG.has(x) && x.start === p.start && x.end === p.end);
    if (g) {
      pairs.push([g, p]);
      usedG.add(g);
      usedP.add(p);
    }
  }
  if (!overlap) return pairs;
  const candidates: [number, Scored, Scored][] = [];
  for (const p of predicted) {
    if (usedP.has(p)) continue;
    for (const g of byDoc.get(p.doc) ?? []) {
      if (usedG.has(g)) continue;
      const shared = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (shared > 0) candidates.push([shared / Math.max(g.end - g.start, p.end - p.start), g, p]);
    }
  }
  for (const [, g, p] of candidates.sort((a, b) => b[0] - a[0])) {
    if (usedG.has(g) || usedP.has(p)) continue;
    pairs.push([g, p]);
    usedG.add(g);
    usedP.add(p);
  }
  return pairs;
}

/** Counts overall (type ignored) and per type (a pair counts for a type only when both sides have it). */
export function countByType(gold: Scored[], predicted: Scored[], pairs: [Scored, Scored][]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const get = (k: string) => out.get(k) ?? out.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!;
  get('ALL (untyped)').tp = pairs.length;
  get('ALL (untyped)').fp = predicted.length - pairs.length;
  get('ALL (untyped)').fn = gold.length - pairs.length;
  const typed = pairs.filter(([g, p]) => g.type === p.type);
  get('ALL (typed)').tp = typed.length;
  get('ALL (typed)').fp = predicted.length - typed.length;
  get('ALL (typed)').fn = gold.length - typed.length;
  for (const [g] of typed) get(g.type).tp++;
  for (const p of predicted) if (!typed.some(([, q]) => q === p)) get(p.type).fp++;
  for (const g of gold) if (!typed.some(([h]) => h === g)) get(g.type).fn++;
  return out;
}

/** B-cubed precision, recall and F1 over the matched mentions: gold clusters vs predicted clusters. */
export function bcubed(pairs: [Scored, Scored][]): { p: number; r: number; f1: number } {
  const goldOf = new Map<string, number>();
  const predOf = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [g, p] of pairs) {
    goldOf.set(g.cluster, (goldOf.get(g.cluster) ?? 0) + 1);
    predOf.set(p.cluster, (predOf.get(p.cluster) ?? 0) + 1);
    const k = `${g.cluster}\u0000${p.cluster}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [g, q] of pairs) {
    const shared = both.get(`${g.cluster}\u0000${q.cluster}`)!;
    p += shared / predOf.get(q.cluster)!;
    r += shared / goldOf.get(g.cluster)!;
  }
  p /= pairs.length || 1;
  r /= pairs.length || 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
