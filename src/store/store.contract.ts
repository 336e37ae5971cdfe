import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import { countArticles, exportDocs, getArticle, getEntity, getStory, ingestIntoStore, listEntities, listStories, loadDocs, searchArticles, type Store } from './index.js';
import { insertDocs } from './articles.js';
import { BRIDGE_ARTICLES, BRIDGE_COPY, FLOOD_ARTICLES, FLOOD_LATE, writeFixture } from './fixtures/articles.js';

/** The id a JSON Lines record gets: the content id of its text (src/ingest/jsonl.ts). */
const idOf = (a: { text: string }) => contentId(a.text);

/**
 * One suite for every store backend (PGlite, PostgreSQL): the same inputs must give the same rows, ids,
 * offsets and search hits whichever database is underneath.
 */
export function storeContract(backend: string, open: () => Promise<Store>): void {
  describe(`store contract: ${backend}`, () => {
    let store: Store;
    const first = [...BRIDGE_ARTICLES, BRIDGE_COPY, ...FLOOD_ARTICLES];

    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });

    test('ingest stores every article once, in batches, and groups them into stories', async () => {
      const summary = await ingestIntoStore(store, [writeFixture(first)], { batchSize: 2 });
      assert.deepEqual([summary.added, summary.stored, summary.failed], [first.length, 0, 0]);
      assert.equal(await countArticles(store.db), first.length);
      const stories = await listStories(store.db, { sort: 'covered' });
      assert.equal(stories.length, 2);
      const bridge = await getStory(store.db, stories[0]!.id);
      assert.deepEqual(new Set(bridge!.snapshot.story.articles), new Set([...BRIDGE_ARTICLES, BRIDGE_COPY].map(idOf)));
      assert.equal(bridge!.articleCount, 4);
      assert.equal(bridge!.outletCount, 4);
      assert.equal(bridge!.firstPublished, '2026-02-03T08:00:00.000Z');
      assert.equal(bridge!.lastPublished, '2026-02-05T17:15:00.000Z');
      const copy = await getArticle(store.db, idOf(BRIDGE_COPY));
      assert.equal(copy!.duplicateOf, idOf(BRIDGE_ARTICLES[0]!));
      assert.ok(copy!.similarity! > 0.5);
      assert.equal(copy!.story, bridge!.id);
    });

    test('ingesting the same input again changes nothing', async () => {
      const before = await listStories(store.db);
      const summary = await ingestIntoStore(store, [writeFixture(first)], { batchSize: 3 });
      assert.deepEqual([summary.added, summary.stored, summary.failed, summary.stories], [0, first.length, 0, 0]);
      assert.equal(await countArticles(store.db), first.length);
      assert.deepEqual(await listStories(store.db), before, 'same stories, same updatedAt: nothing was regrouped');
    });

    test('a stored article round-trips as the same document, layers and offsets included', async () => {
      const record = await getArticle(store.db, idOf(BRIDGE_ARTICLES[2]!));
      assert.ok(record);
      const doc = Doc.fromJSON(record.doc);
      assert.equal(doc.text, BRIDGE_ARTICLES[2]!.text);
      assert.equal(record.title, BRIDGE_ARTICLES[2]!.title);
      assert.equal(record.published, BRIDGE_ARTICLES[2]!.published);
      assert.ok(doc.layer('sentences').length >= 2, 'per-document layers were stored');
      for (const span of doc.layer('entities')) assert.ok(span.end <= doc.text.length);
      assert.equal(await getArticle(store.db, '0000000000000000'), undefined);
      const [loaded] = await loadDocs(store.db, [doc.id]);
      assert.deepEqual(loaded!.toJSON(), doc.toJSON());
    });

    test('a story snapshot holds its events, articles and entities with offsets into the stored text', async () => {
      const [bridgeRow] = await listStories(store.db, { sort: 'covered', limit: 1 });
      const story = (await getStory(store.db, bridgeRow!.id))!;
      assert.ok(story.snapshot.story.events.length >= 1);
      assert.equal(story.snapshot.articles.length, 4);
      assert.ok(!('text' in story.snapshot.articles[0]!), 'snapshots leave the text in the articles table');
      const docs = new Map((await loadDocs(store.db, story.snapshot.story.articles)).map((d) => [d.id, d]));
      const voss = story.snapshot.entities.find((e) => e.name === 'Ilka Voss');
      assert.ok(voss, `entities: ${story.snapshot.entities.map((e) => e.name).join(', ')}`);
      for (const m of voss.mentions) assert.match(docs.get(m.article)!.text.slice(m.start, m.end), /Voss/);
      const stored = await getEntity(store.db, voss.id);
      assert.ok(stored && stored.articles >= 3);
      for (const m of stored.mentionList) assert.equal(docs.get(m.article)!.text.slice(m.start, m.end), m.text);
    });

    test('full-text search ranks, filters and highlights in UTF-16 ranges', async () => {
      const hits = await searchArticles(store.db, 'inspection report');
      assert.deepEqual(new Set(hits.map((h) => h.id)), new Set([idOf(BRIDGE_ARTICLES[1]!), idOf(BRIDGE_ARTICLES[2]!)]));
      for (const hit of hits) {
        assert.ok(hit.highlights.length >= 2);
        for (const h of hit.highlights) assert.match(hit.snippet.slice(h.start, h.end), /^(inspection|report)$/i);
      }
      // The third bridge article starts with an emoji (two UTF-16 units) and holds Cyrillic text.
      const emoji = hits.find((h) => h.id === idOf(BRIDGE_ARTICLES[2]!))!;
      assert.equal(emoji.story, (await getArticle(store.db, emoji.id))!.story);
      assert.deepEqual((await searchArticles(store.db, 'rescue boats -Dunmere')).length, 0);
      assert.equal((await searchArticles(store.db, '"rescue boats"')).length, 2);
      assert.deepEqual(await searchArticles(store.db, 'zzzunknownword'), []);
      assert.equal((await searchArticles(store.db, 'Марковић')).length, 1, 'non-Latin words are indexed');
    });

    test('entities are listed by reach and found by name', async () => {
      const top = await listEntities(store.db, { limit: 100 });
      assert.ok(top.length > 3);
      for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.articles >= top[i]!.articles);
      const people = await listEntities(store.db, { type: 'person', q: 'ostel' });
      assert.deepEqual(people.map((e) => e.name), ['Brann Ostel']);
      assert.equal(await getEntity(store.db, 'ent-000000000000'), undefined);
    });

    test('a new batch regroups only the stories in its time window', async () => {
      const before = new Map((await listStories(store.db)).map((s) => [s.id, s]));
      const summary = await ingestIntoStore(store, [writeFixture([FLOOD_LATE])]);
      assert.equal(summary.added, 1);
      const after = await listStories(store.db);
      const flood = after.find((s) => s.articleCount === 3)!;
      assert.ok(flood, 'the late article joined the flood story');
      const bridge = after.find((s) => s.articleCount === 4)!;
      assert.deepEqual(bridge, before.get(bridge.id), 'the bridge story, three weeks earlier, was not touched');
      assert.equal((await getArticle(store.db, idOf(FLOOD_LATE)))!.story, flood.id);
    });

    test('a transaction that fails leaves nothing behind', async () => {
      const count = await countArticles(store.db);
      const doc = new Doc({ id: 'rollback-test-01', source: 'x.txt', text: 'A document that must not survive.' });
      await assert.rejects(store.db.transaction().execute(async (tx) => {
        await insertDocs(tx, [doc]);
        throw new Error('boom');
      }), /boom/);
      assert.equal(await countArticles(store.db), count);
      assert.equal(await getArticle(store.db, doc.id), undefined);
    });

    test('the counts kept on entities equal their mentions, after later batches regroup them too', async () => {
      const counted = async () => {
        const rows = await store.db.selectFrom('entity_mentions').select(['entity_id']).select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.count<string>('article_id').distinct().as('a')]).groupBy('entity_id').execute();
        return new Map(rows.map((r) => [r.entity_id, [Number(r.n), Number(r.a)]]));
      };
      const truth = await counted();
      const listed = await listEntities(store.db, { limit: 10_000 });
      assert.equal(listed.length, truth.size, 'every listed entity has mentions and every entity with mentions is listed');
      for (const e of listed) assert.deepEqual([e.mentions, e.articles], truth.get(e.id), e.name);
    });

    test('export yields every stored document once', async () => {
      const ids: string[] = [];
      for await (const doc of exportDocs(store.db, 2)) ids.push(doc.id);
      assert.equal(ids.length, first.length + 1);
      assert.equal(new Set(ids).size, ids.length);
    });
  });
}
