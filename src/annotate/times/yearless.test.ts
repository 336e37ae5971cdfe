import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { inferPublished } from './infer.js';
import { inferStoryPublished } from './story.js';
import { dayOfYear, describeYearless, monthDayOf } from './yearless.js';

const doc = (id: string, text: string, published?: string) => new Doc({ id, source: `${id}.txt`, text, meta: published ? { published } : {} });

test('days of the nominal leap year round-trip, 29 February included', () => {
  for (const [m, d, i] of [[1, 1, 0], [2, 29, 59], [3, 1, 60], [12, 31, 365]] as const) {
    assert.equal(dayOfYear(m, d), i);
    assert.deepEqual(monthDayOf(i), { m, d });
  }
  assert.deepEqual(monthDayOf(366), { m: 1, d: 1 });
});

test('a time of year is named without a year; a window may wrap over New Year; a spread-out weight names nothing', () => {
  const days = [{ y: 2024, m: 11, d: 7 }, { y: 2025, m: 11, d: 8 }, { y: 2026, m: 11, d: 9 }];
  assert.deepEqual(describeYearless(days, [0.4, 0.4, 0.2], 0.8), { value: 'XXXX-11-07/XXXX-11-08', confidence: 0.8 });
  assert.equal(describeYearless([{ y: 2024, m: 12, d: 30 }, { y: 2025, m: 1, d: 2 }], [0.5, 0.5], 0.8)?.value, 'XXXX-12-30/XXXX-01-02');
  const months = Array.from({ length: 12 }, (_, i) => ({ y: 2025, m: i + 1, d: 15 }));
  assert.equal(describeYearless(months, months.map(() => 1 / 12), 0.8), undefined);
});

test('a date without a year gives a year-less period, never a span of years', () => {
  const text = 'The ministry announced on Friday that the round, held on November 7, had failed. Attacks have grown since August 2021.';
  const alone = inferPublished(doc('a', text));
  assert.match(alone.value!, /^XXXX-11(-\d\d)?(\/XXXX-(11|12)-\d\d)?$/);
  assert.ok(alone.confidence >= 0.8);
  const held = alone.evidence.find((e) => e.text === 'November 7');
  assert.ok(held);
  assert.equal(text.slice(held.start, held.end), 'November 7');
  const october = inferPublished(doc('b', 'Militants attacked on October 12. A ceasefire was agreed earlier this month.'));
  assert.match(october.value!, /^XXXX-1[01]/);
  assert.doesNotMatch(october.value!, /\d{4}/);
});

test('nothing that dates a report gives no value, alone and in its story', () => {
  const undated = doc('c', 'Talks ended late on Tuesday after four days of dialogue.');
  assert.equal(inferPublished(undated).value, undefined);
  const story = inferStoryPublished([undated, doc('d', 'Officials met on Thursday.')]);
  assert.equal(story.get('c')!.value, undefined);
  assert.equal(story.get('d')!.value, undefined);
});

test('a report near its story\'s later reports is not outvoted by the many reports of the first day', () => {
  const undated = doc('late', 'The aftershock struck on Wednesday afternoon, eight days after the earthquake of April 14 that was reported last week.');
  const story = [undated, doc('s1', 'Quake.', '2026-04-14T09:00:00'), doc('s2', 'Quake.', '2026-04-14T20:00:00'), doc('s3', 'Quake.', '2026-04-15'), doc('s4', 'Aftershock.', '2026-04-22T19:00:00')];
  const result = inferStoryPublished(story).get('late')!;
  const value = result.value!;
  assert.match(value, /^2026-04-\d\d\/2026-04-\d\d$/);
  const [first, last] = value.split('/');
  // 22 April 2026 is a Wednesday: the weekday, "last week" and the later report all point there.
  assert.ok(first! >= '2026-04-15' && last! >= '2026-04-22', value);
  assert.ok(result.evidence.some((e) => e.reason.startsWith('"last week"')));
});
