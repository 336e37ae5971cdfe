import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { buildPipeline, checkOrder, PipelineError } from './pipeline.js';
import type { DocStage } from './stage.js';

const words: DocStage = {
  name: 'words',
  scope: 'doc',
  requires: ['text'],
  assigns: ['layer:words'],
  create: () => (doc) => doc.setLayer('words', [...doc.text.matchAll(/\w+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))),
};
const longWords: DocStage = {
  name: 'long-words',
  scope: 'doc',
  requires: ['layer:words'],
  assigns: ['layer:long-words'],
  create: () => (doc) => doc.setLayer('long-words', doc.layer('words').filter((s) => s.end - s.start > 4)),
};

test('a stage that needs a layer no earlier stage assigns is refused when the pipeline is built', () => {
  assert.throws(() => checkOrder([longWords, words]), (e: unknown) => e instanceof PipelineError && /long-words requires layer:words/.test(e.message));
  assert.doesNotThrow(() => checkOrder([words, longWords]));
});

test('stages run in order and a failing document is reported by stage and source, the rest go on', async () => {
  const boom: DocStage = {
    name: 'boom',
    scope: 'doc',
    requires: ['text'],
    assigns: [],
    create: () => (doc) => {
      if (doc.text.includes('bad')) throw new Error('cannot handle');
    },
  };
  const pipeline = await buildPipeline([words, boom, longWords]);
  const good = new Doc({ id: 'a', source: 'good.txt', text: 'Ministers gathered quietly' });
  const bad = new Doc({ id: 'b', source: 'bad.txt', text: 'a bad input' });
  const { messages } = pipeline.run([good, bad]);
  assert.deepEqual(good.layer('long-words').map((s) => good.slice(s)), ['Ministers', 'gathered', 'quietly']);
  assert.equal(bad.hasLayer('long-words'), false);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]?.code, 'stage-failed');
  assert.equal(messages[0]?.source, 'bad.txt');
  assert.match(messages[0]!.reason, /boom.*cannot handle/);
});
