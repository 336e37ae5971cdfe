import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './resolve.js';

/** [text, value] of every expression found, for table tests. */
function read(text: string, published: string): [string, string | undefined][] {
  return findTimes(text, published).map((s) => [text.slice(s.start, s.end), typeof s.attrs.value === 'object' ? `${s.attrs.value.start}/${s.attrs.value.end}` : s.attrs.value]);
}

test('a bare year after a determiner or possessive is a year; a count is not', () => {
  const rows: [string, [string, string | undefined][]][] = [
    ['A 1996 law named for him was cited.', [['1996', '1996']]],
    ["The company's 1989 results were weak.", [['1989', '1989']]],
    ['Abortions declined between 1982 and 1992.', [['1982', '1982'], ['1992', '1992']]],
    ['Some 2000 people marched.', []],
  ];
  for (const [text, expected] of rows) assert.deepEqual(read(text, '1998-10-25'), expected, text);
});

test('years, centuries and decades in words', () => {
  assert.deepEqual(read('It happened in nineteen ninety-six.', '1998-02-27'), [['nineteen ninety-six', '1996']]);
  assert.deepEqual(read('By the year two thousand, jobs would be halved.', '1998-02-27'), [['the year two thousand', '2000']]);
  // "two thousand years" is a length, not the year 2000.
  assert.ok(read('Families kept the secret for more than two thousand years.', '1998-02-27').every(([, value]) => value !== '2000'));
  assert.deepEqual(read('Art of the 20th century and of the nineties.', '1998-02-27'), [['the 20th century', '19'], ['the nineties', '199']]);
});

test('"the year" is the current year, but a length of time before "ended"', () => {
  const text = 'Sales for the full year rose. For the year ended June 30, profit fell.';
  const spans = findTimes(text, '1989-11-02');
  const full = spans.find((s) => text.slice(s.start, s.end) === 'the full year');
  const ended = spans.find((s) => text.slice(s.start, s.end) === 'the year');
  assert.equal(full?.attrs.value, '1989');
  assert.equal(ended?.label, 'DURATION');
  assert.equal(ended?.attrs.value, 'P1Y');
});

test('named days: the last one before publication, or the coming one when near', () => {
  const text = 'The boy was found on Thanksgiving Day.';
  assert.deepEqual(read(text, '2000-01-07'), [['Thanksgiving Day', '1999-11-25']]);
  assert.deepEqual(read('A theme of our campaign until Election Day.', '1998-10-26'), [['Election Day', '1998-11-03']]);
  // Without a publication day a named day has no value rather than a guessed year.
  assert.deepEqual(read(text, ''), [['Thanksgiving Day', undefined]]);
});

test('a past-tense verb after "would" closes the future: the weekday is the past one', () => {
  // Thursday 6 January 2000: "announced Wednesday" is 5 January, not the 12th.
  assert.deepEqual(read('They said they would appeal the decision, announced Wednesday by the agency.', '2000-01-06'), [['Wednesday', '2000-01-05']]);
  assert.deepEqual(read('The summit will be held on Tuesday.', '2000-01-06'), [['Tuesday', '2000-01-11']]);
});

test('"recent weeks" is a vague length of weeks', () => {
  assert.deepEqual(read('Prices rose in recent weeks.', '2000-01-06'), [['recent weeks', 'PXW']]);
});
