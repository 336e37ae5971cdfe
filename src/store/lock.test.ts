import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { acquireLock, LOCK_FILE, StoreError } from './lock.js';
import { openStore } from './db.js';

const CHILD = new URL('./fixtures/lock-child.ts', import.meta.url).pathname;
const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-lock-'));
  made.push(dir);
  return dir;
};
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

test('the lock file names its holder and goes away on release', () => {
  const dir = fresh();
  const lock = acquireLock(dir);
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  assert.throws(() => acquireLock(dir), /already open in this process/);
  lock.release();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  acquireLock(dir).release();
});

test('a second process is refused with the pid of the holder', async () => {
  const dir = fresh();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  assert.equal(chunk.toString().trim(), 'locked');
  assert.throws(() => acquireLock(dir), (error: unknown) => error instanceof StoreError && error.message.includes(`in use by process ${child.pid}`));
  await assert.rejects(openStore({ dir }), new RegExp(`in use by process ${child.pid}`));
  child.stdin!.end();
  await once(child, 'exit');
  acquireLock(dir).release();
});

test('a lock left by a dead process is taken over', () => {
  const dir = fresh();
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, command: 'killed ingest' }));
  const lock = acquireLock(dir);
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  lock.release();
  writeFileSync(join(dir, LOCK_FILE), '');
  acquireLock(dir).release();
});

test('a database path that is a file is refused with a plain sentence', async () => {
  const file = join(fresh(), 'not-a-folder');
  writeFileSync(file, 'x');
  await assert.rejects(openStore({ dir: file }), (error: unknown) => error instanceof StoreError && /is not a folder/.test(error.message));
  await assert.rejects(openStore({ dir: join(file, 'db') }), (error: unknown) => error instanceof StoreError && /is not a folder/.test(error.message));
});
