import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { groupingTime } from './articles.js';
import { mergedRanges } from './regroup.js';

test('nearby times share one range and distant ones get their own', () => {
  const rows: [number[], [number, number][]][] = [
    [[], []],
    [[10], [[7, 13]]],
    [[10, 14], [[7, 17]]],
    [[30, 10, 16], [[7, 19], [27, 33]]],
    [[10, 16, 22], [[7, 25]]],
  ];
  for (const [times, want] of rows) assert.deepEqual(mergedRanges(times, 3), want, times.join(','));
});

test('an undated article is grouped by the day it is about, else by the time of ingest', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const dated = new Doc({ id: 'a', source: 'a', text: 'x', meta: { published: '2026-03-02T10:00:00+01:00' } });
  assert.equal(groupingTime(dated, now).toISOString(), '2026-03-02T09:00:00.000Z');
  const text = 'The dam failed on March 4, 2026, officials said.';
  const start = text.indexOf('March 4, 2026');
  const mentioning = new Doc({ id: 'b', source: 'b', text, layers: { times: [{ start, end: start + 13, label: 'DATE', attrs: { value: '2026-03-04' } }] } });
  assert.equal(groupingTime(mentioning, now).toISOString(), '2026-03-04T00:00:00.000Z');
  const bare = new Doc({ id: 'c', source: 'c', text: 'No dates here.', layers: { times: [] } });
  assert.equal(groupingTime(bare, now), now);
});
