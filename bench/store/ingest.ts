/**
 * Store throughput: ingest rate into PGlite and into PostgreSQL (articles/s), and the latency of a story
 * page, a search and an article read through the HTTP app.
 *
 *   node --import tsx bench/store/ingest.ts [--copies 100] [--batch 50]
 *
 * The corpus is examples/corpus (in the repository, so this bench never skips) extracted once and written
 * out as JSON Lines `--copies` times, each copy with a marker line appended (a new content id), every word
 * of five letters or more given a suffix of its own per copy (so that copies are not near-duplicates of
 * one another, which would chain them all into one story), and its dates moved on by 30 days per copy, so
 * that copies form their own stories, as a stream of news does.
 * An undated article keeps the dates its text mentions, so its copies would all land on one day and pile
 * into one ever-growing story, which no stream does: only the first copy keeps it (`--undated-copies` keeps
 * them all, to measure that worst case).
 * The same machine is shared, so the pipeline alone (extraction and annotation, no store) is timed in the
 * same run and the store's cost is given as a ratio to it. PostgreSQL is DATABASE_URL, or a throwaway
 * cluster from scripts/pg-test.sh; without either, its figures are skipped with a message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import { ingestIntoStore, listStories, openStore, type Store } from '../../src/store/index.js';
import { testDatabase, type TestDatabase } from '../../src/store/pg-cluster.js';
import { createApp } from '../../src/server/app.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COPIES = arg('copies', 100);
const BATCH = arg('batch', 50);
const UNDATED_COPIES = process.argv.includes('--undated-copies');
const DAY = 86_400_000;

function shift(date: string | undefined, days: number): string | undefined {
  if (!date) return undefined;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : new Date(ms + days * DAY).toISOString();
}

async function corpusFile(dir: string): Promise<{ path: string; count: number }> {
  const { docs } = await collectDocs(['examples/corpus']);
  const lines: string[] = [];
  for (let k = 0; k < COPIES; k++) {
    for (const d of docs) {
      if (k > 0 && !d.meta.published && !UNDATED_COPIES) continue;
      const vary = (text: string) => (k === 0 ? text : text.replace(/\p{L}{5,}/gu, (w) => `${w}${suffix(k)}`));
      lines.push(JSON.stringify({ text: `${vary(d.text)}\n\nBench copy ${k}.`, title: d.meta.title && vary(d.meta.title), outlet: d.meta.outlet, url: d.meta.url, published: shift(d.meta.published, k * 30) }));
    }
  }
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, count: lines.length };
}

/** a, b, …, z, ba, bb, …: letters, so that the words stay words to the tokenizer. */
function suffix(k: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}

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
  const { path, count } = await corpusFile(work);
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
