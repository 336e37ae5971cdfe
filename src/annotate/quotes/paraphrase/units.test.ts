import { test } from 'node:test';
import assert from 'node:assert/strict';
import { match, units } from './units.js';
import { loadSenses } from './wordnet.js';

const senses = loadSenses();

test('units: WordNet phrases before words, inflected forms lemmatised, stop words dropped', () => {
  assert.deepEqual(units('The talks thus failed to bring about any workable plan', senses).map((u) => u.lemmas[0]), ['talks', 'failed', 'bring_about', 'workable', 'plan']);
  // the verb of a phrase is inflected: "brought about" is read as "bring about"
  assert.deepEqual(units('They brought about change', senses).map((u) => u.lemmas[0]), ['bring_about', 'change']);
  assert.ok(units('Prices rose', senses)[1]!.lemmas.includes('rise'));
  assert.deepEqual(units('We stood by them', null).map((u) => u.stem), ['stood']);
});

test('units: a negator marks every word of its clause, up to a comma or "and"', () => {
  const us = units("We should have warned them, and I regret that we didn't", senses);
  assert.deepEqual(us.map((u) => [u.lemmas[0], u.negated]), [['warned', false], ['regret', true]]);
  assert.deepEqual(units('Neither side agreed to meet', senses).map((u) => u.negated), [true, true, true, true]);
});

test('match: same lemma 1, synonym the weight given, else 0', () => {
  const [put] = units('postpone', senses);
  const [puts] = units('postponed', senses);
  const [defer] = units('defer', senses);
  const [rain] = units('rain', senses);
  assert.equal(match(put!, puts!, 0.8), 1);
  assert.equal(match(put!, defer!, 0.8), 0.8);
  assert.equal(match(put!, rain!, 0.8), 0);
});
