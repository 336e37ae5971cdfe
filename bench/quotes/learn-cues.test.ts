import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countCues, selectCues } from './learn-cues.js';

// invented sentences: "vowed" is a gold cue both times it occurs, "said" once of twice, "the" never
const text = 'Varga vowed to stay. Okafor vowed to go. Lind said no. The said plan failed.';
const items = [{ text, gold: [{ cue: { start: 6, end: 11 } }, { cue: { start: 28, end: 33 } }, { cue: { start: 46, end: 50 } }] }];

test('countCues: [times inside a gold cue, times in the text] per lower-case form', () => {
  const counts = countCues(items);
  assert.deepEqual(counts.get('vowed'), [2, 2]);
  assert.deepEqual(counts.get('said'), [1, 2]);
  assert.deepEqual(counts.get('the'), [0, 1]);
});

test('selectCues: support and share thresholds, most frequent cue first', () => {
  const counts = countCues(items);
  assert.deepEqual(selectCues(counts, 1, 0.5).map(([form]) => form), ['vowed', 'said']);
  assert.deepEqual(selectCues(counts, 2, 0.5).map(([form]) => form), ['vowed']);
  assert.deepEqual(selectCues(counts, 1, 0.6).map(([form]) => form), ['vowed']);
});
