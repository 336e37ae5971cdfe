import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated, mentionsOf } from './test-helpers.js';

const typed = (text: string) => mentionsOf(annotated(text)).map(([t, label]) => `${t}/${label}`);

test('names are typed by gazetteer, titles, role words, organisation words and shape', () => {
  const rows: [string, string[]][] = [
    ['Defence Minister Kael Orsk arrived in Istanbul on Monday.', ['Kael Orsk/PERSON', 'Istanbul/PLACE']],
    ['Trade Office spokesperson Ilse Varga Carrow spoke to reporters.', ['Trade Office/ORG', 'Ilse Varga Carrow/PERSON']],
    ['The delegation was led by intelligence chief Bram Tollund.', ['Bram Tollund/PERSON']],
    ['Envoys from Qatar and Türkiye met the Valdor Liberation Front.', ['Qatar/PLACE', 'Türkiye/PLACE', 'Valdor Liberation Front/ORG']],
    ['Mr. Osric Pell said the Kestrel Motors Group would close a plant.', ['Osric Pell/PERSON', 'Kestrel Motors Group/ORG']],
    ['Afghan and Pakistani officials signed the Marrow Accord.', ['Afghan/OTHER', 'Pakistani/OTHER', 'Marrow Accord/OTHER']],
    ['Troops fired near the Tavrin crossing.', ['Tavrin/PLACE']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(typed(text), expected, text);
});

test('a title before a name gives the role, with its offsets on the name alone', () => {
  const text = 'Minister for Ports and Shipping Dela Mortane said the talks failed.';
  const doc = annotated(text);
  const [m] = doc.layer('entities');
  assert.equal(doc.slice(m!), 'Dela Mortane');
  assert.equal(m!.start, text.indexOf('Dela'));
  assert.equal(m!.attrs?.role, 'Minister for Ports and Shipping');
});

test('words at the head of a sentence are not names unless they read as one', () => {
  assert.deepEqual(typed('According to officials, the talks ended. However, nobody left.'), []);
  assert.deepEqual(typed('Kabul denied it.'), ['Kabul/PLACE']);
});

test('a headline in title case and a line in capitals keep only gazetteer names', () => {
  assert.deepEqual(typed('Valdor Declares Talks Failed In Istanbul'), ['Istanbul/PLACE']);
  assert.deepEqual(typed('ENVOYS FROM QATAR MET KAEL ORSK IN DOHA TODAY.'), ['QATAR/PLACE', 'DOHA/PLACE']);
});

test('hyphenated compounds: known places inside are found, names with connectors stay whole', () => {
  assert.deepEqual(typed('The India-backed group attacked the Pakistan-Afghanistan border.'), ['India/PLACE', 'Pakistan/PLACE', 'Afghanistan/PLACE']);
  assert.deepEqual(typed('Fighters of Jaish-e-Valdor Front were seen.'), ['Jaish-e-Valdor Front/ORG']);
});

test('possessives and final stops are not part of a name', () => {
  const text = 'It was Qatar’s offer. Talks moved to Doha.';
  const doc = annotated(text);
  assert.deepEqual(doc.layer('entities').map((m) => [m.start, m.end]), [[7, 12], [37, 41]]);
});

test('products and spaced ampersands', () => {
  assert.deepEqual(typed('Sales of the iPhone rose, Standard & Poor said, as the Kestrel K400 shipped.'), ['iPhone/OTHER', 'Standard & Poor/ORG', 'Kestrel K400/OTHER']);
});

test('an organisation before a title and a name is split off, and the role keeps it', () => {
  const doc = annotated('Kestrel Motors CEO Ilse Carrow resigned.');
  assert.deepEqual(mentionsOf(doc).map(([t, label]) => `${t}/${label}`), ['Kestrel Motors/ORG', 'Ilse Carrow/PERSON']);
  assert.equal(doc.layer('entities')[1]!.attrs?.role, 'Kestrel Motors CEO');
});

test('"and" between two complete organisation names starts the second; inside one name it does not', () => {
  assert.deepEqual(typed('Jets went to Kestrel Airlines and Marrow Airways last year.'), ['Kestrel Airlines/ORG', 'Marrow Airways/ORG']);
  assert.deepEqual(typed('The deal was cleared by the Northern Aeronautic Defence and Space Company on Monday.'), ['Northern Aeronautic Defence and Space Company/ORG']);
  assert.deepEqual(typed('Regulators at the Food and Drug Administration agreed.'), ['Food and Drug Administration/ORG']);
  // A name that is no dictionary word before "and" is a name of its own.
  assert.deepEqual(typed('The order was split between Tarnwell and Dorvik Aircraft Company.'), ['Tarnwell/ORG', 'Dorvik Aircraft Company/ORG']);
});

test('common nouns written as initials are not names', () => {
  const text = 'Some 500 VIP guests saw the LCD screens and a GPS demo at Tarnwell.';
  assert.deepEqual(typed(text), ['Tarnwell/ORG']);
});

test('a country code before "dollars" names a currency, and a model with a hyphen is one word', () => {
  const text = 'Films will sell for 9.99 US dollars in the US, on DC-9 jets. The 777-200LR flew 4-0 in 2009-10.';
  assert.deepEqual(annotated(text).layer('entities').map((s) => [text.slice(s.start, s.end), s.label, s.start]), [
    ['US', 'PLACE', 43],
    ['DC-9', 'OTHER', 50],
    ['777-200LR', 'OTHER', 65],
  ]);
});

test('a demonym in the plural is a demonym', () => {
  const text = 'It was a source of pride for all Singaporeans, officials said.';
  assert.deepEqual(annotated(text).layer('entities').map((s) => [text.slice(s.start, s.end), s.label, s.attrs?.form, s.start]), [['Singaporeans', 'OTHER', 'demonym', 33]]);
});

test('a plural organisation head names no one: "the Governments of Norway and Chile" gives the two countries only', () => {
  const doc = annotated('He thanked the Governments of Norway and Chile. The Government of Norway replied.');
  assert.deepEqual(mentionsOf(doc).map(([text, label]) => [text, label]), [['Norway', 'PLACE'], ['Chile', 'PLACE'], ['Government of Norway', 'ORG']]);
  assert.equal(doc.layer('entities')[2]!.start, doc.text.indexOf('Government of Norway'));
});
