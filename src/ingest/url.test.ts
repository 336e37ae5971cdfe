import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { contentId } from '../core/ids.js';
import { collect, serve } from './test-helpers.js';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const cyrillic = iconv.encode(page('<p>Переговоры</p>'), 'windows-1251');
let server: Awaited<ReturnType<typeof serve>>;
let base = '';

before(async () => {
  server = await serve({
    '/story': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(cyrillic);
    },
    '/hop1': (_req, res) => {
      res.writeHead(301, { location: '/hop2' });
      res.end();
    },
    '/hop2': (_req, res, origin) => {
      res.writeHead(302, { location: `${origin}/story` });
      res.end();
    },
    '/loop': (req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
      res.writeHead(307, { location: `/loop?n=${n + 1}` });
      res.end();
    },
    '/to-file': (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/hang': () => {
      // Never answers: the timeout must end the fetch.
    },
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>');
    },
    '/huge-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 10 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('error', () => {});
      push();
    },
    '/gone': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('gone');
    },
    '/gzipped': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(page('<p>Compressed café</p>')));
    },
    '/feed.xml': (_req, res, origin) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Full page</title><link>/hop1</link><description>Teaser one.</description><pubDate>Tue, 28 Oct 2025 08:00:00 GMT</pubDate></item>
<item><title>Missing page</title><link>${origin}/gone</link><description>Teaser two.</description></item>
<item><title>Inline</title><link>${origin}/story</link><description>Teaser.</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Whole text.&lt;/p&gt;</content:encoded></item>
</channel></rss>`);
    },
  });
  base = server.base;
});
after(() => server.close());

const allow = { allowPrivate: true, timeoutMs: 2000 };

test('a page is decoded with the charset from the Content-Type header; its id is that of the body bytes', async () => {
  const { inputs, messages } = await collect([`${base}/story`], allow);
  assert.deepEqual(messages, []);
  assert.equal(inputs.length, 1);
  const [input] = inputs;
  assert.deepEqual([input!.source, input!.kind, input!.encoding, input!.hints.url], [`${base}/story`, 'html', 'windows-1251', `${base}/story`]);
  assert.match(input!.content, /<p>Переговоры<\/p>/);
  assert.equal(input!.id, contentId(cyrillic));
});

test('redirects are followed hop by hop and the final URL is the hint; the source stays the spec', async () => {
  const { inputs } = await collect([`${base}/hop1`], allow);
  assert.deepEqual(inputs.map((i) => [i.source, i.hints.url]), [[`${base}/hop1`, `${base}/story`]]);
});

test('more redirects than allowed, a redirect to another scheme, and an HTTP error are failures by name', async () => {
  const { inputs, messages } = await collect([`${base}/loop`, `${base}/to-file`, `${base}/gone`, `${base}/story`], { ...allow, maxRedirects: 3 });
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [
    ['url-failed', `${base}/loop`],
    ['url-refused', `${base}/to-file`],
    ['url-failed', `${base}/gone`],
  ]);
  assert.match(messages[0]!.reason, /more than 3 redirects \(the last to \/loop\?n=4\)/);
  assert.match(messages[1]!.reason, /file: URLs are not fetched/);
  assert.match(messages[2]!.reason, /HTTP 404/);
  assert.equal(inputs.length, 1);
});

test('a server that never answers, or drips its body, times out', async () => {
  const { messages } = await collect([`${base}/hang`, `${base}/drip`], { allowPrivate: true, timeoutMs: 400 });
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [
    ['url-failed', `${base}/hang`],
    ['url-failed', `${base}/drip`],
  ]);
  for (const m of messages) assert.match(m.reason, /timed out after 400 ms/);
});

test('bodies over the cap are refused, whether the length is declared or streamed', async () => {
  const { messages } = await collect([`${base}/huge-declared`, `${base}/huge-streamed`], { ...allow, maxBytes: 1024 * 1024 });
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [
    ['input-too-large', `${base}/huge-declared`],
    ['input-too-large', `${base}/huge-streamed`],
  ]);
  assert.match(messages[0]!.reason, /is 10485760 bytes/);
  assert.match(messages[1]!.reason, /more than 1048576 bytes/);
});

test('a gzip Content-Encoding is undone', async () => {
  const { inputs } = await collect([`${base}/gzipped`], allow);
  assert.match(inputs[0]!.content, /Compressed café/);
});

test('loopback and private addresses are refused without allowPrivate, by literal IP and after DNS', async () => {
  const port = new URL(base).port;
  const specs = [`${base}/story`, `http://localhost:${port}/story`, `http://[::1]:${port}/story`, 'http://169.254.169.254/latest/meta-data'];
  const { inputs, messages } = await collect(specs, { timeoutMs: 2000 });
  assert.equal(inputs.length, 0);
  assert.deepEqual(messages.map((m) => m.code), ['url-refused', 'url-refused', 'url-refused', 'url-refused']);
  assert.match(messages[1]!.reason, /localhost resolves to (127\.0\.0\.1|::1), a private or loopback address/);
});

test('a feed fetched by URL: summary-only items fetch their links (relative ones too), failures keep the summary with a warning', async () => {
  const feed = `${base}/feed.xml`;
  const { inputs, messages } = await collect([feed], { ...allow, fetchFeedLinks: true });
  assert.deepEqual(messages, []);
  assert.deepEqual(inputs.map((i) => [i.source, i.hints.url, i.hints.outlet]), [
    [`${feed}#1`, `${base}/story`, 'Local Wire'],
    [`${feed}#2`, `${base}/gone`, 'Local Wire'],
    [`${feed}#3`, `${base}/story`, 'Local Wire'],
  ]);
  const [fetched, fallback, inline] = inputs;
  assert.match(fetched!.content, /Переговоры/);
  assert.equal(fetched!.id, contentId(cyrillic));
  assert.deepEqual([fetched!.hints.title, fetched!.hints.published], ['Full page', '2025-10-28T08:00:00.000Z']);
  assert.equal(fallback!.content, 'Teaser two.');
  assert.deepEqual(fallback!.messages.map((m) => [m.code, m.severity]), [['url-failed', 'warning']]);
  assert.equal(inline!.content, '<p>Whole text.</p>');

  const without = await collect([feed], allow);
  assert.deepEqual(without.inputs.map((i) => i.content), ['Teaser one.', 'Teaser two.', '<p>Whole text.</p>']);
  assert.deepEqual(without.inputs.map((i) => i.messages.map((m) => m.code)), [['feed-item-summary'], ['feed-item-summary'], []]);
});

test('the socket lookup refuses a name that resolves to a private address (DNS rebinding guard)', async () => {
  const { guardedLookup } = await import('./url.js');
  const outcome = await new Promise<string>((resolve) =>
    guardedLookup(false)('localhost', { all: true }, (error) => resolve(error ? (error as NodeJS.ErrnoException).code ?? 'error' : 'ok')),
  );
  assert.equal(outcome, 'EPRIVATE');
  const allowed = await new Promise<string>((resolve) => guardedLookup(true)('localhost', {}, (error, address) => resolve(error ? 'error' : String(address))));
  assert.match(allowed, /^(127\.0\.0\.1|::1)$/);
});
