import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { countArticles, ingestIntoStore, openStore } from './index.js';
import { BRIDGE_ARTICLES, FLOOD_ARTICLES, writeFixture } from './fixtures/articles.js';

const CHILD = new URL('./fixtures/ingest-child.ts', import.meta.url).pathname;
const BATCH = 3;

/** Fifteen distinct articles: the fixtures with a numbered line appended (new text, new content id). */
const articles = Array.from({ length: 15 }, (_, i) => {
  const base = [...BRIDGE_ARTICLES, ...FLOOD_ARTICLES][i % 5]!;
  return { ...base, text: `${base.text}\n\nUpdate ${i + 1}.` };
});

test('an ingest killed with SIGKILL keeps every committed batch whole, and a second run resumes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
  const input = writeFixture(articles);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, input, String(BATCH)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let committed = 0;
  for await (const line of createInterface({ input: child.stdout! })) {
    const m = /^committed (\d+)$/.exec(line);
    if (!m) continue;
    committed = Number(m[1]);
    // The first batch is in; the second is being extracted, grouped or written right now.
    child.kill('SIGKILL');
    break;
  }
  assert.equal(await exited, 'SIGKILL');
  assert.ok(committed >= BATCH, 'the child committed a batch before it was killed');

  const store = await openStore({ dir });
  try {
    const stored = await countArticles(store.db);
    assert.ok(stored >= committed && stored < articles.length, `stored ${stored}`);
    assert.equal(stored % BATCH, 0, 'no batch is half-written');
    const ungrouped = await store.db
      .selectFrom('articles as a')
      .leftJoin('article_story as s', 's.article_id', 'a.id')
      .select('a.id')
      .where('s.story_id', 'is', null)
      .execute();
    assert.deepEqual(ungrouped, [], 'every stored article has its story: articles and grouping commit together');

    const summary = await ingestIntoStore(store, [input], { batchSize: BATCH });
    assert.deepEqual([summary.added, summary.stored, summary.failed], [articles.length - stored, stored, 0]);
    assert.equal(await countArticles(store.db), articles.length);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
