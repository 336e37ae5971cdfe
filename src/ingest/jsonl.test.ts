import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentId } from '../core/ids.js';
import { splitLines } from './bytes.js';
import { collect, tempDir } from './test-helpers.js';

const tmp = tempDir();
after(tmp.remove);

const lines = [
  JSON.stringify({ text: 'Ministers met in Doha on Monday.', title: 'Talks', url: 'https://a.example/1', outlet: 'Daily A', published: '2025-10-27T09:00:00+05:00', author: 'Jane Roe', lang: 'ur-PK' }),
  '{"text": "unterminated',
  '',
  JSON.stringify({ html: '<p>Talks resumed</p>', text: 'ignored when html is given', byline: ['Ali Khan', 'Sara Lee'], published: 1761555600 }),
  JSON.stringify(['not', 'an', 'object']),
  JSON.stringify({ title: 'no body' }),
  JSON.stringify({ text: 42 }),
  '\uFEFF' + JSON.stringify({ text: 'a BOM opening a line (concatenated files) is dropped' }),
  JSON.stringify({ text: 'Last line without a newline: ✓ 😀' }),
].join('\r\n');

test('one input per valid line, a message with the line number for each bad one, the rest go on', async () => {
  const file = tmp.path('articles.jsonl');
  writeFileSync(file, lines);
  const { inputs, messages } = await collect([file]);
  assert.deepEqual(inputs.map((i) => [i.source, i.kind]), [
    [`${file}#1`, 'text'],
    [`${file}#4`, 'html'],
    [`${file}#8`, 'text'],
    [`${file}#9`, 'text'],
  ]);
  assert.deepEqual(messages.map((m) => [m.code, m.source, m.place?.start, m.place?.unit]), [
    ['jsonl-invalid', file, 2, 'line'],
    ['jsonl-invalid', file, 5, 'line'],
    ['jsonl-invalid', file, 6, 'line'],
    ['jsonl-invalid', file, 7, 'line'],
  ]);
  assert.match(messages[0]!.reason, /^line 2 is not a JSON object/);
  assert.match(messages[1]!.reason, /an array/);
  assert.match(messages[3]!.reason, /"text" is a number/);

  const [first, second, , last] = inputs;
  assert.deepEqual(first!.hints, { url: 'https://a.example/1', title: 'Talks', outlet: 'Daily A', published: '2025-10-27T09:00:00+05:00', byline: ['Jane Roe'], language: 'ur' });
  assert.equal(first!.id, contentId('Ministers met in Doha on Monday.'));
  assert.equal(second!.content, '<p>Talks resumed</p>');
  assert.deepEqual(second!.hints, { published: '2025-10-27T09:00:00.000Z', byline: ['Ali Khan', 'Sara Lee'] });
  assert.equal(last!.content, 'Last line without a newline: ✓ 😀');
});

test('JSON Lines inside gzip; a line over the cap is refused alone', async () => {
  const file = tmp.path('big.jsonl.gz');
  const body = [JSON.stringify({ text: 'short' }), JSON.stringify({ text: 'x'.repeat(5000) }), JSON.stringify({ text: 'after' })].join('\n');
  writeFileSync(file, gzipSync(body));
  const { inputs, messages } = await collect([file], { maxBytes: 1000 });
  assert.deepEqual(inputs.map((i) => [i.source, i.content]), [[`${file}#1`, 'short'], [`${file}#3`, 'after']]);
  assert.deepEqual(messages.map((m) => [m.code, m.place?.start]), [['jsonl-invalid', 2]]);
  assert.match(messages[0]!.reason, /longer than the limit of 1000 bytes/);
});

test('a JSON array of records is read element by element; other JSON-looking text is plain text', async () => {
  const array = tmp.path('articles.json');
  writeFileSync(array, JSON.stringify([{ text: 'first' }, { nope: 1 }, { html: '<p>third</p>' }], null, 2));
  const bracket = tmp.path('wire.txt');
  writeFileSync(bracket, '[Wire] Ministers met on Monday.\n');
  const { inputs, messages } = await collect([array, bracket]);
  assert.deepEqual(inputs.map((i) => [i.source, i.kind, i.content]), [
    [`${array}#1`, 'text', 'first'],
    [`${array}#3`, 'html', '<p>third</p>'],
    [bracket, 'text', '[Wire] Ministers met on Monday.\n'],
  ]);
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [['json-item-invalid', array]]);
  assert.match(messages[0]!.reason, /^element 2 of the JSON array/);
});

test('splitLines keeps lines across chunk boundaries and counts them from 1', async () => {
  async function* chunks() {
    yield Buffer.from('ab');
    yield Buffer.from('c\nde');
    yield Buffer.from('f\n\nlong-line-here\nend');
  }
  const out = [];
  for await (const line of splitLines(chunks(), 6)) out.push([line.line, line.bytes.toString(), line.tooLong]);
  assert.deepEqual(out, [
    [1, 'abc', false],
    [2, 'def', false],
    [3, '', false],
    [4, '', true],
    [5, 'end', false],
  ]);
});
