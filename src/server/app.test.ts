import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentId } from '../core/ids.js';
import { ingestIntoStore, openStore, type Store } from '../store/index.js';
import { BRIDGE_ARTICLES, FLOOD_ARTICLES, FLOOD_LATE, writeFixture } from '../store/fixtures/articles.js';
import { createApp } from './app.js';
import { listen } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
let store: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = await openStore({ dir });
  await ingestIntoStore(store, [writeFixture([...BRIDGE_ARTICLES, ...FLOOD_ARTICLES])]);
  app = createApp(store);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};
const post = (body: string, type = 'application/json', target = app) => target.request('/api/articles', { method: 'POST', body, headers: { 'content-type': type } });

test('stories list newest or most covered first, and one story carries its articles, events, entities and its stored briefing', async () => {
  const { status, body } = await get('/api/stories?sort=covered');
  assert.equal(status, 200);
  assert.deepEqual(body.stories.map((s: any) => s.articleCount), [3, 2]);
  const newest = await get('/api/stories');
  assert.equal(newest.body.stories[0].articleCount, 2, 'the flood story is the later one');
  const story = await get(`/api/stories/${body.stories[0].id}`);
  assert.equal(story.status, 200);
  assert.equal(story.body.articles.length, 3);
  assert.ok(story.body.events.length >= 1);
  assert.ok(story.body.entities.some((e: any) => e.name === 'Ilka Voss'));
  assert.ok(Array.isArray(story.body.quotes));
  // Snapshots now carry the reconcile stage's briefing (store/snapshot.ts): one source per article.
  assert.equal(story.body.briefing.story, body.stories[0].id);
  assert.equal(story.body.briefing.sources.length, 3);
  assert.equal((await get('/api/stories/story-000000000000')).status, 404);
  assert.equal((await get('/api/stories?sort=oldest')).status, 400);
  assert.equal((await get('/api/stories?limit=0')).status, 400);
  assert.equal((await get('/api/stories?limit=abc')).status, 400);
});

test('articles, entities and search answer by id and query, and 404 on unknown ids', async () => {
  const id = contentId(BRIDGE_ARTICLES[2]!.text);
  const article = await get(`/api/articles/${id}`);
  assert.equal(article.body.doc.text, BRIDGE_ARTICLES[2]!.text);
  assert.ok(article.body.story.startsWith('story-'));
  assert.equal((await get('/api/articles/ffffffffffffffff')).status, 404);

  const people = await get('/api/entities?type=person&q=voss');
  assert.deepEqual(people.body.entities.map((e: any) => e.name), ['Ilka Voss']);
  const voss = await get(`/api/entities/${people.body.entities[0].id}`);
  for (const m of voss.body.mentionList) assert.match(m.text, /Voss/);
  assert.equal((await get('/api/entities/ent-000000000000')).status, 404);

  const search = await get('/api/search?q=ferries');
  assert.equal(search.body.hits.length, 3);
  for (const hit of search.body.hits) assert.equal(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].end).toLowerCase(), 'ferries');
  assert.equal((await get('/api/search')).status, 400);
  assert.equal((await get(`/api/search?q=${'x'.repeat(600)}`)).status, 400);
  assert.equal((await get('/api/nothing-here')).status, 404);
});

test('POST /api/articles stores once, joins the story, and refuses bad bodies', async () => {
  const created = await post(JSON.stringify(FLOOD_LATE));
  assert.equal(created.status, 201);
  const body = (await created.json()) as { id: string; added: boolean; story: string };
  assert.equal(body.id, contentId(FLOOD_LATE.text), 'the same id as when ingested from a JSON Lines file');
  const flood = await get(`/api/stories/${body.story}`);
  assert.equal(flood.body.articleCount, 3);
  const again = await post(JSON.stringify(FLOOD_LATE));
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as { added: boolean }).added, false);

  const malformed = await post('{"text": "unterminated');
  assert.equal(malformed.status, 400);
  assert.equal(((await malformed.json()) as { error: string }).error, 'bad-json');
  assert.equal((await post(JSON.stringify({ title: 'no body' }))).status, 400);
  assert.equal((await post(JSON.stringify([1, 2]))).status, 400);
  assert.equal((await post('text=hello', 'application/x-www-form-urlencoded')).status, 415);
  const small = createApp(store, { maxBodyBytes: 1000 });
  assert.equal((await post(JSON.stringify({ text: 'x'.repeat(2000) }), 'application/json', small)).status, 413);
});

test('the OpenAPI document lists every route the app answers', async () => {
  const { body } = await get('/api/openapi.json');
  assert.equal(body.openapi, '3.1.0');
  const documented = new Set(Object.entries(body.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
  const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}')}`);
  assert.ok(routes.length >= 9, routes.join(', '));
  for (const route of routes) assert.ok(documented.has(route), `${route} is not in openapi.json`);
});

test('with a token, /api needs the bearer header and /healthz stays open', async () => {
  const locked = createApp(store, { token: 's3cret-token' });
  assert.equal((await locked.request('/api/stories')).status, 401);
  assert.equal((await locked.request('/api/stories', { headers: { authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await locked.request('/api/stories', { headers: { authorization: 'Bearer s3cret-token' } })).status, 200);
  assert.equal((await locked.request('/healthz')).status, 200);
  const server = await listen(locked, '127.0.0.1', 0);
  try {
    assert.equal((await fetch(`${server.url}/api/search?q=bridge`)).status, 401);
    const ok = await fetch(`${server.url}/api/search?q=bridge`, { headers: { authorization: 'Bearer s3cret-token' } });
    assert.equal(ok.status, 200);
  } finally {
    await server.close();
  }
});

test('a 100 MB body on a real socket gets 413 before it is sent in full', async () => {
  const server = await listen(app, '127.0.0.1', 0);
  try {
    const size = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(size) } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', (error) => (sent > 0 ? undefined : reject(error)));
      const pump = () => {
        while (sent < size && req.write(chunk)) sent += chunk.length;
        if (sent < size && !req.destroyed) req.once('drain', pump);
      };
      pump();
    });
    assert.equal(status, 413);
    assert.ok(sent < size / 4, `sent ${sent} bytes before the answer`);
    // A chunked body (no Content-Length) is counted as it streams and cut at the limit too.
    const chunked = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          controller.enqueue(new Uint8Array(chunk));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
  } finally {
    await server.close();
  }
});

test('listening on a port in use is a plain EADDRINUSE error', async () => {
  const first = await listen(app, '127.0.0.1', 0);
  try {
    await assert.rejects(listen(app, '127.0.0.1', first.port), new RegExp(`port ${first.port} on 127\\.0\\.0\\.1 is already in use \\(EADDRINUSE\\)`));
  } finally {
    await first.close();
  }
});
