import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated } from './test-helpers.js';

/** [text, label, start, end] of each mention on the first line. */
const headline = (text: string) => {
  const doc = annotated(text);
  const end = text.indexOf('\n');
  return doc.layer('entities').filter((s) => s.end <= end).map((s) => [text.slice(s.start, s.end), s.label, s.start, s.end]);
};

test('a title-case headline keeps the names its running text found, with their type and offsets', () => {
  const text = 'Tarnwell Records Sues Brisk Mobility Over Logo\nTarnwell Records has sued the scooter maker Brisk Mobility in a court in Marlowe, saying its logo copies the label’s.';
  assert.deepEqual(headline(text), [
    ['Tarnwell Records', 'ORG', 0, 16],
    ['Brisk Mobility', 'ORG', 22, 36],
  ]);
});

test('a headline keeps gazetteer names, and a gazetteer phrase wins over a shorter name of the text', () => {
  const text = 'Kestrel Unveils New Mac OS X Features In Istanbul\nEngineers at Kestrel said Mac users in Istanbul had tried it for a year.';
  const found = headline(text);
  assert.deepEqual(found.find((m) => m[0] === 'Kestrel'), ['Kestrel', 'ORG', 0, 7]);
  assert.deepEqual(found.find((m) => m[0] === 'Mac OS X'), ['Mac OS X', 'OTHER', 20, 28]);
  assert.deepEqual(found.find((m) => m[0] === 'Istanbul'), ['Istanbul', 'PLACE', 41, 49]);
  assert.equal(found.length, 3);
});

test('a headline whose names the text never writes keeps only the gazetteer', () => {
  const text = 'Quiet Harbour Blues Return To Istanbul\nThe band played two nights there.';
  assert.deepEqual(headline(text), [['Istanbul', 'PLACE', 30, 38]]);
});
