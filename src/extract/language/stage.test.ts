import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { languageStage } from './stage.js';

const pipeline = await buildPipeline([languageStage]);

test('sets the language and its confidence when the text is long enough', () => {
  const doc = new Doc({ id: 'a', source: 'a.txt', text: 'Le conseil municipal a voté mercredi soir le nouveau budget de la ville pour l’année prochaine.' });
  const { messages } = pipeline.run([doc]);
  assert.deepEqual(messages, []);
  assert.equal(doc.meta.language, 'fr');
  assert.ok(doc.meta.languageConfidence! > 0.8);
  assert.equal(doc.meta.provenance?.language, 'text:fasttext-lid176');
});

test('a short text leaves the language unset, or as the page declared it', () => {
  const bare = new Doc({ id: 'b', source: 'b.txt', text: 'Hallo Welt' });
  const declared = new Doc({ id: 'c', source: 'c.html', text: 'Hallo Welt', meta: { language: 'de', provenance: { language: 'html:lang' } } });
  pipeline.run([bare, declared]);
  assert.equal(bare.meta.language, undefined);
  assert.equal(bare.meta.languageConfidence, undefined);
  assert.equal(declared.meta.language, 'de');
  assert.equal(declared.meta.provenance?.language, 'html:lang');
});

test('the headline counts towards the length of a short body', () => {
  const doc = new Doc({ id: 'e', source: 'e.txt', text: 'Die Fähre fährt wieder.', meta: { title: 'Hafenbehörde meldet das Ende des Streiks im Hafen' } });
  pipeline.run([doc]);
  assert.equal(doc.meta.language, 'de');
});

test('a confident guess from the text replaces a wrong declared language', () => {
  const doc = new Doc({
    id: 'd',
    source: 'd.html',
    text: 'Hükümet, yeni liman düzenlemelerinin temmuz ayından itibaren yürürlüğe gireceğini açıkladı.',
    meta: { language: 'en' },
  });
  pipeline.run([doc]);
  assert.equal(doc.meta.language, 'tr');
});

test('bad options are refused when the pipeline is built', async () => {
  await assert.rejects(buildPipeline([languageStage], { language: { minConfidence: 2 } }), /minConfidence/);
});
