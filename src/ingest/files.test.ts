import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { contentId } from '../core/ids.js';
import { collect, tempDir } from './test-helpers.js';

const tmp = tempDir();
after(tmp.remove);

const page = '<!doctype html><html><head><title>Talks</title></head><body><p>Ministers met.</p></body></html>';
mkdirSync(tmp.path('news', 'b-sub'), { recursive: true });
mkdirSync(tmp.path('news', '.cache'), { recursive: true });
writeFileSync(tmp.path('news', 'c.txt'), 'Third report.\n');
writeFileSync(tmp.path('news', 'a.html'), page);
writeFileSync(tmp.path('news', 'B.txt'), 'Upper-case name sorts first.\n');
writeFileSync(tmp.path('news', 'b-sub', 'inner.txt'), 'Inside a sub-folder.\n');
writeFileSync(tmp.path('news', '.hidden.txt'), 'hidden\n');
writeFileSync(tmp.path('news', '.cache', 'x.txt'), 'hidden folder\n');
writeFileSync(tmp.path('page.html.gz'), gzipSync(page));

test('a folder is walked recursively in code-unit order, skipping hidden files and folders', async () => {
  const { inputs, messages } = await collect([tmp.path('news')]);
  assert.deepEqual(messages, []);
  assert.deepEqual(
    inputs.map((i) => i.source.slice(tmp.dir.length + 1)),
    ['news/B.txt', 'news/a.html', 'news/b-sub/inner.txt', 'news/c.txt'],
  );
  assert.deepEqual(inputs.map((i) => i.kind), ['text', 'html', 'text', 'text']);
});

test('a file keeps the spec as given for its source, and its id is the content id of its bytes', async () => {
  const spec = tmp.path('news', 'a.html');
  const { inputs } = await collect([spec]);
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0]!.source, spec);
  assert.equal(inputs[0]!.content, page);
  assert.equal(inputs[0]!.id, contentId(Buffer.from(page)));
  assert.equal(inputs[0]!.encoding, 'utf-8');
});

test('ingesting twice gives the same ids; a gzipped copy gets the id of the page inside', async () => {
  const first = await collect([tmp.path('news'), tmp.path('page.html.gz')]);
  const second = await collect([tmp.path('news'), tmp.path('page.html.gz')]);
  assert.deepEqual(first.inputs.map((i) => i.id), second.inputs.map((i) => i.id));
  const gz = first.inputs.at(-1)!;
  assert.equal(gz.kind, 'html');
  assert.equal(gz.id, contentId(Buffer.from(page)));
});

test('a glob expands to sorted matches, without hidden files', async () => {
  const { inputs, messages } = await collect([tmp.path('news', '**', '*.txt')]);
  assert.deepEqual(messages, []);
  assert.deepEqual(inputs.map((i) => i.source.slice(tmp.dir.length + 1)), ['news/B.txt', 'news/b-sub/inner.txt', 'news/c.txt']);
});

test('a glob matching nothing and a missing path are messages naming the spec; later specs still run', async () => {
  const pattern = tmp.path('none', '*.xml');
  const missing = tmp.path('missing.html');
  const { inputs, messages } = await collect([pattern, missing, tmp.path('news', 'c.txt')]);
  assert.deepEqual(messages.map((m) => [m.code, m.source, m.severity]), [
    ['glob-no-match', pattern, 'error'],
    ['input-not-found', missing, 'error'],
  ]);
  assert.equal(inputs.length, 1);
});

test('a dangling symbolic link and a path through a file are unreadable, by name', async () => {
  const link = tmp.path('dangling.html');
  symlinkSync(tmp.path('does-not-exist'), link);
  const throughFile = tmp.path('news', 'c.txt', 'child.txt');
  const { inputs, messages } = await collect([link, throughFile, tmp.path('news', 'a.html')]);
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [
    ['input-unreadable', link],
    ['input-unreadable', throughFile],
  ]);
  assert.match(messages[0]!.reason, /dangling symbolic link/);
  assert.match(messages[1]!.reason, /ENOTDIR/);
  assert.equal(inputs.length, 1);
});

test('a dangling link inside a folder is reported and its siblings are read', async () => {
  const dir = tmp.path('with-link');
  mkdirSync(dir);
  writeFileSync(tmp.path('with-link', 'ok.txt'), 'fine\n');
  symlinkSync(tmp.path('nowhere'), tmp.path('with-link', 'broken.txt'));
  const { inputs, messages } = await collect([dir]);
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [['input-unreadable', tmp.path('with-link', 'broken.txt')]]);
  assert.deepEqual(inputs.map((i) => i.content), ['fine\n']);
});

test('"-" reads standard input, given as an option', async () => {
  const stdin = Readable.from([Buffer.from('<p>from '), Buffer.from('stdin</p>')]);
  const { inputs } = await collect(['-'], { stdin });
  assert.deepEqual(inputs.map((i) => [i.source, i.kind, i.content]), [['-', 'html', '<p>from stdin</p>']]);
});

test('a file:// URL is a path; other schemes are refused', async () => {
  const { inputs, messages } = await collect([`file://${tmp.path('news', 'c.txt')}`, 'ftp://example.com/x']);
  assert.equal(inputs[0]?.content, 'Third report.\n');
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [['url-refused', 'ftp://example.com/x']]);
});
