import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { dayOf, isoDay } from './dates.js';
import { splitEvents } from './events.js';
import { eventMarkers } from './markers.js';
import { gapDays, parsePeriod, storyPeriods } from './periods.js';

const iso = (p: { first: number; last: number } | undefined) => p && `${isoDay(p.first)}/${isoDay(p.last)}`;

test('period values read into days; year-less ones take the given year and may run into the next', () => {
  const rows: [string, number, string | undefined][] = [
    ['2026-03-12', 0, '2026-03-12/2026-03-12'],
    ['2026-W16', 0, '2026-04-13/2026-04-19'],
    ['2026-03', 0, '2026-03-01/2026-03-31'],
    ['2026-03-10/2026-03-16', 0, '2026-03-10/2026-03-16'],
    ['XXXX-11', 2025, '2025-11-01/2025-11-30'],
    ['XXXX-11-07/XXXX-11-14', 2025, '2025-11-07/2025-11-14'],
    ['XXXX-12-30/XXXX-01-02', 2025, '2025-12-30/2026-01-02'],
    ['not a date', 2025, undefined],
  ];
  for (const [value, year, want] of rows) assert.equal(iso(parsePeriod(value, year)), want, value);
  assert.equal(gapDays({ first: 10, last: 12 }, { first: 16, last: 20 }), 4);
  assert.equal(gapDays({ first: 10, last: 17 }, { first: 16, last: 20 }), 0);
});

test('a year-less period takes the year nearest the story\'s dated articles; vague or wide guesses are not used', () => {
  const items = [
    { id: 'dated', day: dayOf('2026-01-03'), dated: true },
    { id: 'late-december', day: undefined, dated: false },
    { id: 'unsure', day: undefined, dated: false },
    { id: 'wide', day: undefined, dated: false },
  ];
  const inferred = new Map([
    ['late-december', { value: 'XXXX-12-28/XXXX-12-31', confidence: 0.9 }],
    ['unsure', { value: 'XXXX-01', confidence: 0.3 }],
    ['wide', { value: '2025-06-01/2025-12-31', confidence: 0.9 }],
  ]);
  const periods = storyPeriods(items, inferred);
  assert.equal(iso(periods.get('dated')), '2026-01-03/2026-01-03');
  assert.equal(iso(periods.get('late-december')), '2025-12-28/2025-12-31');
  assert.equal(periods.has('unsure'), false);
  assert.equal(periods.has('wide'), false);
});

// Two rounds of one set of talks, every report undated and worded alike: only their periods tell them apart.
const talks = (id: string, text: string) => new Doc({ id, source: `${id}.txt`, text, meta: {} });
const ROUND = 'Delegations of Varonia and Teskar met in Kestrava under mediation by Lissenholm. The talks ended without agreement, minister Arvo Tamm said, and Varonia would defend its border.';

test('undated reports whose inferred periods lie weeks apart are different events, however alike their words', () => {
  const docs = ['a', 'b', 'c', 'd'].map((id) => talks(id, ROUND));
  const inferred = new Map([
    ['a', { value: 'XXXX-10-12/XXXX-10-31', confidence: 0.8 }],
    ['b', { value: 'XXXX-11-07/XXXX-11-14', confidence: 0.8 }],
    ['c', { value: 'XXXX-10-20/XXXX-10-27', confidence: 0.8 }],
  ]);
  const events = splitEvents(docs, {}, new Map(), inferred).map((e) => [...e.articles].sort());
  // d has no period: it joins one side (by its words), and never bridges the two.
  assert.equal(events.length, 2);
  const ofA = events.find((e) => e.includes('a'))!;
  assert.ok(ofA.includes('c') && !ofA.includes('b'), JSON.stringify(events));
  assert.deepEqual(splitEvents(docs).map((e) => e.articles.length), [4], 'without periods, one event');
});

test('event markers are the exact durations and recurrences of the times layer, not moments or vague spans', () => {
  const text = 'After a four-day session and a weekly briefing, tremors of eight seconds followed for weeks.';
  const doc = new Doc({ id: 'm', source: 'm.txt', text, meta: {} });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  doc.setLayer('times', [
    { ...at('four-day'), label: 'DURATION', attrs: { value: 'P4D' } },
    { ...at('weekly'), label: 'SET', attrs: { value: 'P1W' } },
    { ...at('eight seconds'), label: 'DURATION', attrs: { value: 'PT8S' } },
    { ...at('weeks'), label: 'DURATION', attrs: { value: 'PXW' } },
  ]);
  assert.deepEqual(eventMarkers(doc), ['⟨duration:P4D⟩', '⟨set:P1W⟩']);
  assert.deepEqual(eventMarkers(new Doc({ id: 'n', source: 'n.txt', text, meta: {} })), []);
});
