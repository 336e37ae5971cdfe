import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from './lexicon.js';
import { splitSentences, tokenize } from './text.js';

const rows: [string, string[]][] = [
  ['Mr. Khan spoke. He left.', ['Mr. Khan spoke.', 'He left.']],
  ['The U.S. envoy came at 3 p.m. on Monday.', ['The U.S. envoy came at 3 p.m. on Monday.']],
  ['“We are done.” Varga said so.', ['“We are done.”', 'Varga said so.']],
  ['Marta B. Olsen led. Talks ended!', ['Marta B. Olsen led.', 'Talks ended!']],
];

for (const [text, expected] of rows) {
  test(`splitSentences: ${text}`, () => {
    const got = splitSentences(text, { start: 0, end: text.length }, lexicon());
    assert.deepEqual(got.map((s) => text.slice(s.start, s.end)), expected);
  });
}

test('tokenize: words keep apostrophes and hyphens; offsets are UTF-16', () => {
  const text = 'Bulgaria’s cross-border 🎉 U.S. talks';
  assert.deepEqual(tokenize(text).map((t) => [t.text, t.start]), [['Bulgaria’s', 0], ['cross-border', 11], ['🎉', 24], ['U.S', 27], ['.', 30], ['talks', 32]]);
});
