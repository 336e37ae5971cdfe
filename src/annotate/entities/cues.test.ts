import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demonymStems } from './demonyms.js';
import { annotated } from './test-helpers.js';

/** [text, label, start, typedBy?] of each mention. */
const spans = (text: string) =>
  annotated(text).layer('entities').map((s) => [text.slice(s.start, s.end), s.label, s.start, s.attrs?.typedBy ?? null] as const);

test('a known given name makes a person without a title, even when it is also a city', () => {
  const rows: [string, [string, string, number][]][] = [
    ['Talks were chaired by Sofia Brandt on Monday.', [['Sofia Brandt', 'PERSON', 22]]],
    ['Anneli Varg declined to comment.', [['Anneli Varg', 'PERSON', 0]]],
    // "the" before it: a party, not a person.
    ['Maren Dalvik of the Green Left objected.', [['Maren Dalvik', 'PERSON', 0], ['Green Left', 'ORG', 20]]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(spans(text).map(([t, l, s]) => [t, l, s]), expected, text);
  assert.equal(spans('Talks were chaired by Sofia Brandt.')[0]![3], '"Sofia" is a given name');
});

test('context makes an unknown name a place: possessed nouns, "the city of", "-based", "in"', () => {
  const rows: [string, string, number, string][] = [
    ['Officials said Varnholt’s foreign minister would attend.', 'Varnholt', 15, '"Varnholt\'s foreign minister"'],
    ['Aid reached the city of Ostrava Nel by road.', 'Ostrava Nel', 24, '"city of Ostrava Nel"'],
    ['The Kelmar-based lender cut its rates.', 'Kelmar', 4, '"Kelmar-based"'],
    ['Protests spread in Dunmarrow overnight.', 'Dunmarrow', 19, '"in Dunmarrow"'],
  ];
  for (const [text, name, start, cue] of rows) {
    const found = spans(text).find(([t]) => t === name);
    assert.deepEqual(found, [name, 'PLACE', start, cue], text);
  }
});

test('"a stake in X" and "in X\'s report" are not place cues; "would judge X" is not a role', () => {
  assert.notEqual(spans('Investors took a stake in Marvolt last year.').find(([t]) => t === 'Marvolt')?.[1], 'PLACE');
  const judged = annotated('Varnholt would judge Teskor by its actions.').layer('entities').find((s) => s.start === 29);
  assert.equal(judged?.attrs?.role, undefined);
});

test('a person is named after a verb of saying or beside a role across a comma', () => {
  const text = '"It is over," said Jorvik Tallen. Port Amsel\'s mayor, Ruta Kessel, agreed.';
  const found = spans(text).map(([t, l, s]) => [t, l, s]);
  assert.deepEqual(found.filter(([, l]) => l === 'PERSON'), [['Jorvik Tallen', 'PERSON', 19], ['Ruta Kessel', 'PERSON', 54]]);
});

test('dictionary words at the head of a sentence are not names; "Who" is not the WHO', () => {
  assert.deepEqual(spans('Freight piled up at the crossing. Lorry drivers waited.'), []);
  assert.deepEqual(spans('Who would pay for it? The WHO said it would.').map(([t, l, s]) => [t, l, s]), [['WHO', 'ORG', 26]]);
  // Still a name when the document uses it as one elsewhere.
  assert.deepEqual(spans('Brisk recalled bikes. Owners of Brisk bikes were told.').map(([t, , s]) => [t, s]), [['Brisk', 0], ['Brisk', 32]]);
});

test('demonyms: stems of their places, and a demonym beside its place in one document', () => {
  const rows: [string, string[]][] = [
    ['Varonian', ['varonia']],
    ['Teskári', ['teskar']],
    ['Chinese', ['chin', 'china']],
    ['European', ['europea', 'europe', 'europeo']],
    ['Ali', []],
  ];
  for (const [word, stems] of rows) for (const s of stems) assert.ok(demonymStems(word).includes(s), `${word} → ${s}`);
  assert.deepEqual(demonymStems('Ali'), []);
  const text = 'Varonian troops crossed. Varonia denied it.';
  assert.deepEqual(spans(text).map(([t, l, s]) => [t, l, s]), [['Varonian', 'OTHER', 0], ['Varonia', 'PLACE', 25]]);
  assert.equal(annotated(text).layer('entities')[0]!.attrs?.form, 'demonym');
});

test('initials the text names as such join the organisation before them', () => {
  const doc = annotated('The Valdor Liberation Front (VLF) attacked. The group is known inside Teskor by its local initials, FLV.');
  const bySpan = doc.layer('entities').map((s) => [doc.slice(s), s.attrs?.entity]);
  const front = bySpan.find(([t]) => t === 'Valdor Liberation Front')![1];
  assert.equal(bySpan.find(([t]) => t === 'FLV')![1], front);
  assert.notEqual(bySpan.find(([t]) => t === 'Teskor')?.[1], front);
});

test('a dateline naming a city and its country gives two places', () => {
  const text = 'PORT AMSEL, VARNHOLT (Tidewire): The quay collapsed.';
  const doc = annotated(text, 'd', { dateline: { place: 'PORT AMSEL, VARNHOLT', agency: 'Tidewire', start: 0, end: 32 } });
  assert.deepEqual(doc.layer('entities').map((s) => [doc.slice(s), s.label, s.start]), [['PORT AMSEL', 'PLACE', 0], ['VARNHOLT', 'PLACE', 12], ['Tidewire', 'ORG', 22]]);
});

test('"peace talks between X and Y" makes both places; "a dispute between X and Y" does not', () => {
  const text = 'Peace talks between Varnholt and Ostrava Nel resumed. A dispute between Kestrel and Fiat ended.';
  assert.deepEqual(spans(text).map(([t, l, s]) => [t, l, s]), [['Varnholt', 'PLACE', 20], ['Ostrava Nel', 'PLACE', 33], ['Kestrel', 'ORG', 72], ['Fiat', 'ORG', 84]]);
});

test('the second word of a name in running text does not make the word a name at a sentence head', () => {
  assert.deepEqual(spans('Bank shares rose, led by Nordhavn Bank.').map(([t, l, s]) => [t, l, s]), [['Nordhavn Bank', 'ORG', 25]]);
});

test('a sentence stop ends the state after a name: "Marlowe, California. The ..."', () => {
  const text = 'The show is held in downtown Marlowe, California. The tickets sold out.';
  assert.deepEqual(spans(text)[0], ['Marlowe', 'PLACE', 29, '"Marlowe, California"']);
});

test('"X-based" before a product and "a report in X" make no place', () => {
  const text = 'Kestrel showed a new Tarnwell-based Mac. According to a report in Orvid Weekly, sales rose.';
  const found = spans(text);
  assert.notEqual(found.find((m) => m[0] === 'Tarnwell')?.[1], 'PLACE');
  assert.notEqual(found.find((m) => m[0] === 'Orvid Weekly')?.[1], 'PLACE');
  // The cue still works before a company.
  assert.equal(spans('The Kestrava-based Dorvik Mobility said so.').find((m) => m[0] === 'Kestrava')?.[1], 'PLACE');
});
