import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import { inferPublished, periodBounds, type InferredPublished } from './infer.js';
import { inferStoryPublished, publishedInferenceStage } from './story.js';

const doc = (id: string, text: string, published?: string) => new Doc({ id, source: `${id}.txt`, text, meta: published ? { published } : {} });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function bounds(result: InferredPublished): { first: string; last: string } {
  assert.ok(result.value, 'a value');
  const b = periodBounds(result.value);
  assert.ok(b, `readable value ${result.value}`);
  const f = (d: { y: number; m: number; d: number }) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  return { first: f(b.first), last: f(b.last) };
}

test('the latest past date is a lower bound and no exact day is claimed from it', () => {
  const d = doc('a', 'The attack on October 12, 2025 killed six. On Wednesday the minister spoke of the talks held on Monday.');
  const result = inferPublished(d);
  assert.doesNotMatch(result.value!, DAY);
  const { first, last } = bounds(result);
  assert.ok(first >= '2025-10-12', `starts ${first}`);
  assert.ok(last <= '2025-12-31', `ends ${last}`);
  assert.ok(result.confidence >= 0.8 && result.confidence <= 1);
  const attack = result.evidence.find((e) => e.text === 'October 12, 2025');
  assert.ok(attack);
  assert.equal(d.text.slice(attack.start, attack.end), 'October 12, 2025');
});

test('a dated sibling of the same story narrows an undated report to days around it', () => {
  const undated = doc('b', 'Talks ended without agreement late on Tuesday after four days in Istanbul.');
  const sibling = doc('c', 'Talks collapsed.', '2025-10-29T09:00:00+05:00');
  const result = inferPublished(undated, [sibling]);
  const { first, last } = bounds(result);
  assert.ok(first >= '2025-10-15' && last <= '2025-11-12', `${first}/${last}`);
  assert.ok(result.evidence.some((e) => e.doc === 'c'));
});

test('a weekday naming the same day as a date, plus an upper bound, fixes the year', () => {
  const d = doc('d', 'The ministry announced on Friday that the round, held on November 7, had failed. Attacks have grown since August 2021.');
  const result = inferPublished(d, [], { now: '2026-11-22' });
  // 7 November fell on a Friday in 2025 only, between August 2021 and the upper bound.
  const alone = inferStoryPublished([d, doc('e', 'Officials met on Thursday.', '2025-11-08')]).get('d')!;
  const { first, last } = bounds(alone);
  assert.ok(first >= '2025-11-01' && last <= '2025-11-30', `${first}/${last}`);
  assert.ok(result.value, 'some period, however wide');
});

test('dates the sentence puts in the future are not lower bounds', () => {
  const d = doc('f', 'The summit will be held on May 3, 2027, officials said on Monday.');
  const result = inferPublished(d, [doc('g', 'x', '2026-03-12')]);
  const { last } = bounds(result);
  assert.ok(last < '2027-01-01', `ends ${last}`);
});

test('no time expression, or a whole story without dates: no value, no crash', () => {
  const none = inferPublished(doc('h', 'The minister spoke to reporters about trade and security.'));
  assert.deepEqual(none, { value: undefined, confidence: 0, evidence: [] });
  const story = [doc('i', 'Talks failed on Tuesday.'), doc('j', 'Officials said talks had failed.'), doc('k', '')];
  const results = inferStoryPublished(story);
  assert.equal(results.size, 3);
  for (const r of results.values()) {
    assert.equal(r.value, undefined);
    assert.equal(r.confidence, 0);
  }
});

test('impossible and two-digit dates do not crash inference or invent a day', () => {
  const d = doc('l', 'The deal of February 30 was signed on Jan 5, 98, and revised on 31/31/2024.');
  const result = inferPublished(d);
  if (result.value) assert.doesNotMatch(result.value, DAY);
  assert.ok(result.confidence >= 0 && result.confidence <= 1);
});

test('the corpus stage dates each undated article of a story and leaves metadata alone', async () => {
  const stories: CorpusStage = {
    name: 'stories',
    scope: 'corpus',
    requires: ['text'],
    assigns: ['corpus:stories'],
    create: () => (corpus) => void corpus.results.set('corpus:stories', { stories: [{ articles: ['m', 'n'] }, { articles: ['o'] }] }),
  };
  const m = doc('m', 'Talks ended late on Tuesday.');
  const n = doc('n', 'Talks ended.', '2025-10-29');
  const o = doc('o', 'A minister spoke of trade.');
  const { corpus, messages } = (await buildPipeline([stories, publishedInferenceStage])).run([m, n, o]);
  assert.deepEqual(messages, []);
  const result = corpus.results.get('corpus:inferredPublished') as Record<string, InferredPublished>;
  assert.deepEqual(Object.keys(result).sort(), ['m', 'o']);
  assert.equal(n.meta.published, '2025-10-29');
  assert.equal(m.meta.published, undefined);
  const { first, last } = bounds(result.m!);
  assert.ok(first >= '2025-10-15' && last <= '2025-11-12', `${first}/${last}`);
  assert.equal(result.o!.value, undefined);
});
