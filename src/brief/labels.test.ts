import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayLabel, eventLabel, sourceDate } from './markdown.js';

test('an undated source says its date was inferred, and to what; a stated one is shown as stated', () => {
  assert.equal(sourceDate({ published: '2026-03-12T08:00:00Z', publishedInferred: null }), '2026-03-12T08:00:00Z');
  assert.equal(sourceDate({ published: null, publishedInferred: 'XXXX-10-12/XXXX-11-03' }), 'date not stated; inferred 12 October – 3 November (year not stated)');
  assert.equal(sourceDate({ published: null, publishedInferred: null }), 'undated');
  assert.equal(sourceDate({ published: null }), 'undated', 'briefings stored before 2.0 have no inferred field');
});

test('events are labelled by their dated days, else by when their reports came out', () => {
  const base = { id: 'e', articles: 2, happened: [] };
  assert.equal(eventLabel({ ...base, start: '2026-03-10', end: '2026-03-12' }, 0, 2), 'Event 1 of 2 · 2026-03-10 – 2026-03-12 · 2 articles');
  assert.equal(eventLabel({ ...base, start: null, end: null, published: 'XXXX-11-07' }, 1, 2), 'Event 2 of 2 · reports of 7 November (year not stated) · 2 articles');
  assert.equal(eventLabel({ ...base, start: null, end: null }, 1, 2), 'Event 2 of 2 · undated · 2 articles');
  assert.equal(dayLabel('XXXX-10-12'), '12 October (year not stated)');
});
