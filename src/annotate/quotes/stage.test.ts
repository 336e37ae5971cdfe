import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import type { QuoteAttrs } from './quotes.js';
import { quoteGroupsStage, quotesStage } from './stage.js';
import type { QuoteGroup } from './variants.js';

test('stages: quotes then quote groups in a pipeline', async () => {
  const pipeline = await buildPipeline([quotesStage, quoteGroupsStage]);
  const docs = [
    new Doc({ id: 'a', source: 'a.txt', text: '“We will rebuild the bridge by spring,” Mayor Ines Costa said.' }),
    new Doc({ id: 'b', source: 'b.txt', text: 'Mayor Ines Costa said the town “will rebuild the bridge by spring”.' }),
  ];
  const { corpus, messages } = pipeline.run(docs);
  assert.deepEqual(messages, []);
  const q = docs[0]!.layer('quotes')[0]!;
  assert.deepEqual([q.label, q.start, q.end, q.id], ['direct', 1, 37, 'q1']);
  assert.equal((q.attrs as unknown as QuoteAttrs).speakerText, 'Ines Costa');
  const groups = corpus.results.get('corpus:quoteGroups') as QuoteGroup[];
  const shared = groups.find((g) => new Set(g.quotes.map((r) => r.article)).size === 2);
  assert.ok(shared, 'the two renderings are grouped');
});

test('stages: options are checked when the pipeline is built', async () => {
  await assert.rejects(buildPipeline([quotesStage], { quotes: { attitudes: 'yes' } }), /attitudes must be true or false/);
  await assert.rejects(buildPipeline([quotesStage, quoteGroupsStage], { 'quote-groups': { threshold: 2 } }), /threshold must be a number/);
});

test('stages: quotesStage declares what it needs and adds', () => {
  assert.deepEqual([quotesStage.requires, quotesStage.assigns], [['text'], ['layer:quotes']]);
  assert.deepEqual([quoteGroupsStage.requires, quoteGroupsStage.assigns], [['layer:quotes'], ['corpus:quoteGroups']]);
});
