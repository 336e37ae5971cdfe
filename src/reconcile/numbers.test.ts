import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './numbers.js';

const rows: [string, (number | string)[]][] = [
  ['Fighters killed: two hundred, a dozen wounded.', [200, 12]],
  ['The recall covers 18,000 batteries, up from 4.25% of stock.', [18000, 4.25]],
  ['The board voted 5–2 to raise the rate.', ['5-2']],
  ['One of the diplomats said twenty-three people died in 2026.', [23]],
  ['About 1.5 million people and three thousand four hundred and five homes.', [1500000, 3405]],
  ['A magnitude 6.4 earthquake; no numbers here at all.', [6.4]],
];

test('figures written in digits or words are read with their values', () => {
  for (const [text, values] of rows) assert.deepEqual(findNumbers(text).map((n) => n.value), values, text);
});

test('a figure carries its offsets, the word it counts and the word before it', () => {
  const text = 'Gunmen killed 11 border guards; a magnitude 6.4 quake followed.';
  const [guards, magnitude] = findNumbers(text);
  assert.equal(text.slice(guards!.start, guards!.end), '11');
  assert.equal(guards!.unit, 'border');
  assert.equal(magnitude!.before, 'magnitude');
  assert.equal(text.slice(magnitude!.start, magnitude!.end), '6.4');
  const words = findNumbers('Officials said nineteen people had been hurt.');
  assert.deepEqual(words.map((n) => [text.length > 0 && n.start, n.end, n.unit]), [[15, 23, 'people']]);
});

test('dates named in the skip list are not read as counts', () => {
  const text = 'The attack on 8 March killed 14 guards.';
  const skip = [{ start: 14, end: 21 }];
  assert.deepEqual(findNumbers(text, 0, text.length, skip).map((n) => n.value), [14]);
});

test('a vote written out is read as a tally, with the words it spans', () => {
  const a = 'Its board had voted six to one for the increase.';
  const [six] = findNumbers(a);
  assert.deepEqual([six!.value, a.slice(six!.start, six!.end), six!.unit], ['6-1', 'six to one', 'vote']);
  const b = 'The decision was backed by five of the seven members of the board.';
  const [five] = findNumbers(b);
  assert.deepEqual([five!.value, b.slice(five!.start, five!.end)], ['5-2', 'five of the seven members']);
  assert.deepEqual(findNumbers('Five of the seven members were absent.').map((n) => n.value), [5, 7], 'no verb, no tally');
});
