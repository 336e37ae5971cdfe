import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { splitEvents } from './events.js';
import { anchorDay, dayOf, isoDay, mentionedDays, writtenYear } from './dates.js';
import { EVENTS, fixtureDocs, STORIES } from './fixtures.js';
import { addNumbers } from './markers.js';

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

test('written year: the publication year when dated, else the first year the lead states', () => {
  const rows: [string, string | undefined, number | undefined][] = [
    ['Lorvan Cup final, 14 May 2019. The Cup began in 1998.', undefined, 2019],
    ['The Cup began in 1998 and the final was held on Sunday.', '2023-05-14T10:00:00Z', 2023],
    ['Attendance reached 2,019 and the gate took 12.2019 million.', undefined, undefined],
    ['No year here at all.', undefined, undefined],
  ];
  for (const [text, published, year] of rows) assert.equal(writtenYear(new Doc({ id: 'w', source: 'w.txt', text, meta: published ? { published } : {} })), year, text);
});

test('without a publication time, relative days ("today", "Saturday") are not read against the clock', () => {
  const doc = new Doc({ id: 'r', source: 'r.txt', text: 'The final was played today. On Saturday the fans gathered. The first final was on 14 May 2019.' });
  assert.deepEqual(mentionedDays(doc).map(isoDay), ['2019-05-14']);
});

test('undated look-alike events years apart split by the year their reports state', () => {
  const final = (id: string, year: number, extra: string) =>
    new Doc({ id, source: `${id}.txt`, text: `Lorvan, ${year}. Drammel United won the Lorvan Cup final against Ostrava Rovers at the Kessin stadium. ${extra}` });
  const details = [
    'Pavel Surin scored twice in the rain as fans filled the stands.',
    'The match went to extra time before a late header settled it.',
    'Goalkeeper Ivo Marek saved a penalty in the second half.',
    'A crowd of forty thousand watched the trophy presentation.',
    'The coach thanked the supporters who travelled from the north.',
    'Police closed the roads around the ground for the evening.',
  ];
  const others = [
    'Tomas Lind headed the winner from a corner.',
    'Rain delayed the kick-off by half an hour.',
    'The referee sent off a defender before the break.',
    'Ticket prices had doubled since the semi-final.',
    'Supporters sang long after the whistle.',
    'The mayor handed over the silver cup.',
  ];
  // Each report adds one detail of its own: no detail is shared, within an event or across.
  const docs = [...details.map((d, i) => final(`a${i}`, 2019, d)), ...others.map((d, i) => final(`b${i}`, 2023, d))];
  // The words alone say one final; a strong weight on the shared written year says two.
  const split = splitEvents(docs, { sameYear: 1 }).map((e) => [...e.articles].sort());
  assert.deepEqual(split.sort((x, y) => x[0]!.localeCompare(y[0]!)), [details.map((_, i) => `a${i}`), details.map((_, i) => `b${i}`)]);
  assert.equal(splitEvents(docs, { sameYear: 0 }).length, 1, 'the words alone do not tell them apart');
  const yearless = docs.map((d) => new Doc({ id: d.id, source: d.source, text: d.text.replace(/^Lorvan, \d+\. /, '') }));
  assert.equal(splitEvents(yearless, { sameYear: 1 }).length, 1, 'no stated year, no year evidence');
});

test('numbers of two or more digits, or with a decimal part, become terms', () => {
  const counts = new Map<string, number>();
  const text = 'A magnitude 6.1 quake killed 1,200 people in 3 towns; she was 91. Flight A320 and 2nd place do not count.';
  addNumbers(counts, text, 2);
  assert.deepEqual([...counts], [['#6.1', 2], ['#1200', 2], ['#91', 2]]);
  const none = new Map<string, number>();
  addNumbers(none, text, 0);
  assert.equal(none.size, 0);
});
