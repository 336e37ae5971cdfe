import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated, mentionsOf } from './test-helpers.js';

test('full name, then surname, then role word are one entity', () => {
  const text = 'Trade Office spokesperson Ilse Varga Carrow spoke on Friday. Carrow said the offer stood. The spokesperson later left.';
  const doc = annotated(text);
  const rows = mentionsOf(doc);
  assert.deepEqual(rows.map(([t]) => t), ['Trade Office', 'Ilse Varga Carrow', 'Carrow', 'spokesperson']);
  const carrow = rows.filter(([, label]) => label === 'PERSON').map(([, , e]) => e);
  assert.equal(new Set(carrow).size, 1);
  const role = doc.layer('entities').find((m) => doc.slice(m) === 'spokesperson')!;
  assert.equal(role.attrs?.form, 'role');
  assert.equal(role.start, text.indexOf('spokesperson', 80));
});

test('two people with one surname stay apart, and a bare surname goes to the nearest one before it', () => {
  const text = 'Defence Minister Kael Orsk met Finance Minister Rhea Orsk. Later Orsk spoke.';
  const doc = annotated(text);
  const rows = mentionsOf(doc);
  const entityOf = (name: string) => rows.find(([t]) => t === name)![2];
  assert.notEqual(entityOf('Kael Orsk'), entityOf('Rhea Orsk'));
  assert.equal(entityOf('Orsk'), entityOf('Rhea Orsk'));
});

test('an initial alone does not join two names', () => {
  const doc = annotated('Minister Kael Orsk spoke. Minister K. Orsk replied.');
  const rows = mentionsOf(doc).filter(([, label]) => label === 'PERSON');
  assert.equal(rows.length, 2);
  assert.notEqual(rows[0]![2], rows[1]![2]);
});

test('a role word with no person before it is not a mention', () => {
  assert.deepEqual(mentionsOf(annotated('The spokesperson declined to comment.')), []);
});

test('a one-word company name joins its longer form', () => {
  const rows = mentionsOf(annotated('Shares of Kestrel Motors Group fell. Kestrel plans cuts.'));
  assert.equal(rows[0]![2], rows[1]![2]);
  assert.deepEqual(rows.map(([, label]) => label), ['ORG', 'ORG']);
});
