import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split.js';

const texts = (text: string, dateline?: { start: number; end: number }) => splitSentences(text, dateline).map((s) => text.slice(s.start, s.end));

test('abbreviations do not end a sentence', () => {
  const rows: [string, string[]][] = [
    ['Mr. Dorin Valek arrived. He left.', ['Mr. Dorin Valek arrived.', 'He left.']],
    ['The U.S. envoy spoke at 3 p.m. on Friday. Talks resumed.', ['The U.S. envoy spoke at 3 p.m. on Friday.', 'Talks resumed.']],
    ['Gen. Arlo Brandt of the State Dept. met them. They agreed.', ['Gen. Arlo Brandt of the State Dept. met them.', 'They agreed.']],
    ['“We agreed,” he said. “Did you?” She nodded.', ['“We agreed,” he said.', '“Did you?”', 'She nodded.']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(texts(text), expected, text);
});

test('a headline is never joined to the next line, and offsets point into the text', () => {
  const text = 'Envoys Meet in Varnholt\nTalks between the two sides began on Monday. Both delegations attended.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => [s.start, s.end]), [[0, 23], [24, 68], [69, 95]]);
  assert.equal(text.slice(sentences[1]!.tokens[0]!.start, sentences[1]!.tokens[0]!.end), 'Talks');
  for (const s of sentences) for (const t of s.tokens) assert.ok(t.start >= s.start && t.end <= s.end);
});

test('a dateline becomes its own sentence', () => {
  const text = 'KESTRAVA: The council voted on Tuesday.';
  const sentences = splitSentences(text, { start: 0, end: 9 });
  assert.deepEqual(sentences.map((s) => [s.start, s.end, s.dateline ?? false]), [[0, 9, true], [10, 39, false]]);
  assert.deepEqual(texts(text, { start: 0, end: 9 }), ['KESTRAVA:', 'The council voted on Tuesday.']);
});

test('tokens carry part-of-speech tags and UTF-16 offsets past emoji and non-Latin text', () => {
  const text = 'Talks 🤝 in İstanbul ended. وزیر نے کہا۔ Ирина Волкова spoke.';
  const tokens = splitSentences(text).flatMap((s) => s.tokens);
  // wink splits "İstanbul" after its dotted capital; the entity stage reads words itself for that reason.
  const ended = tokens.find((t) => text.slice(t.start, t.end) === 'ended');
  assert.equal(ended?.start, 21, '"Talks " (6) + emoji (2 code units) + " in İstanbul " (13)');
  assert.equal(ended?.pos, 'VERB');
  assert.ok(tokens.some((t) => text.slice(t.start, t.end) === 'Волкова'));
});

test('empty and blank texts give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('\n\n  \n'), []);
});

test('a decimal after a hyphen does not end a sentence', () => {
  const text = 'The magnitude-6.1 quake struck at dawn. A second, magnitude 6.4 shock followed.';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['The magnitude-6.1 quake struck at dawn.', 'A second, magnitude 6.4 shock followed.']);
});
