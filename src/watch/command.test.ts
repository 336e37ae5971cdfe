import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchCommand } from '../cli/commands/watch.js';
import { EXIT, type RunState } from '../cli/main.js';
import { countArticles, openStore } from '../store/index.js';
import { startFeedServer } from './feed-server.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-cli-'));
let feeds: Awaited<ReturnType<typeof startFeedServer>>;

before(async () => {
  feeds = await startFeedServer([
    { title: 'Tide gauge installed at Kessel pier', link: 'https://pier.example/gauge', published: '2026-07-01T09:00:00Z', paragraphs: ['A new tide gauge was installed at Kessel pier on Wednesday, harbour master Lene Saari said.', 'It reports the water level every minute.'] },
  ]);
});
after(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = async (...args: string[]): Promise<number> => {
  const state: RunState = { exitCode: EXIT.ok };
  await watchCommand(state).exitOverride().parseAsync(args, { from: 'user' });
  return state.exitCode;
};

test('watch --once stores a feed, and fails with status 1 on a broken one and 2 on a file', async () => {
  assert.equal(await run(`${feeds.url}/feed.xml`, '--once', '--allow-private', '--db', dir), EXIT.ok);
  assert.equal(await run(`${feeds.url}/broken.xml`, '--once', '--allow-private', '--db', dir), EXIT.input);
  assert.equal(await run('feed.xml', '--once', '--db', dir), EXIT.usage);
  const store = await openStore({ dir });
  try {
    assert.equal(await countArticles(store.db), 1, 'the store was closed after each run and holds the item');
  } finally {
    await store.close();
  }
});
