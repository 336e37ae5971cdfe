import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, canonicalValue, countDocument, summarise, type Timex } from './score.js';

const gold: Timex[] = [
  { start: 0, end: 6, value: '2026-03-09' }, // "Monday"
  { start: 20, end: 30, value: '2026-03' }, // "this month"
  { start: 40, end: 50, value: 'P4D' },
];

test('strict, relaxed and value matches are counted separately', () => {
  const predicted: Timex[] = [
    { start: 0, end: 6, value: '2026-03-09' }, // strict, right value
    { start: 14, end: 30, value: '2026-02' }, // "earlier this month": relaxed only, wrong value
    { start: 60, end: 64, value: '2026' }, // spurious
  ];
  const c = countDocument(gold, predicted);
  assert.deepEqual([c.gold, c.predicted, c.strict, c.relaxed, c.value], [3, 3, 1, 2, 1]);
  assert.deepEqual(c.missed.map((t) => t.start), [40]);
  assert.deepEqual(c.spurious.map((t) => t.start), [60]);
  const s = summarise(c);
  assert.equal(s.strict.f1, 1 / 3);
  assert.equal(s.relaxed.precision, 2 / 3);
  assert.equal(s.value.recall, 1 / 3);
  assert.equal(s.valueAccuracy, 0.5);
});

test('one long prediction matches one gold span only, the one it overlaps most', () => {
  const a = align([{ start: 0, end: 4 }, { start: 5, end: 20 }], [{ start: 2, end: 18 }]);
  assert.equal(a.pairs.length, 1);
  assert.equal(a.pairs[0]!.gold.start, 5);
  assert.equal(a.missed.length, 1);
});

test('values written differently but meaning the same compare equal', () => {
  const rows: Array<[string, string]> = [
    ['2000-W7', '2000-W07'],
    ['1998-02-13T22:00:00', '1998-02-13T22:00'],
    ['199', '199X'],
    ['present_ref', 'PRESENT_REF'],
  ];
  for (const [a, b] of rows) assert.equal(canonicalValue(a), canonicalValue(b), `${a} = ${b}`);
  assert.notEqual(canonicalValue('1998-10'), canonicalValue('1998-10-01'));
  assert.equal(canonicalValue(undefined), undefined);
});

test('no gold and no predictions give zeros, not NaN', () => {
  const s = summarise(countDocument([], []));
  assert.deepEqual([s.strict.f1, s.value.f1, s.valueAccuracy], [0, 0, 0]);
});
