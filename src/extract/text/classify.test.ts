import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLines, looksLikeHeadline } from './classify.js';
import { splitLines } from './lines.js';
import { linePatterns } from './patterns.js';

const p = linePatterns();

function kinds(raw: string): string[] {
  return classifyLines(splitLines(raw), p).map((l) => l.kind);
}

const headlines: [string, boolean][] = [
  ['Ferry Strike Ends After Two Weeks', true],
  ['Ferry strike ends after two weeks of talks with the union', true],
  ['Will the ferries run again?', true],
  ['“We will not back down,” union says', true],
  ['The ferry strike ended on Friday after two weeks.', false],
  ['Officials said the strike had ended,', false],
  ['Short', false],
  ['- a list item', false],
  ['the ferry strike ended', false],
];
for (const [text, expected] of headlines) {
  test(`looksLikeHeadline(${JSON.stringify(text)}) = ${expected}`, () => {
    assert.equal(looksLikeHeadline(text), expected);
  });
}

test('a body that starts with a full sentence has no headline', () => {
  assert.deepEqual(kinds('The ferry strike ended on Friday after two weeks.\nThe union said it was satisfied.'), ['paragraph', 'paragraph']);
});

test('a headline-like first line that starts with a dateline is body', () => {
  assert.deepEqual(kinds('ACCRA -- Ferry strike ends\nThe union said it was satisfied.'), ['paragraph', 'paragraph']);
});

test('headline, reading time, byline, date, body with a subheading and a list, then boilerplate', () => {
  const raw = [
    'Ferry Strike Ends',
    '',
    '2 min read',
    'By Jane Roe',
    'Thursday, October 30, 2025',
    'The strike ended on Friday.',
    'What Comes Next',
    'The union listed its demands:',
    '- higher pay',
    '1. shorter shifts',
    'Subscribe to our newsletter for daily updates',
    'Click here to read more stories',
  ].join('\n');
  assert.deepEqual(kinds(raw), ['title', 'blank', 'boilerplate', 'meta', 'meta', 'paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'boilerplate', 'boilerplate']);
});

test('a headline with a full stop is still found when in Title Case or above a dateline', () => {
  assert.deepEqual(kinds('Mayor Unveils New Cycling Plan.\n\nThe plan was presented on Monday.'), ['title', 'blank', 'paragraph']);
  assert.deepEqual(kinds('Mayor unveils a new cycling plan.\nPARIS — The plan was presented on Monday.'), ['title', 'paragraph']);
  assert.deepEqual(kinds('The mayor unveiled a plan.\nThe plan was presented on Monday.'), ['paragraph', 'paragraph']);
});

test('short unpunctuated lines under a widget line are body when no paragraph stands above them', () => {
  assert.deepEqual(kinds('Advertisement\nFerry times for the week\nMonday 10 am\nTuesday 11 am'), ['boilerplate', 'title', 'heading', 'paragraph']);
});

test('a byline below the body is body text, not metadata', () => {
  assert.deepEqual(kinds('The strike ended on Friday.\nBy Jane Roe'), ['paragraph', 'paragraph']);
});

test('boilerplate words inside body sentences do not remove them', () => {
  const body = [
    'Shareholders will vote on the merger next month.',
    'Tweets by the minister drew criticism from the union.',
    'She said readers could subscribe to the print edition.',
    'Follow-up talks are planned for next week.',
    'Copyright lawyers were hired by the port.',
    'Advertisement boards lined the harbour road, residents said.',
    'The judge said all rights reserved by the treaty would be respected by both sides in the new deal.',
    'Click-through rates fell, the company said.',
  ];
  assert.deepEqual(kinds(body.join('\n')), body.map(() => 'paragraph'));
});
