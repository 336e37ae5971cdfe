import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rouge, rougeTokens } from './rouge.js';

test('ROUGE on a hand-computed pair', () => {
  // reference: the cat sat on the mat (6 tokens); prediction: the cat lay on the red mat (7 tokens)
  // unigrams: the×2, cat, on, mat match → 5; P 5/7, R 5/6, F 2·(5/7)(5/6)/((5/7)+(5/6)) = 10/13
  // bigrams: "the cat", "on the" match → 2 of 6 predicted, 2 of 5 reference; F = 2·(1/3)(2/5)/((1/3)+(2/5)) = 4/11
  // LCS: the cat on the mat → 5; same as unigrams here: 10/13
  const s = rouge('The cat lay on the red mat.', 'the cat sat on the mat');
  assert.ok(Math.abs(s.rouge1 - 10 / 13) < 1e-12);
  assert.ok(Math.abs(s.rouge2 - 4 / 11) < 1e-12);
  assert.ok(Math.abs(s.rougeL - 10 / 13) < 1e-12);
});

test('clipped counts, empty texts and order for LCS', () => {
  assert.equal(rouge('the the the', 'the cat').rouge1, 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2));
  assert.deepEqual(rouge('', 'anything'), { rouge1: 0, rouge2: 0, rougeL: 0 });
  assert.equal(lcsLength(rougeTokens('a b c d'), rougeTokens('d c b a')), 1);
  assert.deepEqual(rougeTokens('Ünïcode, 2026-04!'), ['ünïcode', '2026', '04']);
});
