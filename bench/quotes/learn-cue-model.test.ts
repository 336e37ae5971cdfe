import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fit } from './learn-cue-model.js';
import { verbClasses } from './verb-classes.js';
import { cueProbability } from '../../src/annotate/quotes/cue-model.js';

test('fit: learns a feature that marks the positives, and gives no weight to one seen too rarely', () => {
  const examples = [
    ...Array.from({ length: 30 }, () => ({ features: ['next=that', 'common'], label: true })),
    ...Array.from({ length: 60 }, () => ({ features: ['next=det', 'common'], label: false })),
    { features: ['rare', 'next=det'], label: true },
  ];
  const model = { ...fit(examples), threshold: 0.5 };
  assert.ok(cueProbability(model, ['next=that', 'common']) > 0.8);
  assert.ok(cueProbability(model, ['next=det', 'common']) < 0.2);
  assert.equal(model.weights.rare, undefined);
});

test('verbClasses: each single-word lemma with the lexicographer file of its first sense', () => {
  // invented lines in WordNet's layout: offset, lexfile, …; lemma, pos, synset count, pointer count, pointers, counts, offsets
  const data = '  header line\n00000010 32 v 01 quibble 0 000 | argue\n00000020 35 v 01 quibble 0 000 | hit\n';
  const index = '  header\nquibble v 2 1 @ 2 0 00000010 00000020\nbring_up v 1 0 1 0 00000020\n';
  assert.deepEqual([...verbClasses(data, index)], [['quibble', 32]]);
});
