import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { sentencesStage } from '../sentences/stage.js';
import { entitiesStage } from './stage.js';
import { entityLinkStage } from './link-stage.js';
import type { Entity } from './link.js';

async function run(texts: string[]) {
  const pipeline = await buildPipeline([sentencesStage, entitiesStage, entityLinkStage]);
  const docs = texts.map((text, i) => new Doc({ id: `d${i}`, source: `d${i}.txt`, text }));
  const { corpus, messages } = pipeline.run(docs);
  return { docs, entities: corpus.results.get('corpus:entities') as Entity[], messages };
}

test('the stages run in a pipeline and label every mention with its type and entity', async () => {
  const { docs, entities, messages } = await run(['Defence Minister Kael Orsk arrived in Doha. Orsk met envoys.']);
  assert.deepEqual(messages, []);
  const spans = docs[0]!.layer('entities');
  assert.deepEqual(spans.map((s) => [docs[0]!.slice(s), s.label, s.attrs?.entity]), [
    ['Kael Orsk', 'PERSON', 'e1'],
    ['Doha', 'PLACE', 'e2'],
    ['Orsk', 'PERSON', 'e1'],
  ]);
  assert.equal(entities.length, 2);
});

test('bad input: capitals only, no capitals, a long list of names, non-Latin scripts', async () => {
  const given = ['Ilse', 'Kael', 'Rhea', 'Osric', 'Dela', 'Bram', 'Tova', 'Anselm', 'Mirela', 'Juno'];
  const family = ['Carrow', 'Orsk', 'Tollund', 'Pell', 'Mortane', 'Varga', 'Quist', 'Lindqvar', 'Sorrel', 'Haldane', 'Ferrant'];
  const names = Array.from({ length: 5000 }, (_, i) => `${given[i % 10]} ${String.fromCharCode(65 + (i % 26))}. ${family[i % 11]}`).join(', ');
  const texts = [
    'ENVOYS FROM QATAR AND TURKEY MET IN DOHA ON FRIDAY. THE MINISTER KAEL ORSK SAID TALKS FAILED.',
    'envoys from qatar and turkey met in doha on friday. the minister said talks failed.',
    names,
    'وزیر اطلاعات نے کہا کہ مذاکرات ناکام ہو گئے۔ Министр Кael сказал, что переговоры в Стамбуле провалились.',
  ];
  const started = performance.now();
  const { docs, entities, messages } = await run(texts);
  assert.deepEqual(messages, []);
  assert.deepEqual(docs[0]!.layer('entities').map((s) => docs[0]!.slice(s)), ['QATAR', 'TURKEY', 'DOHA']);
  assert.deepEqual(docs[1]!.layer('entities'), []);
  assert.ok(docs[2]!.layer('entities').length >= 4000, 'most listed names are found');
  for (const s of docs[3]!.layer('entities')) assert.ok(s.end <= docs[3]!.text.length);
  assert.ok(entities.length > 0);
  // Not a timing assertion: a guard against a quadratic blow-up that would take minutes.
  assert.ok(performance.now() - started < 60_000);
});
