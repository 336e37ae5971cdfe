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
