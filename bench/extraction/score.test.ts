import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusShingleScore, prf, shingleMatch, shingles, snippetMatch, tokenize } from './score.js';

test('tokens are Unicode word runs, as Python\'s \\w finds them', () => {
  assert.deepEqual(tokenize('Grüße, 2026—naïve_x! ok'), ['Grüße', '2026', 'naïve_x', 'ok']);
});

test('shingles are 4-word multisets; a short text is one shingle', () => {
  assert.deepEqual([...shingles('a b c d e')], [['a b c d', 1], ['b c d e', 1]]);
  assert.deepEqual([...shingles('a b a b a b a')], [['a b a b', 2], ['b a b a', 2]]);
  assert.deepEqual([...shingles('only two')], [['only two', 1]]);
  assert.equal(shingles('').size, 0);
});

test('a page\'s counts are normalised to sum to one', () => {
  // truth has 3 shingles, prediction shares 2 and adds 2 of its own
  const c = shingleMatch('a b c d e f', 'b c d e f x y');
  assert.equal(c.tp + c.fp + c.fn, 1);
  assert.ok(Math.abs(c.tp - 2 / 5) < 1e-12);
  assert.ok(Math.abs(c.fp - 2 / 5) < 1e-12);
  assert.ok(Math.abs(c.fn - 1 / 5) < 1e-12);
  assert.deepEqual(shingleMatch('', ''), { tp: 0, fp: 0, fn: 0 });
});

test('corpus scores average pages, so a long page weighs no more than a short one', () => {
  const perfect = shingleMatch('one two three four five', 'one two three four five');
  const empty = shingleMatch('a b c d e f g h i j k l m n o p', '');
  const s = corpusShingleScore([perfect, empty]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
});

test('snippets are looked up after folding white space', () => {
  const c = snippetMatch('The  quick\nbrown fox.\n\nImprint', ['quick brown', 'lazy dog'], ['Imprint', 'Cookies']);
  assert.deepEqual(c, { tp: 1, fp: 1, fn: 1 });
});
