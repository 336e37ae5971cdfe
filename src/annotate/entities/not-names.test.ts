import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated } from './test-helpers.js';

const spans = (text: string) => {
  const doc = annotated(text);
  return doc.layer('entities').map((s) => [doc.slice(s), s.label, s.start, s.end]);
};

test('holidays are dates, not names, also at the end of a longer name', () => {
  const text = 'Sales at Brisk Cycles rose during Ramadan and the Lunar New Year holiday, and again at New Year.';
  assert.deepEqual(spans(text), [['Brisk Cycles', 'ORG', 9, 21]]);
});

test('a title written with dots is no organisation', () => {
  assert.deepEqual(spans('He said he could no longer serve as the company’s C.E.O. at Tarnwell Labs.'), [['Tarnwell Labs', 'ORG', 60, 73]]);
});

test('a word that numbers things names nothing alone before its number', () => {
  assert.deepEqual(spans('Passengers waited at Terminal 3 of Port Elma Airport.'), [['Port Elma Airport', 'PLACE', 35, 52]]);
});

test('a term defined by its initials is no name, nor are its initials later on', () => {
  const text = 'Tarnwell said that Maintenance, Repair and Overhaul (MRO) work will grow. MRO margins are high, and Output Per Worker (OPW) fell.';
  assert.deepEqual(spans(text), [['Tarnwell', 'ORG', 0, 8]]);
});

test('an organisation named with dictionary words keeps its initials', () => {
  // A capitalised function word ("In") styles a proper name; two letters are as often a company as a term.
  const text = 'Shares of Pocket In Motion (PIM) rose, and Brisk Light (BL) said the Varonian Freight Authority (VFA) agreed.';
  const got = spans(text);
  for (const name of ['Pocket In Motion', 'PIM', 'Brisk Light', 'BL', 'Varonian Freight Authority', 'VFA']) {
    assert.ok(got.some(([s, label]) => s === name && label === 'ORG'), `${name} in ${JSON.stringify(got)}`);
  }
});

test("a politician's party and state in brackets is the party, not another name of the politician", () => {
  const doc = annotated('Senator Jo Marlow (R-AZ) read the emails into the record.');
  const [person, tag] = doc.layer('entities');
  assert.deepEqual([doc.slice(person!), person!.label, person!.start, person!.end], ['Jo Marlow', 'PERSON', 8, 17]);
  assert.deepEqual([doc.slice(tag!), tag!.label, tag!.start, tag!.end], ['R-AZ', 'ORG', 19, 23]);
  assert.notEqual(tag!.attrs?.entity, person!.attrs?.entity);
});

test('"Air" as the last word makes an airline, even after a given name; inside a name it decides nothing', () => {
  const got = spans('The losses of Adam Air Flight 574 were felt at the Paris Air Show.');
  assert.deepEqual(got, [['Adam Air', 'ORG', 14, 22], ['Paris Air Show', 'OTHER', 51, 65]]);
});

test("a happening's name marks its whole cluster as an event; a treaty's does not", () => {
  const doc = annotated('Kestrel spoke at the Northern Developers Conference (NDC) in Port Elma. The NDC ends today. The Lissen Protocol was signed.');
  const byText = new Map(doc.layer('entities').map((s) => [`${doc.slice(s)}@${s.start}`, s]));
  for (const key of ['Northern Developers Conference@21', 'NDC@53', 'NDC@76']) {
    const s = byText.get(key);
    assert.ok(s, key);
    assert.equal(s.label, 'OTHER', key);
    assert.equal(s.attrs?.event, true, key);
  }
  assert.equal(byText.get('Lissen Protocol@96')?.attrs?.event, undefined);
  assert.equal(byText.get('Kestrel@0')?.attrs?.event, undefined);
});

test('people in the plural keep a bracketed name an organisation ("... Workers (UAW)")', () => {
  const text = 'Talks failed when the Allied Harbour Workers (AHW) union refused. The AHW said no.';
  const got = spans(text);
  assert.deepEqual(got.find((m) => m[0] === 'Allied Harbour Workers'), ['Allied Harbour Workers', 'ORG', 22, 44]);
  assert.equal(got.filter((m) => m[0] === 'AHW').length, 2);
});
