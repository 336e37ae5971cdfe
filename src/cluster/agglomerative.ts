/**
 * Average-linkage agglomerative clustering over a similarity matrix. Cubic in n, so callers keep n to a few
 * hundred (one story's articles). Ties break on the lower index, so the result depends only on the matrix.
 */
export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/** The merges in order, stopping before the first below `stopBelow`. Average linkage never inverts, so similarities fall. */
export function linkage(similarity: Float64Array, n: number, stopBelow = -Infinity): Merge[] {
  const sim = Float64Array.from(similarity);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  for (;;) {
    let best = -Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const row = i * n;
      for (let j = i + 1; j < n; j++) {
        if (active[j] && sim[row + j]! > best) {
          best = sim[row + j]!;
          a = i;
          b = j;
        }
      }
    }
    if (a < 0 || best < stopBelow) break;
    const sa = size[a]!;
    const sb = size[b]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === b) continue;
      const merged = (sa * sim[a * n + k]! + sb * sim[b * n + k]!) / (sa + sb);
      sim[a * n + k] = merged;
      sim[k * n + a] = merged;
    }
    size[a] = sa + sb;
    active[b] = 0;
    merges.push({ a, b, similarity: best });
  }
  return merges;
}

/** The clusters left after applying every merge at or above `cutoff`, each listed by ascending index. */
export function cutMerges(merges: readonly Merge[], n: number, cutoff: number): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const m of merges) {
    if (m.similarity < cutoff) break;
    parent[find(m.b)] = find(m.a);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

export function averageLinkage(similarity: Float64Array, n: number, cutoff: number): number[][] {
  return cutMerges(linkage(similarity, n, cutoff), n, cutoff);
}

/**
 * Ward linkage on a similarity matrix of unit vectors (squared distance 2 − 2s), by the Lance–Williams update.
 * Merges come cheapest first; each merge's `similarity` is minus its Ward cost (the rise in within-group
 * squared distance), so `cutMerges(merges, n, -maxCost)` cuts it like the average-linkage merges.
 * A similarity of −∞ becomes a distance no merge can afford.
 */
export function wardLinkage(similarity: Float64Array, n: number): Merge[] {
  const d = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) d[i] = similarity[i] === -Infinity ? 1e6 : Math.max(0, 2 - 2 * similarity[i]!);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  for (let left = n; left > 1; left--) {
    let best = Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (active[j] && d[i * n + j]! < best) [best, a, b] = [d[i * n + j]!, i, j];
      }
    }
    const sa = size[a]!;
    const sb = size[b]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === b) continue;
      const sk = size[k]!;
      const merged = ((sk + sa) * d[a * n + k]! + (sk + sb) * d[b * n + k]! - sk * best) / (sk + sa + sb);
      d[a * n + k] = merged;
      d[k * n + a] = merged;
    }
    size[a] = sa + sb;
    active[b] = 0;
    merges.push({ a, b, similarity: -best / 2 });
  }
  return merges;
}
