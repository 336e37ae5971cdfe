import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLinkage, cutMerges, linkage, wardLinkage } from './agglomerative.js';

// Items 0,1 very close; 2 close to both at 0.6 / 0.4; 3 far from all.
const n = 4;
const sim = Float64Array.from([
  1, 0.9, 0.6, 0.1,
  0.9, 1, 0.4, 0.0,
  0.6, 0.4, 1, 0.2,
  0.1, 0.0, 0.2, 1,
]);

test('average linkage merges the closest pair, then uses the mean similarity of the merged group', () => {
  const merges = linkage(sim, n);
  assert.deepEqual(merges[0], { a: 0, b: 1, similarity: 0.9 });
  // {0,1} to 2: (0.6 + 0.4) / 2 = 0.5.
  assert.deepEqual(merges[1], { a: 0, b: 2, similarity: 0.5 });
  // {0,1,2} to 3: (2 · 0.05 + 0.2) / 3 = 0.1 (the {0,1} row held their mean, 0.05).
  assert.ok(Math.abs(merges[2]!.similarity - 0.1) < 1e-12);
});

test('cutting at a similarity keeps only the merges above it', () => {
  assert.deepEqual(averageLinkage(sim, n, 0.55), [[0, 1], [2], [3]]);
  assert.deepEqual(averageLinkage(sim, n, 0.5), [[0, 1, 2], [3]]);
  assert.deepEqual(cutMerges(linkage(sim, n), n, 0.05), [[0, 1, 2, 3]]);
  assert.deepEqual(averageLinkage(new Float64Array(0), 0, 0.5), []);
});

test('Ward linkage merges the cheapest pair first, costs rise, and −∞ similarity is never affordable', () => {
  const merges = wardLinkage(sim, n);
  // Singletons 0 and 1: squared distance 2 − 2·0.9 = 0.2, cost half of it.
  assert.deepEqual([merges[0]!.a, merges[0]!.b], [0, 1]);
  assert.ok(Math.abs(merges[0]!.similarity + 0.1) < 1e-12);
  assert.equal(merges.length, n - 1);
  for (let i = 1; i < merges.length; i++) assert.ok(merges[i]!.similarity <= merges[i - 1]!.similarity, 'costs never fall');
  assert.deepEqual(cutMerges(merges, n, -0.1), [[0, 1], [2], [3]]);
  assert.deepEqual(cutMerges(merges, n, -Infinity), [[0, 1, 2, 3]]);
  const apart = Float64Array.from(sim);
  apart[0 * n + 2] = apart[2 * n + 0] = -Infinity;
  const groups = cutMerges(wardLinkage(apart, n), n, -100);
  assert.ok(!groups.some((g) => g.includes(0) && g.includes(2)), 'a pair kept apart stays apart at any sensible cost');
});
