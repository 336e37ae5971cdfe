/**
 * Clustering scores over two labelings of the same items (arrays of cluster labels, index = item):
 * B-cubed precision/recall/F1, pairwise F1, NMI (arithmetic-mean normalisation, as scikit-learn's default and
 * SCCL's published figures use) and Hungarian-matched accuracy.
 */
export type Labels = readonly (string | number)[];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Contingency counts: predicted cluster → gold class → items in both. */
function contingency(predicted: Labels, gold: Labels): { table: Map<string | number, Map<string | number, number>>; predSize: Map<string | number, number>; goldSize: Map<string | number, number> } {
  if (predicted.length !== gold.length) throw new RangeError(`labelings differ in length: ${predicted.length} vs ${gold.length}`);
  const table = new Map<string | number, Map<string | number, number>>();
  const predSize = new Map<string | number, number>();
  const goldSize = new Map<string | number, number>();
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i]!;
    const g = gold[i]!;
    const row = table.get(p) ?? new Map();
    row.set(g, (row.get(g) ?? 0) + 1);
    table.set(p, row);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  return { table, predSize, goldSize };
}

/** B-cubed: per item, the share of its predicted cluster that shares its gold class (precision) and vice versa. */
export function bcubed(predicted: Labels, gold: Labels): PRF {
  const { table, predSize, goldSize } = contingency(predicted, gold);
  let p = 0;
  let r = 0;
  for (const [pred, row] of table) {
    for (const [g, n] of row) {
      // Each of the n items in both contributes n/|pred| and n/|gold|.
      p += (n * n) / predSize.get(pred)!;
      r += (n * n) / goldSize.get(g)!;
    }
  }
  const count = predicted.length || 1;
  return f1(p / count, r / count);
}

/** Pairwise: over pairs of items, predicted same-cluster pairs against gold same-class pairs. */
export function pairwise(predicted: Labels, gold: Labels): PRF {
  const { table, predSize, goldSize } = contingency(predicted, gold);
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let both = 0;
  for (const row of table.values()) for (const n of row.values()) both += pairs(n);
  let pred = 0;
  for (const n of predSize.values()) pred += pairs(n);
  let gold2 = 0;
  for (const n of goldSize.values()) gold2 += pairs(n);
  return f1(pred ? both / pred : 1, gold2 ? both / gold2 : 1);
}

function entropy(sizes: Iterable<number>, total: number): number {
  let h = 0;
  for (const n of sizes) if (n > 0) h -= (n / total) * Math.log(n / total);
  return h;
}

/** Normalised mutual information, I(P;G) / ((H(P) + H(G)) / 2); 1 when both labelings are a single cluster. */
export function nmi(predicted: Labels, gold: Labels): number {
  const { table, predSize, goldSize } = contingency(predicted, gold);
  const total = predicted.length;
  let mi = 0;
  for (const [pred, row] of table) {
    for (const [g, n] of row) mi += (n / total) * Math.log((n * total) / (predSize.get(pred)! * goldSize.get(g)!));
  }
  const mean = (entropy(predSize.values(), total) + entropy(goldSize.values(), total)) / 2;
  return mean > 0 ? Math.max(0, mi / mean) : 1;
}

/** Accuracy under the best one-to-one matching of predicted clusters to gold classes (Hungarian algorithm). */
export function hungarianAccuracy(predicted: Labels, gold: Labels): number {
  const { table, predSize, goldSize } = contingency(predicted, gold);
  const preds = [...predSize.keys()];
  const golds = [...goldSize.keys()];
  const n = Math.max(preds.length, golds.length);
  // Minimise cost = −overlap on a square matrix padded with zeros.
  const cost: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => -(table.get(preds[i]!)?.get(golds[j]!) ?? 0)));
  const assignment = hungarian(cost);
  let matched = 0;
  for (let i = 0; i < n; i++) matched -= cost[i]![assignment[i]!]!;
  return predicted.length ? matched / predicted.length : 1;
}

/** Kuhn–Munkres with potentials, O(n³): returns for each row the column assigned to it. */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}
