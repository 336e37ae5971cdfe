import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { sentencesStage } from './stage.js';
import { readSentences, readTokens } from './tokens.js';

test('the stage assigns sentences and packed tokens that unpack to the same offsets', async () => {
  const text = 'MORVALE (Tidewire): Mr. Ilse Carrow said the vote failed.\n\nShe will appeal.';
  const doc = new Doc({ id: 'd', source: 'd.txt', text, meta: { dateline: { place: 'MORVALE', agency: 'Tidewire', start: 0, end: 19 } } });
  const run = await sentencesStage.create({} as never);
  run(doc, { report: () => {} });
  assert.deepEqual(doc.layer('sentences').map((s) => [doc.slice(s), s.label]), [
    ['MORVALE (Tidewire):', 'dateline'],
    ['Mr. Ilse Carrow said the vote failed.', 'sentence'],
    ['She will appeal.', 'sentence'],
  ]);
  const tokens = readTokens(doc);
  assert.deepEqual(tokens.slice(0, 5).map((t) => doc.slice(t)), ['MORVALE', '(', 'Tidewire', ')', ':']);
  const carrow = tokens.find((t) => doc.slice(t) === 'Carrow')!;
  assert.equal(carrow.start, text.indexOf('Carrow'));
  assert.equal(readSentences(doc)[1]!.tokens.length, 8);
  // The packed layer survives a JSON round trip.
  const copy = Doc.fromJSON(JSON.parse(JSON.stringify(doc)));
  assert.deepEqual(readTokens(copy), tokens);
});

test("a read sentence's tagAt gives the tag of the token starting at an offset, without unpacking", async () => {
  const text = 'Kael Orsk met the mayor of Port Elma on Tuesday. The talks, he said, went well.';
  const doc = new Doc({ id: 'd', source: 'd.txt', text });
  const run = await sentencesStage.create({} as never);
  run(doc, { report: () => {} });
  const sentences = readSentences(doc);
  assert.equal(sentences.length, 2);
  for (const sentence of sentences) {
    for (const t of sentence.tokens) assert.equal(sentence.tagAt(t.start), t.pos, doc.slice(t));
    // Inside a token, between tokens and outside the sentence: no token starts there.
    assert.equal(sentence.tagAt(sentence.tokens[0]!.start + 1), undefined);
    assert.equal(sentence.tagAt(sentence.end + 100), undefined);
  }
  assert.equal(sentences[0]!.tagAt(text.indexOf('Orsk')), 'PROPN');
  assert.equal(sentences[1]!.tagAt(text.indexOf(',')), 'PUNCT');
});
