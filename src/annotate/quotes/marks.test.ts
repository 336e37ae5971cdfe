import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outermost, pairQuotes } from './marks.js';

/** [start, end) of the words inside the marks, as [text slice, start]. */
function inner(text: string): [string, number][] {
  return outermost(pairQuotes(text)).map((q) => [text.slice(q.start, q.end), q.start]);
}

const rows: [string, string, [string, number][]][] = [
  ['curly double', 'He said “we will go” today.', [['we will go', 9]]],
  ['straight double', 'She said "no deal" and left.', [['no deal', 10]]],
  ['curly single as a partial quote', 'It runs a ‘shadow budget’ now.', [['shadow budget', 11]]],
  ['apostrophes are not marks', "Bulgaria’s view: don't ask, it's the '90s.", []],
  ['possessive plural inside a quote', '“The voters’ choice is clear,” he said.', [['The voters’ choice is clear,', 1]]],
  ['guillemets', 'Он сказал: «Мы готовы».', [['Мы готовы', 12]]],
  ['low-high pair', 'Er sagte „Nein“ dazu.', [['Nein', 10]]],
  ['two quotes in a sentence', '“Yes,” he said, “and no.”', [['Yes,', 1], ['and no.', 17]]],
  ['straight opening, curly closing', 'He said "we will go,” then left.', [['we will go,', 9]]],
  ['a left mark typed as the closing mark', '“Is it late?“ he asked.', [['Is it late?', 1]]],
  // archive text: a single quote closing inside a doubled one ('''), and one opening inside it
  ['single then doubled apostrophes close together', "''I call it 'old school,''' she said. ''Fine.''", [["I call it 'old school,'", 2], ['Fine.', 40]]],
  ['doubled then single apostrophes open together', "He said: '''Bowl,''' then left.", [["'Bowl,'", 11]]],
];

for (const [name, text, expected] of rows) {
  test(`pairQuotes: ${name}`, () => assert.deepEqual(inner(text), expected));
}

test('pairQuotes: a nested single quote stays inside its double quote', () => {
  const text = '“He called it ‘a farce’ yesterday,” she said.';
  const quotes = pairQuotes(text);
  assert.deepEqual(quotes.map((q) => [q.start, q.end, q.depth]), [[1, 34, 0], [15, 22, 1]]);
});

test('pairQuotes: russian «» with „“ inside', () => {
  const text = '«Это „план“ мира», сказал он.';
  assert.deepEqual(pairQuotes(text).map((q) => [text.slice(q.start, q.end), q.depth]), [['Это „план“ мира', 0], ['план', 1]]);
});

test('pairQuotes: an unclosed mark is capped at its paragraph', () => {
  const text = 'He said “this never ends.\n\nNext paragraph “has its own” quote.';
  const quotes = outermost(pairQuotes(text));
  assert.deepEqual(quotes.map((q) => [q.start, q.end, q.close]), [[9, 25, null], [43, 54, 54]]);
});

test('pairQuotes: a paragraph that opens a quote and leaves it open continues in the next one', () => {
  const text = '“First part of a long statement.\n\n“Second part, closed.” he said.\n\nAfter.';
  const [q] = outermost(pairQuotes(text));
  assert.deepEqual([q!.open, q!.start, q!.close, q!.continued], [0, 1, 55, true]);
});

test('pairQuotes: no continuation when the next paragraph does not open with a mark', () => {
  const text = '“Open and never closed.\n\nPlain paragraph with “a quote” inside.';
  const quotes = outermost(pairQuotes(text));
  assert.deepEqual(quotes.map((q) => [q.start, q.end]), [[1, 23], [47, 54]]);
});

test("pairQuotes: doubled apostrophes ('') are one double mark, with a single quote inside", () => {
  const text = "''The word 'fair' is gone,'' Ms. Ruiz said.";
  const quotes = pairQuotes(text);
  // open at the first apostrophe, close at the second apostrophe of the closing pair
  assert.deepEqual(quotes.map((q) => [q.open, q.close, q.start, q.end, q.depth]), [[0, 27, 2, 26, 0], [11, 16, 12, 16, 1]]);
  assert.equal(text.slice(quotes[0]!.start, quotes[0]!.end), "The word 'fair' is gone,");
});

test("pairQuotes: an unclosed '' quote carries into a paragraph that opens with ''", () => {
  const text = "''We will stay.\n\n''We will fight,'' she said.";
  const q = outermost(pairQuotes(text));
  assert.deepEqual(q.map((x) => [x.open, x.close, x.start, x.end, x.continued]), [[0, 34, 2, 33, true]]);
});
