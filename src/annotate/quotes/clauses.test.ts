import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

const run = (text: string) => {
  const doc = new Doc({ id: 'd', source: 'd.txt', text });
  return annotateQuotes(doc).map((q) => ({ q, a: q.attrs as unknown as QuoteAttrs, text: doc.slice(q) }));
};

test('"agreed to" reports an act, not a statement', () => {
  assert.deepEqual(run('Norland and Vesk have agreed to extend the truce by a month.'), []);
});

test('a time phrase after the cue is not the content: the clause before it is', () => {
  const text = 'The two towns will share the new bridge, the council announced late on Friday at the close of a long session.';
  const [hit, ...rest] = run(text);
  assert.equal(rest.length, 0);
  assert.deepEqual([hit!.q.start, hit!.q.end], [0, text.indexOf(', the council')]);
  assert.equal(hit!.a.mentionText, 'the council');
});

test('a "that" inside the reported clause is a relative pronoun, not the start of the content', () => {
  const text = 'Aides said Lund had opposed any wording that named the port.';
  const [hit] = run(text);
  assert.equal(hit!.q.start, text.indexOf('Lund had'));
  assert.equal(hit!.q.end, text.length - 1);
});

test('a source with a post-modifier keeps its head: "sources close to the Vesk delegation" is anonymous', () => {
  const text = 'Sources close to the Vesk delegation said Lund had walked out.';
  const [hit] = run(text);
  assert.equal(hit!.a.mentionText, 'Sources close to the Vesk delegation');
  assert.equal(hit!.a.anonymous, true);
  assert.equal(hit!.a.speaker, null);
});

test('“…,” one member of the delegation said: the whole subject is the source, and anonymous', () => {
  const [hit] = run('“The road is closed,” one member of the Vesk delegation said, speaking on condition of anonymity.');
  assert.equal(hit!.a.mentionText, 'one member of the Vesk delegation');
  assert.equal(hit!.a.anonymous, true);
});
