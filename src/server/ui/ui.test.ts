import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestIntoStore, listStories, loadDocs, openStore, getStory, type Store } from '../../store/index.js';
import { BRIDGE_ARTICLES, writeFixture, type FixtureArticle } from '../../store/fixtures/articles.js';
import { createApp } from '../app.js';
import { markText, mergeRanges } from './html.js';
import { pairSafe } from './pages.js';

const HOSTILE: FixtureArticle = {
  url: 'https://mallory.example/bridge',
  outlet: 'Mallory Gazette',
  title: 'Bridge <b>closed</b> "for now"',
  published: '2026-02-03T12:00:00+01:00',
  text: 'City engineers closed the Tavrin Bridge to all traffic on Tuesday after inspectors found cracks, mayor Ilka Voss said.\n\nComment: <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> end.',
};

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ui-'));
let store: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = await openStore({ dir });
  await ingestIntoStore(store, [writeFixture([...BRIDGE_ARTICLES, HOSTILE])]);
  app = createApp(store);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, csp: response.headers.get('content-security-policy') ?? '', type: response.headers.get('content-type') ?? '', html: await response.text() };
};

test('marks are escaped, merged and placed by UTF-16 offsets', () => {
  assert.deepEqual(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 2 }, { start: 8, end: 12 }]), [{ start: 0, end: 2 }, { start: 5, end: 12 }]);
  const text = '😀 <a> & b';
  assert.equal(markText(text, [{ start: 3, end: 6 }], () => ' id="x"'), '😀 <mark id="x">&lt;a&gt;</mark> &amp; b');
  assert.deepEqual([pairSafe(text, 1), pairSafe(text, 2), pairSafe(text, 0)], [0, 2, 0], 'a cut never splits the emoji');
});

test('every page carries the strict policy and never lets article markup through', async () => {
  const [story] = await listStories(store.db, { sort: 'covered' });
  for (const path of ['/', '/?sort=covered', `/stories/${story!.id}`, '/search?q=bridge', '/entities', '/search']) {
    const r = await page(path);
    assert.equal(r.status, 200, path);
    assert.match(r.type, /text\/html/);
    assert.match(r.csp, /default-src 'self'; script-src 'self'/);
    assert.doesNotMatch(r.html, /<script>window|<img|<b>closed/, path);
    assert.doesNotMatch(r.html, /<script(?! src="\/ui\/app\.js" defer><\/script>)/, `${path}: only the one external script`);
    assert.doesNotMatch(r.html, /<[a-z][^>]*\son[a-z]+=/i, `${path}: no inline handlers`);
  }
  const js = await app.request('/ui/app.js');
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.doesNotMatch(await js.text(), /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});

test('the story page cites spans that the sources panel marks, at the cited offsets', async () => {
  const stories = await Promise.all((await listStories(store.db)).map((x) => getStory(store.db, x.id)));
  const row = stories.find((x) => x!.snapshot.articles.some((a) => a.outlet === 'Mallory Gazette'))!;
  const story = row;
  const r = await page(`/stories/${row.id}`);
  // Cited spans may cut the line with <mark>s; without them it reads as the article wrote it, escaped.
  assert.match(r.html.replace(/<\/?mark[^>]*>/g, ''), /&lt;script&gt;window.__pwned=1&lt;\/script&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;/);
  const hrefs = [...r.html.matchAll(/<a class="cite" href="#(src-\d+-\d+)"/g)].map((m) => m[1]!);
  assert.ok(hrefs.length > 3);
  for (const id of new Set(hrefs)) assert.ok(r.html.includes(`<mark id="${id}">`), `target ${id} exists`);
  // The first citation of the headline: its mark holds exactly the cited words of that source.
  const cite = story.snapshot.briefing!.headline.cites[0]!;
  const [doc] = await loadDocs(store.db, [cite.article]);
  const mark = r.html.match(new RegExp(`<mark id="src-${cite.n}-\\d+">([^<]*)</mark>`))!;
  assert.ok(mark[1]!.includes(doc!.text.slice(cite.start, cite.end).replace(/"/g, '&quot;')));
  assert.match(r.html, /<h2>Coverage<\/h2><table>/);
  assert.match(r.html, /href="\/entities\/[^"]+">Ilka Voss</);
});

test('search and entity pages highlight matches; unknown ids are 404 pages', async () => {
  const search = await page('/search?q=cracks');
  assert.match(search.html, /<mark>cracks<\/mark>/);
  const entities = await page('/entities?q=Voss');
  const id = entities.html.match(/href="\/entities\/([^"]+)">Ilka Voss</)![1]!;
  const entity = await page(`/entities/${id}`);
  assert.equal(entity.status, 200);
  assert.match(entity.html, /<h1>Ilka Voss<\/h1>/);
  assert.match(entity.html, /<mark>(Ilka )?Voss<\/mark>/);
  const link = entity.html.match(/href="(\/articles\/[^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const article = await page(link);
  assert.match(article.html, /<mark id="hit" class="active">(Ilka )?Voss<\/mark>/);
  assert.equal((await page('/stories/nope')).status, 404);
  assert.equal((await page('/entities/nope')).status, 404);
  assert.equal((await page(`/search?q=${'x'.repeat(501)}`)).status, 400);
  assert.match((await page('/no/such/page')).html, /<h1>Not found<\/h1>/);
  const api = await app.request('/api/nothing');
  assert.deepEqual([api.status, ((await api.json()) as { error: string }).error], [404, 'not-found']);
  assert.equal((await app.request('/stories/x', { method: 'POST' })).status, 404);
});

test('with a token the pages need it too', async () => {
  const guarded = createApp(store, { token: 's3cret' });
  assert.equal((await guarded.request('/')).status, 401);
  assert.equal((await guarded.request('/', { headers: { authorization: 'Bearer s3cret' } })).status, 200);
  assert.equal((await guarded.request('/healthz')).status, 200);
});
