/**
 * Store throughput: ingest rate into PGlite and into PostgreSQL (articles/s), and the latency of a story
 * page, a search and an article read through the HTTP app.
 *
 *   node --import tsx bench/store/ingest.ts [--copies 100] [--batch 50]
 *
 * The corpus is bench/store/corpus.ts's stream: examples/corpus `--copies` times, each copy its own month.
 * The same machine is shared, so the pipeline alone (extraction and annotation, no store) is timed in the
 * same run and the store's cost is given as a ratio to it. PostgreSQL is DATABASE_URL, or a throwaway
 * cluster from scripts/pg-test.sh; without either, its figures are skipped with a message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import { ingestIntoStore, listStories, openStore, type Store } from '../../src/store/index.js';
import { testDatabase, type TestDatabase } from '../../src/store/pg-cluster.js';
import { createApp } from '../../src/server/app.js';
import { writeNewsStream } from './corpus.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COPIES = arg('copies', 100);
const BATCH = arg('batch', 50);
const UNDATED_COPIES = process.argv.includes('--undated-copies');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function latency(store: Store, label: string): Promise<void> {
  const app = createApp(store);
  const stories = await listStories(store.db, { sort: 'covered', limit: 20 });
  const time = async (path: string) => {
    const t = performance.now();
    const r = await app.request(path);
    await r.arrayBuffer();
    return performance.now() - t;
  };
  const page: number[] = [];
  const search: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < 40; i++) {
    page.push(await time(`/api/stories/${stories[i % stories.length]!.id}`));
    search.push(await time('/api/search?q=aftershock'));
    list.push(await time('/api/stories?limit=50'));
  }
  console.log(`  ${label}: story page median ${median(page).toFixed(1)} ms, story list ${median(list).toFixed(1)} ms, search ${median(search).toFixed(1)} ms (40 requests each, app.request)`);
}

async function ingestInto(label: string, open: () => Promise<Store>, path: string, count: number, pipelineRate: number): Promise<void> {
  let t = performance.now();
  const store = await open();
  const opened = performance.now() - t;
  try {
    t = performance.now();
    const summary = await ingestIntoStore(store, [path], { batchSize: BATCH });
    const seconds = (performance.now() - t) / 1000;
    const rate = summary.added / seconds;
    console.log(`  ${label}: open ${opened.toFixed(0)} ms; ${summary.added}/${count} articles in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} articles/s (${(rate / pipelineRate).toFixed(2)} × the pipeline alone), ${summary.stories} story regroupings`);
    t = performance.now();
    const again = await ingestIntoStore(store, [path], { batchSize: BATCH });
    console.log(`  ${label}: second run (all stored) ${((performance.now() - t) / 1000).toFixed(1)} s, ${again.added} added, ${again.stored} skipped`);
    await latency(store, label);
  } finally {
    await store.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-store-'));
try {
  const { path, count } = await writeNewsStream(work, { copies: COPIES, undatedCopies: UNDATED_COPIES });
  console.log(`store bench: ${count} articles (${COPIES} copies of examples/corpus), batches of ${BATCH}`);

  // The peer: reading, extracting and annotating the same file with no store.
  let t = performance.now();
  const { docs } = await collectDocs([path]);
  const pipeline = await buildPipeline(ANALYZE_STAGES.filter((s) => s.scope === 'doc'));
  pipeline.run(docs);
  const pipelineRate = docs.length / ((performance.now() - t) / 1000);
  console.log(`  pipeline alone (read, extract, per-article stages): ${pipelineRate.toFixed(1)} articles/s`);

  await ingestInto('pglite', () => openStore({ dir: join(work, 'pglite') }), path, count, pipelineRate);

  let database: TestDatabase | undefined;
  try {
    database = await testDatabase();
  } catch (error) {
    console.log(`  postgres: skipped (${error instanceof Error ? error.message.split(':')[0] : String(error)})`);
  }
  if (database) {
    try {
      await ingestInto('postgres', () => openStore({ url: database!.url, schema: database!.schema }), path, count, pipelineRate);
    } finally {
      await database.stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
