import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from './lexicon.js';
import { fold } from './normalise.js';

test('country variants, diacritics and demonyms come from the gazetteer', () => {
  const { gazetteer } = loadLexicon();
  const id = (form: string) => gazetteer.get(fold(form))?.id;
  assert.equal(id('Türkiye'), 'TUR');
  assert.equal(id('Turkiye'), 'TUR');
  assert.equal(id('Turkey'), 'TUR');
  assert.equal(gazetteer.get(fold('Turkish'))?.type, 'OTHER');
  assert.equal(gazetteer.get(fold('Pakistan'))?.kind, 'country');
  assert.equal(gazetteer.get(fold('Islamabad'))?.type, 'PLACE');
  assert.notEqual(id('Balochistan'), id('Pakistan'), 'a province is not its country');
  assert.equal(gazetteer.get(fold('United Nations'))?.id, gazetteer.get(fold('UN'))?.id);
});
