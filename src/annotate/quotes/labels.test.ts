import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

function run(text: string) {
  const doc = new Doc({ id: 't', source: 't', text });
  return annotateQuotes(doc).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return [s.label, s.start, doc.slice(s), a.mentionText, a.cueText, a.partial ?? false] as const;
  });
}

test('labels: a transcript names its speakers in capitals', () => {
  const text = 'Partial transcript:\n\n"HOST: Will you run again?\n\n"MAYOR: Yes, I will run.';
  assert.deepEqual(run(text), [
    ['indirect', 28, 'Will you run again?', 'HOST', ':', false],
    ['indirect', 57, 'Yes, I will run.', 'MAYOR', ':', false],
  ]);
});

test('labels: a single capitalised place with a colon is a dateline, not a speaker', () => {
  assert.deepEqual(run('KARACHI: Prices rose on Monday.'), []);
});

test('labels: a headline "Name: ‘…’" attributes the rest of the line, the quote inside is partial', () => {
  const text = 'Okafor: Budget Is ‘Dead on Arrival’\n\nBody text here.';
  const got = run(text);
  assert.deepEqual(got[0], ['indirect', 8, 'Budget Is ‘Dead on Arrival’', 'Okafor', ':', false]);
  assert.deepEqual(got[1], ['direct', 19, 'Dead on Arrival', 'Okafor', ':', true]);
});

test('labels: "Note:" and similar heads are not speakers', () => {
  assert.deepEqual(run('Note: the figures are provisional.'), []);
});

test('labels: a column or a title ("The Latest: …") and a tally ("Reyes: 1,204.") are not speakers', () => {
  assert.deepEqual(run('The Latest: Port strike enters its third week.\n\nBody text here.'), []);
  assert.deepEqual(run('Delegates so far.\n\nReyes: 1,204.\n\nVarga: 988.'), []);
});
