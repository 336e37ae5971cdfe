import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, minhash, signatureSimilarity } from './minhash.js';
import { normalisedText, shingleHashes, wordsOf } from './shingles.js';

test('words fold case, compatibility forms and punctuation', () => {
  assert.deepEqual(wordsOf('Ｔｈｅ Minister’s “plan”, 2025!'), ['the', 'minister', 's', 'plan', '2025']);
  assert.equal(normalisedText('  A  b,\nC '), 'a b c');
});

test('shingles: one per run of five words; a short text gives one shingle; an empty text none', () => {
  assert.equal(shingleHashes(wordsOf('one two three four five six seven'), 5).length, 3);
  assert.equal(shingleHashes(wordsOf('just three words'), 5).length, 1);
  assert.equal(shingleHashes([], 5).length, 0);
  const [a] = shingleHashes(wordsOf('a b c d e'), 5);
  const [b] = shingleHashes(wordsOf('a b c d f'), 5);
  assert.notEqual(a, b);
});

test('the MinHash estimate tracks the true Jaccard similarity of two sets', () => {
  // Sets {0..999} and {500..1499}: Jaccard 500 / 1500 = 0.333.
  const left = new Uint32Array(1000).map((_, i) => i * 2654435761);
  const right = new Uint32Array(1000).map((_, i) => (i + 500) * 2654435761);
  const estimate = signatureSimilarity(minhash(left), minhash(right));
  assert.ok(Math.abs(estimate - 1 / 3) < 0.12, `estimate ${estimate}`);
  assert.equal(signatureSimilarity(minhash(left), minhash(left)), 1);
});

test('band keys are equal exactly when the band rows are equal', () => {
  const sig = new Uint32Array(128).map((_, i) => i);
  const other = sig.slice();
  other[5] = 999;
  const a = bandKeys(sig, 32, 4);
  const b = bandKeys(other, 32, 4);
  assert.equal(a.length, 32);
  assert.deepEqual(a.map((k, i) => k === b[i]), a.map((_, i) => i !== 1));
});
