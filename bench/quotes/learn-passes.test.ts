// The example builders of the learners of PolNeAR mode's recall pass and segmentation pass, on an invented article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examplesOf as recallExamples } from './learn-recall-model.js';
import { examplesOf as mergeExamples } from './learn-merge-model.js';

const text = 'Mayor Ana Reyes was quick to embrace the plan. Reyes said the port would close, and she argued the tolls were high.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

test('learn-recall-model: words outside the rules\' attributions are candidates; those in a missed gold cue are positives', () => {
  const gold = [{ source: at('Mayor Ana Reyes'), cue: at('was quick to embrace'), content: at('the plan') }];
  const examples = recallExamples({ name: 't', text, gold });
  const positives = examples.filter((e) => e.label).map((e) => e.features.find((f) => f.startsWith('w='))).sort();
  assert.deepEqual(positives, ['w=embrace', 'w=quick']);
  // "said" and "argued" are the rules' cues: no candidates
  assert.ok(!examples.some((e) => e.features.includes('w=said') || e.features.includes('w=argued')));
});

test('learn-merge-model: a neighbouring pair over one gold content is one attribution, over two gold contents two', () => {
  const one = [{ source: at('Reyes said'), cue: at('said'), content: at('the port would close, and she argued the tolls were high') }];
  assert.deepEqual(mergeExamples({ name: 't', text, gold: one }).map((e) => e.label), [true]);
  const two = [
    { source: at('Reyes said'), cue: at('said'), content: at('the port would close') },
    { source: at('she'), cue: at('argued'), content: at('the tolls were high') },
  ];
  assert.deepEqual(mergeExamples({ name: 't', text, gold: two }).map((e) => e.label), [false]);
  assert.deepEqual(mergeExamples({ name: 't', text, gold: [] }), [], 'a pair over no gold content says nothing');
});
