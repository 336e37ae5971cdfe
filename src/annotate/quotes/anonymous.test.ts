import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

const rows: [string, string, boolean, string][] = [
  ['sources said', 'Sources said the delegation had returned.', true, 'Sources'],
  ['officials said', 'Ukrainian officials said the border was calm.', true, 'Ukrainian officials'],
  ['according to people familiar', 'According to people familiar with the matter, the deal is off.', true, 'people familiar with the matter'],
  ['condition of anonymity', 'A senior official said on condition of anonymity that talks stalled.', true, 'A senior official'],
  ['sources close to the talks told', 'Sources close to the talks told reporters that the cabinet decided.', true, 'Sources close to the talks'],
  ['a named spokesperson is not anonymous', 'Foreign Office spokesperson Tahira Baig said the talks ended.', false, 'Foreign Office spokesperson Tahira Baig'],
  ['an institution is not anonymous', 'The ministry said the talks ended.', false, 'The ministry'],
];

for (const [name, text, anonymous, mention] of rows) {
  test(`anonymous: ${name}`, () => {
    const [q] = annotateQuotes(new Doc({ id: 't', source: 't', text }));
    const a = q!.attrs as unknown as QuoteAttrs;
    assert.equal(a.anonymous, anonymous);
    assert.equal(a.mentionText, mention);
    assert.equal(a.mention!.start, text.indexOf(mention));
    if (anonymous) {
      assert.equal(a.speaker, null);
      assert.equal(a.speakerText, null);
    }
  });
}

test('anonymous: never guessed, even with a person just before', () => {
  const text = 'Minister Sara Malik left early. Officials said the vote was delayed.';
  const [q] = annotateQuotes(new Doc({ id: 't', source: 't', text }));
  const a = q!.attrs as unknown as QuoteAttrs;
  assert.deepEqual([a.anonymous, a.speaker, a.speakerEntity], [true, null, undefined]);
});
