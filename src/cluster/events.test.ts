import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { splitEvents } from './events.js';
import { anchorDay, dayOf, isoDay, mentionedDays } from './dates.js';
import { EVENTS, fixtureDocs, STORIES } from './fixtures.js';

const storyDocs = (ids: string[], options?: { dates?: boolean; titles?: boolean }) => fixtureDocs(options).filter((d) => ids.includes(d.id));

test('a story splits into its events a week apart, each with a date range and a title', () => {
  for (const name of ['port', 'quake', 'bank'] as const) {
    const events = splitEvents(storyDocs(STORIES[name]));
    assert.deepEqual(events.map((e) => e.articles), EVENTS[name], name);
  }
  const [first, second] = splitEvents(storyDocs(STORIES.port));
  assert.deepEqual([first!.start, first!.end, second!.start, second!.end], ['2025-03-04', '2025-03-05', '2025-03-11', '2025-03-12']);
  assert.equal(second!.title, 'Velmora dockers accept pay deal, ending strike');
  assert.match(first!.id, /^event-[0-9a-f]{12}$/);
});

test('a story of one article is one event; articles with no dates give an event without dates', () => {
  const [only] = splitEvents(storyDocs(STORIES.match));
  assert.deepEqual(only!.articles, ['match-1']);
  assert.equal(only!.start, '2025-05-18');
  const undated = splitEvents(storyDocs(STORIES.bank, { dates: false }));
  assert.ok(undated.length >= 1);
  assert.ok(undated.every((e) => e.start === null && e.end === null));
  assert.deepEqual(splitEvents([]), []);
});

test('copies follow their original into its event', () => {
  const docs = storyDocs(STORIES.quake);
  const copy = new Doc({ id: 'quake-copy', source: 'qc.txt', text: 'unrelated words', meta: { published: '2025-06-10T00:00:00Z' } });
  const events = splitEvents([...docs, copy], {}, new Map([['quake-copy', 'quake-1']]));
  assert.ok(events.find((e) => e.articles.includes('quake-1'))!.articles.includes('quake-copy'));
});

test('mentioned days: chrono reads dates against the publication day, biased to the past', () => {
  const doc = new Doc({ id: 'd', source: 'd.txt', text: 'Talks resumed on Monday. A vote is set for March 20, 2025. The strike lasted for three hours.', meta: { published: '2025-03-12T08:00:00Z' } });
  // 12 March 2025 is a Wednesday: "Monday" is 10 March, not 17 March.
  assert.deepEqual(mentionedDays(doc).map(isoDay), ['2025-03-10', '2025-03-20']);
  assert.equal(isoDay(anchorDay(doc, mentionedDays(doc))!), '2025-03-10', 'the future vote lies outside the fortnight before publication');
  const undated = new Doc({ id: 'u', source: 'u.txt', text: 'Talks resumed on Monday. The vote was held on March 3, 2025.' });
  assert.deepEqual(mentionedDays(undated).map(isoDay), ['2025-03-03'], 'without a reference only complete dates count');
});

test('mentioned days prefer a times layer with ISO values over chrono', () => {
  const text = 'The ceasefire began last night.';
  const doc = new Doc({ id: 't', source: 't.txt', text, meta: { published: '2025-03-12T08:00:00Z' } });
  doc.setLayer('times', [{ start: 20, end: 30, label: 'DATE', attrs: { value: '2025-03-11' } }, { start: 0, end: 3, attrs: { value: 'PRESENT_REF' } }]);
  assert.equal(doc.slice(doc.layer('times')[1]!), 'last night');
  assert.deepEqual(mentionedDays(doc), [dayOf('2025-03-11')]);
});
