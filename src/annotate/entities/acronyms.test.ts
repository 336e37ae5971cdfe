import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredAliases, initialsMatch } from './acronyms.js';
import type { Mention } from './mentions.js';
import { annotated, mentionsOf } from './test-helpers.js';

test('an acronym in brackets, "also referred to as" and "known as" join their names', () => {
  const text = 'They met the Valdor Liberation Front (VLF) — also referred to as Fitna Example — and the Morr Unity Army (MUA), known as Fitna Other. The VLF denied it.';
  const doc = annotated(text);
  const rows = mentionsOf(doc);
  const entityOf = (name: string) => rows.find(([t]) => t === name)![2];
  assert.equal(entityOf('VLF'), entityOf('Valdor Liberation Front'));
  assert.equal(entityOf('Fitna Example'), entityOf('Valdor Liberation Front'));
  assert.equal(entityOf('Fitna Other'), entityOf('Morr Unity Army'));
  assert.notEqual(entityOf('Fitna Other'), entityOf('Fitna Example'));
  assert.ok(rows.filter(([t]) => t === 'VLF').every(([, label]) => label === 'ORG'));
  const declared = doc.layer('entities').find((m) => doc.slice(m) === 'Fitna Example')!;
  assert.match(String(declared.attrs?.joinedBy), /also referred to as/);
});

test('a name before a bracketed acronym that does not spell it is still an alias the text declares', () => {
  const rows = mentionsOf(annotated('Attacks by Fitna Other (MUA) rose. The MUA denied it.'));
  assert.equal(new Set(rows.map(([, , e]) => e)).size, 1);
});

test('a place before a bracket is not renamed by it', () => {
  const rows = mentionsOf(annotated('They met in Doha (Tidewire Report) on Friday.'));
  assert.notEqual(rows[0]![2], rows[1]![2]);
});

test('initials', () => {
  assert.equal(initialsMatch('VLF', 'Valdor Liberation Front'), true);
  assert.equal(initialsMatch('TTP', 'Tehreek-e-Taliban Pakistan'), true);
  assert.equal(initialsMatch('XYZ', 'Valdor Liberation Front'), false);
});

test('the agency credit in a dateline is not an alias of the dateline place', () => {
  const text = 'PORT ELMA (Harbour Wire) -- The quake struck at dawn.';
  const mentions: Mention[] = [
    { start: 0, end: 9, type: 'PLACE', form: 'name', evidence: 'strong', dateline: true },
    { start: 11, end: 23, type: 'ORG', form: 'name', evidence: 'strong', dateline: true },
  ];
  assert.deepEqual(declaredAliases(text, mentions), []);
});
