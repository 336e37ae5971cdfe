import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, hungarian, hungarianAccuracy, nmi, pairwise } from './scores.js';

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

// Gold: items 0-2 in A, 3-4 in B. Predicted: {0,1}, {2,3,4}.
const gold = ['A', 'A', 'A', 'B', 'B'];
const pred = [1, 1, 2, 2, 2];

test('B-cubed on a toy clustering, computed by hand', () => {
  // Precision per item: 0,1 → 2/2; 2 → 1/3; 3,4 → 2/3. Mean = (1+1+1/3+2/3+2/3)/5 = 11/15.
  // Recall per item: 0,1 → 2/3; 2 → 1/3; 3,4 → 2/2. Mean = (2/3+2/3+1/3+1+1)/5 = 11/15.
  const s = bcubed(pred, gold);
  close(s.precision, 11 / 15, 'precision');
  close(s.recall, 11 / 15, 'recall');
  close(s.f1, 11 / 15, 'f1');
  assert.deepEqual(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 });
  // Everything in one cluster: precision = (3·3/5 + 2·2/5)/5 = 13/25, recall 1.
  close(bcubed([0, 0, 0, 0, 0], gold).precision, 13 / 25, 'one-cluster precision');
});

test('pairwise F1 on the toy clustering', () => {
  // Predicted pairs: {0,1} + 3 in {2,3,4} = 4; gold pairs: 3 + 1 = 4; shared: (0,1) and (3,4) = 2.
  const s = pairwise(pred, gold);
  close(s.precision, 0.5, 'precision');
  close(s.recall, 0.5, 'recall');
});

test('NMI: 1 for identical partitions up to renaming, 0 for independent ones, and a hand value', () => {
  close(nmi(['x', 'x', 'y', 'y'], [1, 1, 2, 2]), 1, 'renamed');
  // Predicted {0,2},{1,3} against gold {0,1},{2,3}: every cell holds 1 of 4 → I = 0.
  close(nmi([1, 2, 1, 2], [1, 1, 2, 2]), 0, 'independent');
  // pred [1,1,2,2] vs gold [1,1,1,2]: H(P)=ln2; H(G)=−(3/4 ln 3/4 + 1/4 ln 1/4);
  // I = 2/4 ln(2·4/(2·3)) + 1/4 ln(1·4/(2·3)) + 1/4 ln(1·4/(2·1)).
  const hp = Math.log(2);
  const hg = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
  const i = 0.5 * Math.log(8 / 6) + 0.25 * Math.log(4 / 6) + 0.25 * Math.log(2);
  close(nmi([1, 1, 2, 2], [1, 1, 1, 2]), i / ((hp + hg) / 2), 'hand value');
});

test('Hungarian accuracy matches clusters one to one', () => {
  // Best matching: 1→A (2 items), 2→B (2 items): 4/5.
  close(hungarianAccuracy(pred, gold), 4 / 5, 'toy');
  // More clusters than classes: the extra cluster matches nothing.
  close(hungarianAccuracy([1, 2, 3, 3], ['a', 'a', 'b', 'b']), 3 / 4, 'extra cluster');
  assert.deepEqual(hungarian([[4, 1, 3], [2, 0, 5], [3, 2, 2]]), [1, 0, 2]);
});
