import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './resolve.js';
import type { TimeSpan } from './types.js';

/** The span whose text is exactly `phrase`, checking that its offsets point at it. */
function at(text: string, spans: TimeSpan[], phrase: string): TimeSpan {
  const start = text.indexOf(phrase);
  const span = spans.find((s) => s.start === start && s.end === start + phrase.length);
  assert.ok(span, `no span [${start}, ${start + phrase.length}) "${phrase}" among ${JSON.stringify(spans.map((s) => text.slice(s.start, s.end)))}`);
  return span;
}

// Thursday 12 March 2026.
const PUB = '2026-03-12';

test('relative and absolute expressions resolve against the publication day, biased to the past', () => {
  const text =
    'On Monday the talks resumed. The minister spoke early Wednesday and again late on Tuesday. ' +
    'A ceasefire was agreed earlier this month, after the attack on October 12. Over the last four days ' +
    'attacks have risen, as they have since August 2021. Last year was calm; two days ago it was not. ' +
    'This morning he left. The teams met on Friday. More talks come in the coming weeks, he said now.';
  const spans = findTimes(text, PUB);
  const rows: Array<[string, string, unknown, Partial<TimeSpan['attrs']>?]> = [
    ['Monday', 'DATE', '2026-03-09'],
    ['early Wednesday', 'DATE', '2026-03-11', { modifier: 'START' }],
    ['late on Tuesday', 'DATE', '2026-03-10', { modifier: 'END' }],
    ['earlier this month', 'DATE', '2026-03', { anchor: { start: '2026-03-01', end: '2026-03-12' } }],
    ['October 12', 'DATE', '2025-10-12'],
    ['the last four days', 'DURATION', 'P4D', { anchor: { start: '2026-03-09', end: '2026-03-12' } }],
    ['August 2021', 'DATE', '2021-08', { relative: false }],
    ['Last year', 'DATE', '2025'],
    ['two days ago', 'DATE', '2026-03-10'],
    ['This morning', 'TIME', '2026-03-12TMO', { partOfDay: 'MO' }],
    // Chrono would take the coming Friday (13 March); a report means the one before.
    ['Friday', 'DATE', '2026-03-06'],
    ['the coming weeks', 'DURATION', 'PXW'],
    ['now', 'DATE', 'PRESENT_REF'],
  ];
  for (const [phrase, label, value, extra] of rows) {
    const span = at(text, spans, phrase);
    assert.equal(span.label, label, phrase);
    assert.deepEqual(span.attrs.value, value, phrase);
    for (const [key, expected] of Object.entries(extra ?? {})) assert.deepEqual(span.attrs[key as keyof TimeSpan['attrs']], expected, `${phrase}: ${key}`);
  }
  assert.equal(text.slice(at(text, spans, 'Monday').start - 3, at(text, spans, 'Monday').start), 'On ', 'the preposition stays outside the span');
  assert.deepEqual(at(text, spans, 'August 2021').attrs.anchor, { start: '2021-08-01', end: '2026-03-12' }, '"since" gives the stretch to publication');
});

test('a weekday is compared in the publication\'s own calendar day, not in UTC', () => {
  // 02:00 on Friday 13 March in Pakistan is still Thursday 12 March in UTC.
  const text = 'It happened on Friday, after a meeting on Thursday.';
  const spans = findTimes(text, '2026-03-13T02:00:00+05:00');
  assert.equal(at(text, spans, 'Friday').attrs.value, '2026-03-13');
  assert.equal(at(text, spans, 'Thursday').attrs.value, '2026-03-12');
});

test('a weekday in a sentence about the future is the next one', () => {
  const text = 'The council will vote on Tuesday.';
  assert.equal(at(text, findTimes(text, PUB), 'Tuesday').attrs.value, '2026-03-17');
});

test('"a week later" counts from the date mentioned before it', () => {
  const text = 'Fighting began on March 2. A week later the sides met.';
  const spans = findTimes(text, PUB);
  assert.equal(at(text, spans, 'March 2').attrs.value, '2026-03-02');
  assert.equal(at(text, spans, 'A week later').attrs.value, '2026-W11');
});

test('without a publication time relative expressions keep their span and get no value', () => {
  const text = 'On Monday, four days after the attack on October 12, officials cited figures since August 2021.';
  const spans = findTimes(text);
  const monday = at(text, spans, 'Monday');
  assert.equal(monday.attrs.value, undefined);
  assert.equal(monday.attrs.relative, true);
  assert.deepEqual(monday.attrs.certain, ['weekday']);
  assert.equal(at(text, spans, 'October 12').attrs.value, 'XXXX-10-12', 'month and day are stated; the year is not invented');
  assert.equal(at(text, spans, 'four days').attrs.value, 'P4D');
  const since = at(text, spans, 'August 2021');
  assert.equal(since.attrs.value, '2021-08');
  assert.equal(since.attrs.relative, false);
});

test('offsets are UTF-16 code units after emoji and non-Latin text', () => {
  const text = '🤝 وزیر said on Monday 🙂 that talks end in 2027.';
  const spans = findTimes(text, PUB);
  const monday = at(text, spans, 'Monday');
  assert.equal(monday.start, 16, 'the emoji (2) + space + وزیر (4) + " said on " (9)');
  assert.equal(at(text, spans, '2027').attrs.value, '2027');
});

test('bad input: impossible dates, two-digit years, far dates and no dates neither crash nor invent precision', () => {
  const impossible = 'The deal was signed on February 30, 2025.';
  for (const span of findTimes(impossible, PUB)) assert.doesNotMatch(String(span.attrs.value), /-02-30/);
  const twoDigit = 'He left on Jan 5, 98.';
  assert.equal(at(twoDigit, findTimes(twoDigit, PUB), 'Jan 5, 98').attrs.value, '1998-01-05');
  const far = 'The treaty of March 3, 1699 and the plan for June 1, 2099.';
  const farSpans = findTimes(far, PUB);
  assert.equal(at(far, farSpans, 'March 3, 1699').attrs.value, '1699-03-03');
  assert.equal(at(far, farSpans, 'June 1, 2099').attrs.value, '2099-06-01');
  assert.deepEqual(findTimes('', PUB), []);
  assert.deepEqual(findTimes('The minister spoke to reporters about trade.', PUB), []);
  assert.deepEqual(findTimes('They may march to the square.', PUB), [], 'the verbs "may" and "march" are no months');
  assert.deepEqual(findTimes('Shares rose 7/8 to $1.18 a share.', PUB), [], 'fractions and prices are no dates or times');
  assert.doesNotThrow(() => findTimes('On Monday', 'not a date'));
  assert.equal(findTimes('On Monday', 'not a date')[0]?.attrs.value, undefined, 'an unreadable publication time counts as none');
});

test('TimeML conventions for lengths, quarters, years and sets', () => {
  const text = 'Profit in the third quarter rose, after a 6-year-old boy was found; in 1998 sales doubled for the nine months, as they do annually.';
  const spans = findTimes(text, '1998-10-20');
  assert.equal(at(text, spans, 'the third quarter').attrs.value, '1998-Q3');
  assert.equal(at(text, spans, '1998').attrs.value, '1998');
  assert.equal(at(text, spans, 'the nine months').attrs.value, 'P9M');
  assert.equal(at(text, spans, 'annually').label, 'SET');
  assert.ok(!spans.some((s) => text.slice(s.start, s.end).includes('6-year')), 'an age is not a duration');
});

test('a compact range is one interval; two dates joined by "to" are two expressions', () => {
  const text = 'The fair ran March 2-4. Polls open from Oct. 19 to Oct. 20.';
  const spans = findTimes(text, PUB);
  assert.deepEqual(at(text, spans, 'March 2-4').attrs.value, { start: '2026-03-02', end: '2026-03-04' });
  assert.equal(at(text, spans, 'Oct. 19').attrs.value, '2025-10-19');
  assert.equal(at(text, spans, 'Oct. 20').attrs.value, '2025-10-20');
});

test('a date without a year is read as upcoming only when it is near ahead', () => {
  const text = 'The vote on April 20 follows the flood of December 3.';
  const spans = findTimes(text, PUB);
  assert.equal(at(text, spans, 'April 20').attrs.value, '2026-04-20', 'five weeks ahead: upcoming');
  assert.equal(at(text, spans, 'December 3').attrs.value, '2025-12-03', 'nine months ahead: last year\'s');
});
