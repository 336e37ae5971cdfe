import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, outletFromAgency } from './dateline.js';
import { linePatterns } from './patterns.js';

const p = linePatterns();

// [paragraph, the dateline text it starts with, place, agency]
const found: [string, string, string, string | undefined][] = [
  ['KESTRAVA: The port reopened on Monday.', 'KESTRAVA:', 'KESTRAVA', undefined],
  ['PORT ELMA, LISSENHOLM — The ground shook again.', 'PORT ELMA, LISSENHOLM —', 'PORT ELMA, LISSENHOLM', undefined],
  ['KESTRAVA; The port reopened on Monday.', 'KESTRAVA;', 'KESTRAVA', undefined],
  ['KESTRAVA (Harbour Wire): The port reopened on Monday.', 'KESTRAVA (Harbour Wire):', 'KESTRAVA', 'Harbour Wire'],
  ['ISLAMABAD ( WNAM REPORT): Talks resumed on Tuesday.', 'ISLAMABAD ( WNAM REPORT):', 'ISLAMABAD', 'WNAM REPORT'],
  ['Islamabad (The COW News Digital)Pakistan has announced new talks.', 'Islamabad (The COW News Digital)', 'Islamabad', 'The COW News Digital'],
  ['ACCRA -- Lawmakers passed the budget late on Friday.', 'ACCRA --', 'ACCRA', undefined],
  ['LONDON, March 4 (Reuters) - Britain said on Wednesday it would act.', 'LONDON, March 4 (Reuters) -', 'LONDON', 'Reuters'],
  ['PARIS — The mayor unveiled a cycling plan.', 'PARIS —', 'PARIS', undefined],
  ['NEW YORK/WASHINGTON (Wire Desk): Markets fell.', 'NEW YORK/WASHINGTON (Wire Desk):', 'NEW YORK/WASHINGTON', 'Wire Desk'],
  ['KARACHI, Sindh: Rain flooded the roads.', 'KARACHI, Sindh:', 'KARACHI, Sindh', undefined],
  ['ISLAMABAD (APP) The cabinet met on Monday.', 'ISLAMABAD (APP)', 'ISLAMABAD', 'APP'],
  ['SÃO PAULO – Ministers met.', 'SÃO PAULO –', 'SÃO PAULO', undefined],
];

for (const [paragraph, text, place, agency] of found) {
  test(`dateline of ${JSON.stringify(paragraph.slice(0, 40))}`, () => {
    const d = findDateline(paragraph, p);
    assert.ok(d, 'a dateline was expected');
    assert.equal(paragraph.slice(0, d.end).trimEnd(), text);
    assert.equal(d.place, place);
    assert.equal(d.agency, agency);
  });
}

// Body openings that merely look like datelines.
const none = [
  'NATO said on Monday that it would meet again.',
  'BREAKING: The port has reopened.',
  'UPDATE: Talks were postponed.',
  'Officials: the port will reopen soon.',
  'Foreign Office (FO) Spokesperson Jane Roe said talks would go on.',
  'Imran Khan (PTI) said the vote was unfair.',
  'The minister said — without giving details — that talks failed.',
  'US-China talks ended without a deal.',
  'KESTRAVA:',
  'LOOK: The mayor rode a bicycle to work.',
  'FIX IS IN: The vote was delayed again.',
  'AP: The mayor rode a bicycle.',
  'Rep. Jane Roe (D-N.Y.): The bill is unfair.',
  '',
];
for (const paragraph of none) {
  test(`no dateline in ${JSON.stringify(paragraph.slice(0, 40))}`, () => {
    assert.equal(findDateline(paragraph, p), undefined);
  });
}

const outlets: [string, string | undefined][] = [
  ['WNAM REPORT', 'WNAM'],
  ['The COW News Digital', 'The COW News'],
  ['Harbour Wire', 'Harbour Wire'],
  ['Reuters', 'Reuters'],
  ['APP', 'APP'],
  ['Our Correspondent', undefined],
  ['Web Desk', undefined],
  ['News Desk', undefined],
  ['from our staff', undefined],
];
for (const [agency, outlet] of outlets) {
  test(`outlet of agency ${JSON.stringify(agency)} is ${outlet}`, () => {
    assert.equal(outletFromAgency(agency, p), outlet);
  });
}

test('a mixed-case dateline with a credit of several words may be followed by a space', () => {

  const found = findDateline('Kestrava (The Daily Ledger Digital) Varonia and Teskár agreed to extend the truce.', p);
  assert.deepEqual(found, { place: 'Kestrava', agency: 'The Daily Ledger Digital', end: 'Kestrava (The Daily Ledger Digital) '.length });
  assert.equal(findDateline('Foreign Office (FO) Spokesperson Mara Lind said the talks would resume.', p), undefined);
});
