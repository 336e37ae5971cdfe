import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkClusters, type LinkOptions, neighbourGraph } from './linkage.js';
import type { SparseVector } from './vectors.js';

const unit = (pairs: [number, number][]): SparseVector => {
  const norm = Math.hypot(...pairs.map((p) => p[1]));
  return { ids: Int32Array.from(pairs, (p) => p[0]), weights: Float32Array.from(pairs, (p) => p[1] / norm) };
};
// Two groups on terms {1,2} and {5,6}, and one article sharing a little with the first group.
const vectors = [unit([[1, 1], [2, 1]]), unit([[1, 1], [2, 0.8]]), unit([[5, 1], [6, 1]]), unit([[6, 1], [5, 0.9]]), unit([[2, 0.2], [9, 1]])];
const options: LinkOptions = { threshold: 0.5, relativeThreshold: 0, neighbours: 3, maxPostings: 100, windowDays: 10, sumTerms: 50 };
const none = vectors.map(() => NaN);

test('average linkage over the neighbour graph stops at the threshold', () => {
  assert.deepEqual(linkClusters(vectors, none, options), [[0, 1], [2, 3], [4]]);
  // Article 4 to {0,1}: cosines ≈ 0.139 and 0.123, mean ≈ 0.13 — merged only below that.
  assert.deepEqual(linkClusters(vectors, none, { ...options, threshold: 0.1 }), [[0, 1, 4], [2, 3]]);
});

test('articles further apart than the window are never linked directly', () => {
  const day = 86_400_000;
  assert.deepEqual(linkClusters(vectors, [0, 30 * day, 0, 0, 0], options), [[0], [1], [2, 3], [4]]);
});

test('with K given, merging goes on below the threshold until K clusters remain, along the graph', () => {
  assert.deepEqual(linkClusters(vectors, none, { ...options, clusters: 2 }), [[0, 1, 4], [2, 3]]);
});

test('the k-th neighbour mean feeds a relative threshold that only ever raises the fixed one', () => {
  const { graph, kthMean } = neighbourGraph(vectors, none, { ...options, neighbours: 1 });
  // Each article's nearest neighbour: 0↔1 and 2↔3 (cosines ≈ 0.994 and 0.998), 4 → 0 (≈ 0.139).
  assert.deepEqual(graph[4], [0]);
  const cos = (a: number, b: number) => vectors[a]!.ids.reduce((s, id, i) => s + vectors[a]!.weights[i]! * (vectors[b]!.weights[vectors[b]!.ids.indexOf(id)] ?? 0), 0);
  const expected = (2 * cos(0, 1) + 2 * cos(2, 3) + cos(4, 0)) / 5;
  assert.ok(Math.abs(kthMean - expected) < 1e-6, `${kthMean} vs ${expected}`);
  // threshold 0.1 alone merges article 4 into {0,1}; a relative threshold of 0.5 × ≈0.82 = 0.41 does not.
  const low = { ...options, threshold: 0.1, neighbours: 1 };
  assert.deepEqual(linkClusters(vectors, none, low), [[0, 1, 4], [2, 3]]);
  assert.deepEqual(linkClusters(vectors, none, { ...low, relativeThreshold: 0.5 }), [[0, 1], [2, 3], [4]]);
  assert.deepEqual(linkClusters(vectors, none, { ...low, relativeThreshold: 0.01 }), [[0, 1, 4], [2, 3]], 'a relative threshold below the fixed one changes nothing');
});

test('local scaling reads a cosine against each article\'s own nearest neighbours; the floors keep a lone article out', () => {
  // k = 1: article 4's nearest is article 0 at ≈ 0.139, so its cosines to {0,1} (≈ 0.139, 0.123) scale to
  // ≈ 0.374 and 0.331 (over √(0.139 × 0.994)): mean ≈ 0.35, above 0.3, where the plain mean (≈ 0.13) is not.
  const scaledOptions = { ...options, threshold: 0.3, localScale: 1 };
  assert.deepEqual(linkClusters(vectors, none, { ...options, threshold: 0.3 }), [[0, 1], [2, 3], [4]]);
  assert.deepEqual(linkClusters(vectors, none, scaledOptions), [[0, 1, 4], [2, 3]]);
  // A plain-cosine floor above ≈ 0.13, or a scale floor of 0.5 (means ≈ 0.186), keeps it on its own.
  assert.deepEqual(linkClusters(vectors, none, { ...scaledOptions, rawThreshold: 0.2 }), [[0, 1], [2, 3], [4]]);
  assert.deepEqual(linkClusters(vectors, none, { ...scaledOptions, rawThreshold: 0.1 }), [[0, 1, 4], [2, 3]]);
  assert.deepEqual(linkClusters(vectors, none, { ...scaledOptions, scaleFloor: 0.5 }), [[0, 1], [2, 3], [4]]);
  // The two tight groups (cosines ≈ 0.99 to their own neighbour, ≈ 0 across) stay apart at any scale.
  assert.deepEqual(linkClusters(vectors, none, { ...scaledOptions, threshold: 0.01, rawThreshold: 0.01 }), [[0, 1, 4], [2, 3]]);
});
