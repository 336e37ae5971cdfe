/**
 * The store at scale: ingest a stream of 100,000 articles into PGlite (the default store), then measure the
 * story page with all of them loaded, and 100 concurrent clients on loopback for 60 s against
 * `corroborate serve` itself (a child process, as users run it): requests served, errors, latency.
 *
 *   node --import tsx bench/store/scale.ts [--articles 100000] [--db DIR] [--duration 60] [--connections 100]
 *
 * --db keeps the store (and reuses it when it already holds the articles), so the load test can be run again
 * without the long ingest. Peers, measured in the same run: the story page of the same store when it held its
 * first 2,000 articles (how the page scales); the ingest of 500 further articles of the stream into the loaded
 * store against the same 500 into an empty one (how ingest scales; the machine's load is the same for both);
 * and /healthz under the same load (the floor of the HTTP stack: no store, no rendering).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { ingestIntoStore, listStories, openStore, type Store } from '../../src/store/index.js';
import { createApp } from '../../src/server/app.js';
import { copiesFor, writeNewsStream } from './corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const ARTICLES = Number(arg('articles', '100000'));
const DURATION = Number(arg('duration', '60'));
const CONNECTIONS = Number(arg('connections', '100'));
const KEEP = process.argv.includes('--db');
const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-scale-'));
const DB = resolve(arg('db', join(work, 'db')));

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Paths {
  stories: string[];
  articles: string[];
}

async function samplePaths(store: Store): Promise<Paths> {
  const covered = await listStories(store.db, { sort: 'covered', limit: 50 });
  const newest = await listStories(store.db, { sort: 'newest', limit: 50 });
  const stories = [...new Set([...covered, ...newest].map((s) => s.id))];
  const rows = await store.db.selectFrom('articles').select('id').orderBy('id').limit(200).execute();
  return { stories, articles: rows.map((r) => String(r.id)) };
}

/** Story page (UI and API) medians through the app in this process: the scaling peer. */
async function inProcessStoryPage(store: Store): Promise<{ ui: number; api: number }> {
  const app = createApp(store);
  const { stories } = await samplePaths(store);
  const ui: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < 60; i++) {
    const id = stories[i % stories.length]!;
    let t = performance.now();
    await (await app.request(`/stories/${id}`)).arrayBuffer();
    ui.push(performance.now() - t);
    t = performance.now();
    await (await app.request(`/api/stories/${id}`)).arrayBuffer();
    api.push(performance.now() - t);
  }
  return { ui: quantile(ui, 0.5), api: quantile(api, 0.5) };
}

async function fill(store: Store): Promise<{ early?: { ui: number; api: number } }> {
  const have = Number((await store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  if (have >= ARTICLES) {
    console.log(`  ${DB} holds ${have} articles already: ingest skipped`);
    return {};
  }
  const copies = await copiesFor(ARTICLES);
  const { path, count } = await writeNewsStream(work, { copies, limit: ARTICLES });
  console.log(`  stream: ${count} articles (${copies} copies of examples/corpus, each its own month)`);
  const started = performance.now();
  let mark = { t: started, added: 0 };
  let early: { ui: number; api: number } | undefined;
  let measuring: Promise<void> | undefined;
  await ingestIntoStore(store, [path], {
    batchSize: 200,
    onBatch: (s) => {
      if (s.added + s.stored >= 2000 && !early && !measuring) measuring = inProcessStoryPage(store).then((r) => void (early = r));
      if (s.added - mark.added < 10_000 && s.added + s.stored < count) return;
      const now = performance.now();
      const rss = process.memoryUsage().rss / 2 ** 20;
      console.log(`  ${s.added} added, ${s.stored} already stored: last ${s.added - mark.added} at ${((s.added - mark.added) / ((now - mark.t) / 1000)).toFixed(1)} articles/s, overall ${(s.added / ((now - started) / 1000)).toFixed(1)}; rss ${rss.toFixed(0)} MB`);
      mark = { t: now, added: s.added };
    },
  });
  await measuring;
  return early ? { early } : {};
}

/** 500 further articles into the loaded store, then the same into an empty store: articles/s and the ratio. */
async function ingestScaling(loaded: Store): Promise<void> {
  const dir = join(work, 'more');
  mkdirSync(dir, { recursive: true });
  const have = Number((await loaded.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  // Copy numbers past any the store holds, so that the 500 are new articles and new stories to it.
  const { path, count } = await writeNewsStream(dir, { copies: 40, firstCopy: (await copiesFor(have)) + 1000, limit: 500 });
  const rate = async (store: Store) => {
    const t = performance.now();
    const s = await ingestIntoStore(store, [path], { batchSize: 200 });
    return s.added / ((performance.now() - t) / 1000);
  };
  const atScale = await rate(loaded);
  const empty = await openStore({ dir: join(work, 'empty') });
  let fresh: number;
  try {
    fresh = await rate(empty);
  } finally {
    await empty.close();
  }
  console.log(`  ingest of ${count} more articles: ${atScale.toFixed(1)} articles/s into the store of ${have}, ${fresh.toFixed(1)} into an empty store (× ${(atScale / fresh).toFixed(2)})`);
}

async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/dev-entry.ts', 'serve', '--db', DB, '--port', '0', '--format', 'json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', done);
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
  });
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

async function overHttp(url: string, paths: Paths): Promise<{ ui: number[]; api: number[] }> {
  const ui: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < 100; i++) {
    const id = paths.stories[i % paths.stories.length]!;
    let t = performance.now();
    await (await fetch(`${url}/stories/${id}`)).arrayBuffer();
    ui.push(performance.now() - t);
    t = performance.now();
    await (await fetch(`${url}/api/stories/${id}`)).arrayBuffer();
    api.push(performance.now() - t);
  }
  return { ui, api };
}

function load(url: string, paths: Paths, duration: number, only?: string): Promise<autocannon.Result> {
  // What readers of the UI and clients of the API ask for, in proportions a newsroom's would.
  const mix = only
    ? [only]
    : [...paths.stories.flatMap((id) => [`/stories/${id}`, `/api/stories/${id}`]), '/', '/api/stories?limit=50', '/search?q=aftershock', '/api/search?q=ceasefire', ...paths.articles.slice(0, 40).map((id) => `/api/articles/${id}`)];
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    timeout: 30,
    requests: [{ setupRequest: (req) => ({ ...req, path: mix[next++ % mix.length]! }) }],
  });
}

function describe(label: string, r: autocannon.Result): void {
  const served = r.requests.total;
  console.log(`  ${label}: ${served} requests in ${r.duration} s (${r.requests.average.toFixed(0)}/s), ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
}

function peakRss(pid: number): string {
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : 'unknown';
}

try {
  console.log(`store at scale: ${ARTICLES} articles into PGlite at ${DB}; ${CONNECTIONS} clients for ${DURATION} s`);
  const store = await openStore({ dir: DB });
  let early: { ui: number; api: number } | undefined;
  let paths: Paths;
  try {
    ({ early } = await fill(store));
    const late = await inProcessStoryPage(store);
    const n = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const s = await store.db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    console.log(`  store: ${n.n} articles in ${s.n} stories`);
    console.log(`  story page in process with all loaded: UI ${ms(late.ui)}, API ${ms(late.api)} (median of 60)` + (early ? `; at 2,000 articles UI ${ms(early.ui)}, API ${ms(early.api)}: × ${(late.ui / early.ui).toFixed(2)} / × ${(late.api / early.api).toFixed(2)}` : ''));
    await ingestScaling(store);
    // Sampled after the extra ingest, which may regroup (and so rename) the newest stories.
    paths = await samplePaths(store);
  } finally {
    await store.close();
  }

  const { child, url } = await startServe();
  try {
    const page = await overHttp(url, paths);
    console.log(`  story page over HTTP (corroborate serve, ${paths.stories.length} stories): UI median ${ms(quantile(page.ui, 0.5))}, p95 ${ms(quantile(page.ui, 0.95))}; API median ${ms(quantile(page.api, 0.5))}, p95 ${ms(quantile(page.api, 0.95))} (100 each, one client)`);
    const floor = await load(url, paths, Math.min(10, DURATION), '/healthz');
    describe(`peer: /healthz, ${CONNECTIONS} clients`, floor);
    const mixed = await load(url, paths, DURATION);
    describe(`${CONNECTIONS} clients, story pages, lists, search, articles`, mixed);
    console.log(`  served ${(mixed.requests.average / floor.requests.average).toFixed(3)} × the /healthz rate; server peak RSS ${peakRss(child.pid!)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  if (!KEEP) rmSync(DB, { recursive: true, force: true });
}
