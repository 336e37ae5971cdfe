// PolNeAR mode's three learned passes over the rules' output: the recall pass (recall-model.ts), the filter
// (filter-model.ts) and the segmentation pass (merge-model.ts). Invented sentences; hand-made models, so that the
// tests do not depend on the weights learned from PolNeAR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { CueModel } from './cue-model.js';
import { filterFeatures, filtered, ruleOf } from './filter-model.js';
import { lexicon } from './lexicon.js';
import { mergeFeatures, merged } from './merge-model.js';
import { annotateQuotes, type QuoteAttrs, type QuoteOptions } from './quotes.js';
import { findLearned, occupiedBy, recallFeatures } from './recall-model.js';
import { tokenize } from './text.js';
import { at } from './test-helpers.js';

const model = (weights: Record<string, number>, threshold = 0.5): CueModel => ({ bias: -5, threshold, weights });
const none = { cueModel: null, recallModel: null, filterModel: null, mergeModel: null };
const spansOf = (text: string, options: QuoteOptions) => annotateQuotes(new Doc({ id: 't', source: 'test', text }), { attitudes: true, ...none, ...options });
const attrs = (s: Span) => s.attrs as unknown as QuoteAttrs;

test('recallFeatures: a word with its lemma, neighbours and the source before it; none for function words and numbers', () => {
  const lex = lexicon(true, none);
  const tokens = tokenize('Mayor Ana Reyes was quick to embrace the plan.');
  const f = recallFeatures(tokens, tokens.findIndex((t) => t.text === 'embrace'), lex, 0)!;
  for (const x of ['w=embrace', 'lemma=embrace', 'prev=to', 'next=the', 'nextSlot=det', 'found=false']) assert.ok(f.includes(x), x);
  assert.equal(recallFeatures(tokens, tokens.findIndex((t) => t.text === 'the'), lex, 0), null);
  assert.equal(recallFeatures(tokenize('It rose 40 points.'), 2, lex, 0), null);
});

test('recall pass: a word the model rates opens an attribution, with the nearest source in its clause and the rest of the clause', () => {
  const text = 'Mayor Ana Reyes was quick to embrace the plan for the harbour; the council was not.';
  const [q, ...rest] = spansOf(text, { recallModel: model({ 'w=embrace': 10 }) });
  assert.equal(rest.length, 0);
  assert.equal(attrs(q!).cueText, 'embrace');
  assert.equal(attrs(q!).mentionText, 'Mayor Ana Reyes');
  assert.equal(text.slice(q!.start, q!.end), 'the plan for the harbour');
  assert.match(attrs(q!).evidence, /recall model, p 0\.99/);
  assert.equal(spansOf(text, { recallModel: model({ 'w=embrace': 10 }, 1) }).length, 0, 'below the threshold nothing is read');
  assert.equal(spansOf(text, { recallModel: null }).length, 0);
});

test('recall pass: a cue at the end of its clause takes the clause before it as content', () => {
  const text = 'The harbour is losing money, a new survey has found.';
  const [q] = spansOf(text, { recallModel: model({ 'w=found': 10 }) }).filter((s) => attrs(s).cueText === 'found');
  assert.equal(text.slice(q!.start, q!.end), 'The harbour is losing money');
  assert.equal(attrs(q!).mentionText, 'a new survey');
});

test('recall pass: no word inside the rules\' attributions or inside quotation marks is read', () => {
  const text = 'Reyes said the council would embrace it. “We embrace nothing,” Roe said.';
  const lex = { ...lexicon(true, none), recallModel: model({ 'w=embrace': 10 }) };
  const rules = spansOf(text, {});
  const taken = occupiedBy(rules.map((s) => ({ ...attrs(s), start: s.start, end: s.end })));
  const quoted = [{ start: at(text, '“We'), end: at(text, 'Roe') }];
  assert.deepEqual(findLearned(text, { start: 0, end: text.length }, lex, taken, quoted), []);
  // without the rules' attributions and the marks, the same words would be read
  assert.equal(findLearned(text, { start: 0, end: text.length }, lex, { marks: [], contents: [] }, []).length, 2);
});

test('recall pass: off in the default (speech) mode and with the shipped models it keeps a bounded, sane output', () => {
  assert.equal(lexicon(false).recallModel, null);
  const text = `${'The tolls were said to embrace a new order. '.repeat(400)}`;
  const spans = annotateQuotes(new Doc({ id: 't', source: 'test', text }), { attitudes: true });
  assert.ok(spans.every((s) => s.end > s.start && s.end <= text.length));
});

test('ruleOf: the rule that fired, without the words it quotes or the model\'s probability', () => {
  assert.equal(ruleOf('source before cue "warned"; source names "Ana Reyes"'), 'source before cue "_"');
  assert.equal(ruleOf('learned cue "embrace" (recall model, p 0.93); no source'), 'learned cue "_" (recall model)');
});

test('filter: drops an attribution rated below the threshold, keeps the others and every partial quote', () => {
  const text = 'Reyes said the port would close. I said nothing, and Roe insisted the tolls were fair.';
  const all = spansOf(text, {});
  assert.ok(all.some((s) => attrs(s).mentionText === 'I'));
  assert.ok(filterFeatures(text, all[0]!, all).includes('rule=indirect source before cue "_"'));
  const kept = spansOf(text, { filterModel: model({}) });
  // bias -5 alone rates every attribution 0.007: only a weight lifts one over the threshold
  assert.equal(kept.length, 0);
  const liked = spansOf(text, { filterModel: { bias: 5, threshold: 0.5, weights: { 'source=i': -20 } } });
  assert.deepEqual(liked.map((s) => attrs(s).mentionText), ['Reyes', 'Roe']);
  assert.deepEqual(liked.map((s) => s.id), ['q1', 'q2'], 'ids are renumbered after the filter');
  assert.equal(filtered(text, all, null), all);
});

test('merge: two neighbouring attributions the model rates as one are joined; the first keeps its cue and source', () => {
  const text = 'Reyes said the port would close, and she argued the tolls were too high.\nRoe said nothing was decided.';
  const all = spansOf(text, {});
  assert.equal(all.length, 3);
  const f = mergeFeatures(text, all[0]!, all[1]!);
  assert.ok(f.includes('kinds=ii') && f.includes('sources=name+pronoun'), f.join(' '));
  const joined = spansOf(text, { mergeModel: { bias: 5, threshold: 0.5, weights: {} } });
  // the third stands after a line break: a new paragraph is never joined
  assert.equal(joined.length, 2);
  assert.equal(attrs(joined[0]!).cueText, 'said');
  assert.equal(text.slice(joined[0]!.start, joined[0]!.end), 'the port would close, and she argued the tolls were too high');
  assert.equal(attrs(joined[0]!).parts?.length, 2);
  assert.match(attrs(joined[0]!).evidence, /merge model/);
  assert.equal(merged(text, all, null), all);
});
