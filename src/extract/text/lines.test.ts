import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './lines.js';

test('splits on every line break kind and keeps trimmed raw offsets', () => {
  const raw = '\uFEFF  Title\r\nBody one\rBody two\u2028\t\u00A0 \nlast  ';
  const lines = splitLines(raw);
  assert.deepEqual(lines.map((l) => l.text), ['Title', 'Body one', 'Body two', '', 'last']);
  assert.deepEqual(lines.map((l) => l.number), [1, 2, 3, 4, 5]);
  for (const line of lines) assert.equal(raw.slice(line.start, line.end), line.text);
  assert.equal(lines[0]!.start, 3, 'the byte order mark and spaces are trimmed');
});

test('an empty input is one empty line', () => {
  assert.deepEqual(splitLines(''), [{ text: '', start: 0, end: 0, number: 1 }]);
});

test('a final line break leaves an empty last line', () => {
  assert.deepEqual(splitLines('a\n').map((l) => [l.text, l.start, l.end]), [['a', 0, 1], ['', 2, 2]]);
});
