import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../test/run-cli.js';
import { BRIDGE_ARTICLES, FLOOD_ARTICLES, writeFixture } from '../../store/fixtures/articles.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../dev-entry.ts', import.meta.url));
const LOCK_CHILD = fileURLToPath(new URL('../../store/fixtures/lock-child.ts', import.meta.url));

/** The real CLI, with DATABASE_URL cleared so that every run uses the PGlite --db it names. */
function run(args: string[], options: { fileModes?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  return runCli(args, { ...options, env: { DATABASE_URL: '', ...options.env } });
}

const work = mkdtempSync(join(tmpdir(), 'corroborate-store-cli-'));
const db = join(work, 'db');
const input = writeFixture([...BRIDGE_ARTICLES, ...FLOOD_ARTICLES]);
after(() => rmSync(work, { recursive: true, force: true }));

before(async () => {
  const first = await run(['ingest', input, '--db', db, '--format', 'json', '--batch-size', '2']);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout), { added: 5, stored: 0, failed: 0, stories: JSON.parse(first.stdout).stories, database: db, backend: 'pglite' });
});

test('ingest again stores nothing new; a missing input fails the run with exit 1', async () => {
  const again = await run(['ingest', input, join(work, 'missing.txt'), '--db', db]);
  assert.equal(again.code, 1);
  assert.match(again.stdout, /^0 new, 5 already stored, 1 failed; 0 stories updated/);
  assert.match(again.stderr, /missing\.txt: error: no such file or folder/);
});

test('stories, story, search, entities-db and export read the store in every format', async () => {
  const stories = JSON.parse((await run(['stories', '--db', db, '--format', 'json'])).stdout) as { id: string; articleCount: number }[];
  assert.deepEqual(stories.map((s) => s.articleCount).sort(), [2, 3]);
  const md = await run(['stories', '--db', db, '--format', 'md', '--sort', 'covered']);
  assert.match(md.stdout, /^\| Story \| Articles/);
  assert.match(md.stdout.split('\n')[2]!, /Tavrin Bridge.*\| 3 \| 3 \|/);
  const table = await run(['stories', '--db', db, '--format', 'table']);
  assert.match(table.stdout, /^ID\s+ARTICLES\s+OUTLETS/);

  const bridge = stories.find((s) => s.articleCount === 3)!;
  const story = JSON.parse((await run(['story', bridge.id, '--db', db])).stdout);
  assert.equal(story.articles.length, 3);
  assert.ok(story.events.length >= 1);
  assert.ok(story.entities.some((e: { name: string }) => e.name === 'Ilka Voss'));
  assert.match((await run(['story', bridge.id, '--db', db, '--format', 'md'])).stdout, /^# .*Tavrin Bridge[\s\S]*## Events[\s\S]*Ilka Voss/);
  const missing = await run(['story', 'story-000000000000', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no story story-000000000000/);

  const hits = (await run(['search', 'inspection', 'report', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(hits.length, 2);
  assert.match((await run(['search', 'ferries', '--db', db, '--format', 'md'])).stdout, /\*\*ferries\*\*/);
  assert.match((await run(['search', 'ferries', '--db', db, '--format', 'table'])).stdout, /\[ferries\]/);

  const people = JSON.parse((await run(['entities-db', '--db', db, '--type', 'person', '--format', 'json'])).stdout) as { name: string; type: string }[];
  assert.ok(people.length >= 2 && people.every((p) => p.type === 'PERSON'));

  const lines = (await run(['export', '--db', db])).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  assert.ok(lines.every((d) => typeof d.text === 'string' && d.layers.sentences.length > 0));
  const report = JSON.parse((await run(['export', '--db', db, '--format', 'report'])).stdout);
  assert.equal(report.articles.length, 5);
  assert.equal(report.stories.length, 2);
});

test('--help exits 0 and a wrong flag exits 2', async () => {
  for (const command of ['ingest', 'stories', 'story', 'search', 'entities-db', 'export', 'serve']) {
    const help = await run([command, '--help']);
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, /--db <dir>/);
  }
  assert.equal((await run(['stories', '--format', 'xml', '--db', db])).code, 2);
});

test('a database held by another process is refused, naming the process', async () => {
  const holder = spawn(process.execPath, ['--import', 'tsx', LOCK_CHILD, db], { stdio: ['pipe', 'pipe', 'inherit'] });
  await once(holder.stdout!, 'data');
  const result = await run(['stories', '--db', db]);
  holder.stdin!.end();
  await once(holder, 'exit');
  assert.equal(result.code, 1);
  assert.match(result.stderr, new RegExp(`in use by process ${holder.pid}`));
});

test('a read-only database folder is refused with a plain message', async () => {
  const locked = join(work, 'read-only');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  // Root writes anywhere: as root the command runs without the power to override file modes.
  const result = await run(['stories', '--db', join(locked, 'db')], { fileModes: true });
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /^corroborate: the database folder .*read-only\/db is not writable \(EACCES\)/);
});

test('serve refuses a non-loopback host without a token, and a port in use', async () => {
  const open = await run(['serve', '--host', '0.0.0.0', '--db', db]);
  assert.equal(open.code, 2);
  assert.match(open.stderr, /refusing to listen on 0\.0\.0\.0 without a token/);

  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  const busy = await run(['serve', '--port', String(port), '--db', db]);
  blocker.close();
  assert.equal(busy.code, 1);
  assert.match(busy.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use \\(EADDRINUSE\\)`));
});

test('serve answers on a real socket and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'serve', '--port', '0', '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const m = /at (http:\/\/\S+);/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  const health = await fetch(`${url}/healthz`);
  const body = (await health.json()) as { ok: boolean; backend: string };
  assert.deepEqual([health.status, body.ok, body.backend], [200, true, 'pglite']);
  const stories = (await (await fetch(`${url}/api/stories`)).json()) as { stories: unknown[] };
  assert.equal(stories.stories.length, 2);
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0);
});
