import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { sentencesStage } from '../sentences/index.js';
import { entitiesStage } from '../entities/index.js';
import { timesStage } from '../times/index.js';
import { eventsAnnotationStage, type ActionAttrs } from './stage.js';

const pipeline = await buildPipeline([sentencesStage, entitiesStage, timesStage, eventsAnnotationStage]);

function run(text: string, published?: string): Doc {
  const doc = new Doc({ id: 'd1', source: 'd1.txt', text, meta: published ? { published } : {} });
  const { corpus } = pipeline.run([doc]);
  return corpus.docs[0]!;
}

const attrsOf = (doc: Doc) => doc.layer('actions').map((s) => s.attrs as unknown as ActionAttrs);

test('an action links its actor and target to entity mentions and its time to the times layer', () => {
  const text = 'Varonia accused Teskár of shelling border posts on March 12.';
  const doc = run(text, '2026-03-14');
  const [a] = attrsOf(doc);
  assert.ok(a);
  assert.deepEqual(a.type, { code: '11', name: 'disapprove' });
  assert.equal(doc.slice(a.verb), 'accused');
  assert.equal(doc.slice(a.actor!), 'Varonia');
  assert.equal(doc.slice(a.target!), 'Teskár');
  const mention = doc.layer('entities').find((m) => m.start === a.actor!.start);
  assert.equal(a.actor!.entity, mention?.attrs?.entity);
  assert.deepEqual(a.time, { start: text.indexOf('March 12'), end: text.indexOf('March 12') + 8, value: '2026-03-12' });
  assert.equal(doc.layer('actions')[0]!.label, '11');
});

test('no publication date: a relative day gets no value, so the action has no time', () => {
  const doc = run('Varonia accused Teskár of shelling border posts on Monday.');
  assert.equal(attrsOf(doc)[0]?.time, null);
});

test('an impossible date is not turned into a time', () => {
  const doc = run('Varonia attacked Teskár on February 31, officials said.', '2026-03-14');
  for (const a of attrsOf(doc)) assert.ok(a.time === null || !a.time.value.includes('02-31'), JSON.stringify(a.time));
});

test('an article with no time expression and sentences with no entities: no crash, no times', () => {
  const doc = run('Prices rose sharply. Nobody knew why the shops had closed.\nIt rained.');
  assert.deepEqual(doc.layer('actions'), []);
});

test('a 5,000-sentence article finishes and keeps every span inside the text', () => {
  const line = 'Varonia accused Teskár of delay. The weather was mild.';
  const text = Array.from({ length: 2500 }, () => line).join('\n');
  const doc = run(text, '2026-03-14');
  assert.equal(doc.layer('sentences').length, 5000);
  assert.equal(doc.layer('actions').length, 2500);
  for (const s of doc.layer('actions')) assert.ok(s.end <= text.length);
});
