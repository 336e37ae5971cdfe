// The learned cue classifier of PolNeAR mode (cue-model.ts) and the same-paragraph merge of one speaker's quotes.
// Invented sentences; hand-made models, so that the tests do not depend on the weights learned from PolNeAR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFeatures, cueProbability, type CueModel } from './cue-model.js';
import { lexicon } from './lexicon.js';
import { tokenize } from './text.js';
import { at, quotesIn } from './test-helpers.js';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

const lex = lexicon(true, { cueModel: null });
const features = (text: string, word: string, afterCue = false) => {
  const tokens = tokenize(text);
  return cueFeatures(tokens, tokens.findIndex((t) => t.text === word), lex, afterCue);
};

test('cueFeatures: a WordNet verb after a source phrase is a candidate, with its source, lemma, class and next slot', () => {
  const f = features('He doodled that the tolls would fall.', 'doodled')!;
  for (const x of ['lemma=doodle', 'class=36', 'infl=ed', 'next=that', 'source=pronoun:he', 'between=none', 'sourceStart=first']) assert.ok(f.includes(x), x);
  const g = features('Ana Reyes has quietly doodled: the tolls fall.', 'doodled')!;
  for (const x of ['source=name', 'between=has+adv', 'next=colon']) assert.ok(g.includes(x), x);
});

test('cueFeatures: no candidate without a source before it, for a capitalised word, or for a word that is no verb', () => {
  assert.equal(features('The tolls doodled on.', 'doodled'), null, 'no source phrase ends before it');
  assert.equal(features('He Scribbled that it fell.', 'Scribbled'), null);
  assert.equal(features('He quickly that it fell.', 'quickly'), null);
});

test('cueFeatures: a verb after "but" shares the subject of an earlier cue only when one stands before it', () => {
  const text = 'The tolls rose but doodled notes fell.';
  assert.equal(features(text, 'doodled'), null);
  assert.ok(features(text, 'doodled', true)!.includes('source=conjoined:but'));
});

test('cueProbability: the logistic of the bias plus the weights of the features present', () => {
  const model: CueModel = { bias: -1, threshold: 0.5, weights: { a: 2, b: 0.5 } };
  assert.equal(cueProbability(model, []), 1 / (1 + Math.exp(1)));
  assert.equal(cueProbability(model, ['a', 'b', 'unknown']), 1 / (1 + Math.exp(-1.5)));
});

test('a word the model rates a cue gives an indirect attribution in PolNeAR mode only', () => {
  const text = 'Ana Reyes doodled that the tolls would fall.';
  const model: CueModel = { bias: -3, threshold: 0.5, weights: { 'lemma=doodle': 5 } };
  const run = (attitudes: boolean, cueModel: CueModel | null) => annotateQuotes(new Doc({ id: 't', source: 'test', text }), { attitudes, cueModel });
  const [q, ...rest] = run(true, model);
  assert.equal(rest.length, 0);
  const a = q!.attrs as unknown as QuoteAttrs;
  assert.deepEqual([q!.label, a.cueText, a.mentionText, a.mention?.start, q!.start, q!.end], ['indirect', 'doodled', 'Ana Reyes', 0, at(text, 'the tolls'), text.length - 1]);
  assert.equal(run(true, { ...model, threshold: 0.99 }).length, 0, 'below the threshold');
  assert.equal(run(true, null).length, 0, 'no model');
  assert.equal(run(false, model).length, 0, 'default mode reads no learned cue');
});

test('PolNeAR mode: one speaker’s quotes that follow each other in a paragraph are one attribution', () => {
  const text = '“The tolls will fall,” Ana Reyes said. “They have to fall.” “Nobody pays them now.”\n\n“Nobody cares,” he said.';
  const polnear = quotesIn(text, true);
  assert.deepEqual(polnear.map((q) => [q.start, q.end, q.parts, q.mention]), [[1, at(text, '”\n'), 3, 'Ana Reyes'], [at(text, 'Nobody cares'), at(text, ',” he'), 1, 'he']]);
  // the default keeps the third quote apart: readers are shown each quote with its own attribution
  assert.deepEqual(quotesIn(text).map((q) => [q.start, q.parts]), [[1, 2], [at(text, 'Nobody pays'), 1], [at(text, 'Nobody cares'), 1]]);
});
