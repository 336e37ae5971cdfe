import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflect, selectForms } from './wordnet-cues.js';
import { quotesIn } from '../../src/annotate/quotes/test-helpers.js';

test('inflect: regular forms, with the spelling rules for -y, -e and sibilants', () => {
  assert.deepEqual(inflect('intimate'), ['intimate', 'intimates', 'intimated', 'intimating']);
  assert.deepEqual(inflect('decry'), ['decry', 'decries', 'decried', 'decrying']);
  assert.deepEqual(inflect('preach'), ['preach', 'preaches', 'preached', 'preaching']);
  assert.deepEqual(inflect('opine'), ['opine', 'opines', 'opined', 'opining']);
});

test('selectForms: listed forms and forms that train shows are seldom cues are left out; unseen ones stay', () => {
  const counts = new Map<string, [number, number]>([['interviews', [1, 40]], ['opined', [3, 4]]]);
  const kept = selectForms(['opine', 'interview'], (f) => f === 'opines', counts);
  assert.deepEqual(kept, ['interview', 'interviewed', 'interviewing', 'opine', 'opined', 'opining']);
});

test('the WordNet verbs are cues in attitude mode only', () => {
  const text = 'Ana Reyes has intimated that the tolls will fall.';
  assert.equal(quotesIn(text).length, 0);
  const [q] = quotesIn(text, true);
  assert.deepEqual([q!.cue, q!.mention, q!.start], ['intimated', 'Ana Reyes', text.indexOf('the tolls')]);
});
