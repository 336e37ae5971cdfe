import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated } from './test-helpers.js';

/** [text, label, form, start, end] of each mention. */
const spans = (text: string) => annotated(text).layer('entities').map((m) => [text.slice(m.start, m.end), m.label, m.attrs?.form, m.start, m.end]);

test('continents and world regions are places; their adjectives are demonyms, not organisations', () => {
  const text = 'Several European ministers met Kestrel Aero in Europe, and North American buyers waited.';
  const found = spans(text);
  assert.deepEqual(found.find((m) => m[0] === 'European'), ['European', 'OTHER', 'demonym', 8, 16]);
  assert.deepEqual(found.find((m) => m[0] === 'Europe'), ['Europe', 'PLACE', 'name', text.indexOf('Europe,'), text.indexOf('Europe,') + 6]);
  assert.deepEqual(found.find((m) => m[0] === 'North American'), ['North American', 'OTHER', 'demonym', text.indexOf('North'), text.indexOf('North') + 14]);
});

test("a demonym does not join a longer organisation's name as its first word", () => {
  const text = 'European Rail Signal Company posted a loss. Several European leaders attended.';
  const doc = annotated(text);
  const european = doc.layer('entities').find((m) => doc.slice(m) === 'European');
  const company = doc.layer('entities').find((m) => doc.slice(m) === 'European Rail Signal Company');
  assert.equal(european?.start, text.indexOf('European leaders'));
  assert.equal(european?.attrs?.form, 'demonym');
  assert.equal(company?.label, 'ORG');
  assert.notEqual(european?.attrs?.entity, company?.attrs?.entity);
});

test('a demonym before a company whose name ends in a corporate suffix stays inside the name', () => {
  const text = 'European Rail & Signal NV won the contract on Tuesday.';
  assert.deepEqual(spans(text)[0], ['European Rail & Signal NV', 'ORG', 'name', 0, 25]);
});
