import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated } from './test-helpers.js';

/** The span of `name` and what the entities layer says about it: label, phrase offsets, phrase kind, typedBy. */
function spanOf(text: string, name: string) {
  const doc = annotated(text);
  const span = doc.layer('entities').find((s) => doc.slice(s) === name);
  assert.ok(span, `no mention "${name}" in: ${text}`);
  return { span, phrase: span.attrs?.phrase as [number, number] | undefined, by: span.attrs?.phraseBy, typedBy: span.attrs?.typedBy };
}

test('a name keeps its own span and records the noun phrase it heads, with offsets', () => {
  const rows: [string, string, [number, number], string, string, string][] = [
    // text, name, [name start, end], phrase text, how, label
    ['Varonian airline Skyrill will buy ten jets from Dorvik.', 'Skyrill', [17, 24], 'Varonian airline Skyrill', 'descriptor', 'ORG'],
    ['Kestrel chief executive Ilse Carrow said the plant would close.', 'Ilse Carrow', [24, 35], 'Kestrel chief executive Ilse Carrow', 'descriptor', 'PERSON'],
    ['Ilse Carrow, minister of transport for Varonia, said airlines should wait.', 'Ilse Carrow', [0, 11], 'Ilse Carrow, minister of transport for Varonia', 'apposition', 'PERSON'],
    ['The tankers will be flown by the Varonian Air Force (VAF) from next year.', 'Varonian Air Force', [33, 51], 'the Varonian Air Force (VAF)', 'acronym', 'ORG'],
    ['"We are proud," said Joe Marrin, Chairman and Chief Operating Officer of Brisk Airways.', 'Joe Marrin', [21, 31], 'Joe Marrin, Chairman and Chief Operating Officer of Brisk Airways', 'apposition', 'PERSON'],
    ['The deal was welcomed by the Prime Minister of Varonia, Mr. Tomas Ekdal, at the airport.', 'Tomas Ekdal', [60, 71], 'the Prime Minister of Varonia, Mr. Tomas Ekdal', 'apposition', 'PERSON'],
    // Initials with dots lead the phrase as "US" does: the last dot is theirs, not a full stop.
    ['Shares of U.S. carmaker Brisk Motors fell.', 'Brisk Motors', [24, 36], 'U.S. carmaker Brisk Motors', 'descriptor', 'ORG'],
  ];
  for (const [text, name, [start, end], phrase, by, label] of rows) {
    const got = spanOf(text, name);
    assert.deepEqual([got.span.start, got.span.end, got.span.label], [start, end, label], text);
    assert.ok(got.phrase, `no phrase for "${name}" in: ${text}`);
    assert.equal(text.slice(...got.phrase), phrase, text);
    assert.equal(got.phrase[0], text.indexOf(phrase), text);
    assert.equal(got.by, by, text);
  }
});

test('the noun that describes a name types it when only its shape had', () => {
  const lynx = spanOf('Dorvik unveiled Lynx, the new version of its Orbis operating system.', 'Lynx');
  assert.deepEqual([lynx.span.start, lynx.span.end, lynx.span.label, lynx.typedBy], [16, 20, 'OTHER', 'described as "version"']);
  assert.deepEqual(lynx.phrase, [16, 67]);
  const quillo = spanOf('Its users can now try web browser Quillo on the new tablets.', 'Quillo');
  assert.deepEqual([quillo.span.start, quillo.span.end, quillo.span.label, quillo.typedBy], [34, 40, 'OTHER', 'described as "browser"']);
  // A descriptor with no name before it types the name but makes no phrase.
  assert.equal(quillo.phrase, undefined);
});

test('no phrase: opening adjuncts, a name that goes on into its clause, possessives, another name after the head', () => {
  const rows: [string, string][] = [
    ['As the largest carrier in the region, Skyrill will buy ten jets.', 'Skyrill'],
    ['In the capital, Karimov said talks would resume.', 'Karimov'],
    ["Skyrill's new jet flew on Monday.", 'Skyrill'],
    ['Skyrill, chief executive Ilse Carrow said, will buy ten jets.', 'Skyrill'],
    ['Skyrill, Dorvik and Marrow Aero, the three bidders, met on Monday.', 'Marrow Aero'],
  ];
  for (const [text, name] of rows) {
    const got = spanOf(text, name);
    assert.equal(got.phrase, undefined, text);
    assert.equal(got.span.label, 'ORG', text);
  }
});

test('a title that governs an organisation leaves the organisation its own span; holidays are not names', () => {
  const doc = annotated('"We are proud," said Joe Marrin, Chairman and Chief Operating Officer of Brisk Airways.');
  assert.deepEqual(doc.layer('entities').map((s) => [doc.slice(s), s.label, s.start, s.end]), [
    ['Joe Marrin', 'PERSON', 21, 31],
    ['Brisk Airways', 'ORG', 73, 86],
  ]);
  const other = annotated('Ground crews worked through Christmas at Brisk Airways.');
  assert.deepEqual(other.layer('entities').map((s) => [other.slice(s), s.start, s.end]), [['Brisk Airways', 41, 54]]);
});

test('a noun in an opening adjunct does not describe the name after it', () => {
  const text = 'In the new version Tarnwell has added offline maps. Tarnwell said so.';
  assert.equal(spanOf(text, 'Tarnwell').span.label, 'ORG');
  assert.equal(spanOf(text, 'Tarnwell').typedBy, undefined);
});

test('the head of a long apposition types the name though its end is not read', () => {
  const text = 'Kestrel unveiled Lynx, the new version of their Orbis operating system for desktop and laptop computers that brings maps.';
  const lynx = spanOf(text, 'Lynx');
  assert.equal(lynx.span.label, 'OTHER');
  assert.equal(lynx.typedBy, 'described as "version"');
  assert.equal(lynx.phrase, undefined);
  assert.deepEqual([lynx.span.start, lynx.span.end], [17, 21]);
});

test('an apposition keeps a version number and a corporate abbreviation whole', () => {
  const text = 'Ilse Carrow, the chief executive of Kestrel Inc., resigned. Users praised Lynx, the new version of Orbis, version 10.4. It sold.';
  assert.deepEqual(spanOf(text, 'Ilse Carrow').phrase, [0, text.indexOf('Inc.') + 4]);
  assert.deepEqual(spanOf(text, 'Orbis').phrase, [text.indexOf('Orbis'), text.indexOf('10.4') + 4]);
});

test('a describing noun of another type makes no phrase: "Marlowe airport Kestrel Airlines"', () => {
  const text = 'A jet landing at Marlowe airport Kestrel Airlines has won two orders.';
  const kestrel = spanOf(text, 'Kestrel Airlines');
  assert.equal(kestrel.span.label, 'ORG');
  assert.equal(kestrel.phrase, undefined);
  // The same noun before a name of its type still makes one.
  assert.deepEqual(spanOf('Varonian airline Skyrill will buy ten jets.', 'Skyrill').phrase, [0, 24]);
});
