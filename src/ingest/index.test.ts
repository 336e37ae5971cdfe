// Bad inputs, all in one call: each gets a message naming it and the reason, the good ones are still produced,
// and nothing throws out of ingest.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { collect, tempDir } from './test-helpers.js';

const tmp = tempDir();
after(tmp.remove);

async function writeLargePage(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('<!doctype html><html><body>');
  const chunk = Buffer.from('<p>' + 'lorem ipsum '.repeat(5000) + '</p>\n');
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end('</body></html>');
  await once(out, 'finish');
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('every bad input is a message naming it, and the good inputs around them are produced', async () => {
  const good = tmp.path('good.txt');
  writeFileSync(good, 'A good report.\n');
  const empty = tmp.path('empty.html');
  writeFileSync(empty, '');
  const binary = tmp.path('photo.jpg');
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  const truncated = tmp.path('cut.html.gz');
  const gz = gzipSync('<p>' + 'text '.repeat(2000) + '</p>');
  writeFileSync(truncated, gz.subarray(0, gz.length - 40));
  const latin = tmp.path('latin.txt');
  writeFileSync(latin, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
  const deep = tmp.path('deep.html');
  const nested = '<div>'.repeat(10_000) + 'bottom' + '</div>'.repeat(10_000);
  writeFileSync(deep, nested);
  const brokenFeed = tmp.path('broken.rss');
  writeFileSync(brokenFeed, '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>One</ti');
  const port = await closedPort();
  const unreachable = `http://127.0.0.1:${port}/story`;
  const privateUrl = 'http://10.0.0.1/admin';

  const specs = [good, empty, binary, truncated, latin, deep, brokenFeed, tmp.path('nope.txt'), tmp.path('*.none'), unreachable, privateUrl, good];
  const { inputs, messages } = await collect(specs, { timeoutMs: 3000 });

  assert.deepEqual(
    messages.map((m) => [m.source, m.code]),
    [
      [empty, 'input-empty'],
      [binary, 'input-binary'],
      [truncated, 'gzip-corrupt'],
      [brokenFeed, 'feed-invalid'],
      [tmp.path('nope.txt'), 'input-not-found'],
      [tmp.path('*.none'), 'glob-no-match'],
      [unreachable, 'url-refused'],
      [privateUrl, 'url-refused'],
    ],
  );
  assert.ok(messages.every((m) => m.severity === 'error' && m.stage === 'ingest' && m.reason.length > 10));
  assert.match(messages[1]!.reason, /JPEG/);
  assert.match(messages[6]!.reason, /127\.0\.0\.1 is a private or loopback address/);
  assert.match(messages[7]!.reason, /10\.0\.0\.1 is a private/);

  assert.deepEqual(inputs.map((i) => i.source), [good, latin, deep, good]);
  const latinInput = inputs[1]!;
  assert.equal(latinInput.content, 'Café “ok”');
  assert.deepEqual(latinInput.messages.map((m) => [m.code, m.place?.start]), [['encoding-guessed', 3]]);
  assert.equal(inputs[2]!.content, nested, '10,000-deep nesting passes through ingest untouched');

  // With private addresses allowed, the closed loopback port is a failure to connect, not a refusal.
  const allowed = await collect([unreachable, good], { allowPrivate: true, timeoutMs: 3000 });
  assert.deepEqual(allowed.messages.map((m) => [m.source, m.code]), [[unreachable, 'url-failed']]);
  assert.match(allowed.messages[0]!.reason, /connection refused/);
  assert.equal(allowed.inputs.length, 1);
});

test('a 50 MB page is refused before it is read; a compressed one stops at the cap', async () => {
  // Refused rather than truncated (see bytes.ts): with its size known from the file system, not a byte of
  // the body is read; through gzip, reading stops as soon as maxBytes is passed.
  const big = tmp.path('big.html');
  await writeLargePage(big, 50 * 1024 * 1024);
  const small = tmp.path('small.html');
  writeFileSync(small, '<p>small</p>');
  const { inputs, messages } = await collect([big, small]);
  assert.deepEqual(messages.map((m) => [m.source, m.code]), [[big, 'input-too-large']]);
  assert.match(messages[0]!.reason, /over the limit of 20971520 bytes/);
  assert.equal(inputs.length, 1);

  const bomb = tmp.path('bomb.html.gz');
  writeFileSync(bomb, gzipSync(Buffer.alloc(3 * 1024 * 1024, 'a')));
  const capped = await collect([bomb], { maxBytes: 1024 * 1024 });
  assert.deepEqual(capped.messages.map((m) => m.code), ['input-too-large']);
  assert.match(capped.messages[0]!.reason, /more than 1048576 bytes/);
});

test('a consumer that stops early does not leave ingest hanging', async () => {
  writeFileSync(tmp.path('one.txt'), 'one\n');
  writeFileSync(tmp.path('two.txt'), 'two\n');
  const { ingest } = await import('./index.js');
  let seen = 0;
  for await (const event of ingest([tmp.path('one.txt'), tmp.path('two.txt')])) {
    assert.equal(event.type, 'input');
    seen += 1;
    break;
  }
  assert.equal(seen, 1);
});
