import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { dedupeStage } from '../dedupe/stage.js';
import { eventsStage, storiesStage } from './stages.js';
import type { Grouping } from './stories.js';
import { EVENTS, fixtureDocs } from './fixtures.js';

test('dedupe → stories → events fill the corpus results with plain JSON', async () => {
  const pipeline = await buildPipeline([dedupeStage, storiesStage, eventsStage]);
  const docs = fixtureDocs();
  const port1 = docs.find((d) => d.id === 'port-1')!;
  const reprint = new Doc({ id: 'port-1-reprint', source: 'r.txt', text: `${port1.text} Reporting by staff.`, meta: { title: 'Strike at Velmora', published: '2025-03-04T12:00:00Z' } });
  const { corpus, messages } = pipeline.run([...docs, reprint]);
  assert.deepEqual(messages, []);
  const stories = corpus.results.get('corpus:stories') as Grouping;
  const events = corpus.results.get('corpus:events') as Grouping;
  assert.equal(stories.articles['port-1-reprint']?.duplicateOf, 'port-1');
  assert.equal(stories.articles['port-1-reprint']?.story, stories.articles['port-1']?.story);
  assert.deepEqual(stories.stories.find((s) => s.articles.includes('port-1'))?.events, [], 'the stories stage leaves events to the events stage');
  const port = events.stories.find((s) => s.articles.includes('port-1'))!;
  assert.deepEqual(port.events.map((e) => e.articles), [[...EVENTS.port[0]!.slice(0, 1), 'port-1-reprint', ...EVENTS.port[0]!.slice(1)], EVENTS.port[1]]);
  assert.equal(events.articles['port-1-reprint']?.event, events.articles['port-1']?.event);
  assert.equal(events.articles['port-4']?.event, port.events[1]!.id);
  assert.deepEqual(JSON.parse(JSON.stringify(events)), events);
});

test('a story whose articles carry no dates at all gets an info message; empty articles a warning', async () => {
  const pipeline = await buildPipeline([dedupeStage, storiesStage, eventsStage]);
  const docs = [...fixtureDocs({ dates: false }).filter((d) => d.id.startsWith('bank')), new Doc({ id: 'blank', source: 'blank.txt', text: '' })];
  const { corpus, messages } = pipeline.run(docs);
  assert.deepEqual(messages.map((m) => [m.code, m.severity]), [['group-no-text', 'warning'], ['group-no-dates', 'info']]);
  const events = corpus.results.get('corpus:events') as Grouping;
  assert.equal(events.stories.length, 2);
  assert.ok(events.articles.blank?.event);
});
