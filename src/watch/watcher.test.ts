import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countArticles, listStories, openStore, type Store } from '../store/index.js';
import { startFeedServer, type TestItem } from './feed-server.js';
import { backoffSeconds, describePoll, FeedWatcher, type PollResult } from './watcher.js';

const ITEMS: TestItem[] = [
  {
    title: 'Lantern festival draws record crowd to Vesh',
    link: 'https://gazette.example/lanterns',
    published: '2026-09-14T20:00:00Z',
    paragraphs: ['VESH — About 60,000 people filled the old harbour of Vesh on Saturday for the lantern festival, the town council said.', 'Organiser Petra Haldane said the crowd was the largest since the festival began in 1987.'],
  },
  {
    title: 'Vesh ferry timetable changes from Monday',
    link: 'https://gazette.example/ferry',
    published: '2026-09-15T07:00:00Z',
    paragraphs: ['The ferry between Vesh and Orran island will leave every forty minutes from Monday, the operator Solway Lines said.', 'Night crossings end at midnight instead of one in the morning.'],
  },
];
const LATE: TestItem = {
  title: 'Vesh council approves new harbour wall',
  link: 'https://gazette.example/wall',
  published: '2026-09-16T12:00:00Z',
  paragraphs: ['The council of Vesh voted on Tuesday to build a new harbour wall after storms damaged the old one, councillor Ivo Maren said.', 'Work is due to start in the spring and cost 4.2 million.'],
};

const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
let store: Store;
let feeds: Awaited<ReturnType<typeof startFeedServer>>;

before(async () => {
  store = await openStore({ dir });
  feeds = await startFeedServer(ITEMS);
});
after(async () => {
  await feeds.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a first poll stores the items, a second gets 304, and a changed feed brings its new item', async () => {
  const feed = `${feeds.url}/feed.xml`;
  const reports: PollResult[] = [];
  const watcher = new FeedWatcher(store, [feed], { intervalSec: 60, allowPrivate: true, report: (r) => reports.push(r) });
  try {
    const first = await watcher.poll(feed);
    assert.equal(first.outcome, 'ingested');
    assert.equal(first.added, 2);
    assert.equal(await countArticles(store.db), 2);
    const storiesBefore = await listStories(store.db);
    assert.equal(storiesBefore.reduce((n, s) => n + s.articleCount, 0), 2);

    const before = feeds.requests.length;
    const second = await watcher.poll(feed);
    assert.deepEqual([second.outcome, second.status, second.added], ['unchanged', 304, 0]);
    assert.equal(feeds.requests.length, before + 1, 'an unchanged feed costs one request');
    assert.ok(feeds.requests.at(-1)!.ifNoneMatch, 'the ETag was sent back');

    feeds.setItems([...ITEMS, LATE]);
    const third = await watcher.poll(feed);
    assert.deepEqual([third.outcome, third.added], ['ingested', 1]);
    assert.equal(await countArticles(store.db), 3);
    // The new item joins the stories: counted in them, and a story it touched carries a later updatedAt.
    const storiesAfter = await listStories(store.db);
    assert.equal(storiesAfter.reduce((n, s) => n + s.articleCount, 0), 3);
    assert.ok(storiesAfter.some((s) => !storiesBefore.some((b) => b.id === s.id && b.updatedAt === s.updatedAt)), 'a story was regrouped');
    assert.equal(reports.length, 3);
    assert.match(describePoll(second), /unchanged \(304\)/);
  } finally {
    await watcher.stop();
  }
});

test('a failing feed backs off exponentially, up to the cap, says why, and recovers', async () => {
  const broken = `${feeds.url}/broken.xml`;
  const lines: string[] = [];
  const watcher = new FeedWatcher(store, [broken], { intervalSec: 10, maxBackoffSec: 50, allowPrivate: true, report: (r) => lines.push(describePoll(r)) });
  try {
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await watcher.poll(broken);
      assert.equal(r.outcome, 'failed');
      waits.push(r.nextInSec);
    }
    assert.deepEqual(waits, [20, 40, 50, 50]);
    assert.match(lines[0]!, /broken\.xml: poll failed: HTTP 500 \(failure 1; retrying in 20 s\)/);
  } finally {
    await watcher.stop();
  }
  const feed = `${feeds.url}/feed.xml`;
  const flaky = new FeedWatcher(store, [feed], { intervalSec: 10, allowPrivate: true });
  try {
    feeds.setBroken(true);
    assert.deepEqual([(await flaky.poll(feed)).nextInSec, (await flaky.poll(feed)).nextInSec], [20, 40]);
    feeds.setBroken(false);
    const back = await flaky.poll(feed);
    assert.deepEqual([back.outcome === 'failed', back.failures, back.nextInSec], [false, 0, 10], 'a good poll resets the backoff');
  } finally {
    feeds.setBroken(false);
    await flaky.stop();
  }
  const refused = new FeedWatcher(store, [`${feeds.url}/feed.xml`], { intervalSec: 10 });
  try {
    const r = await refused.poll(`${feeds.url}/feed.xml`);
    assert.equal(r.outcome, 'failed');
    assert.match(r.error!, /private or loopback/, 'loopback needs allowPrivate');
  } finally {
    await refused.stop();
  }
  assert.deepEqual([0, 1, 2, 3].map((f) => backoffSeconds(30, f, 3600)), [30, 60, 120, 240]);
});

test('start polls on its own timer and stop waits for the poll in flight', async () => {
  const feed = `${feeds.url}/feed.xml`;
  const seen: PollResult[] = [];
  const watcher = new FeedWatcher(store, [feed], { intervalSec: 0.05, allowPrivate: true, report: (r) => seen.push(r) });
  watcher.start();
  const deadline = Date.now() + 20_000;
  while (seen.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await watcher.stop();
  const count = seen.length;
  assert.ok(count >= 3, `polled ${count} times`);
  assert.ok(seen.every((r) => r.outcome !== 'failed'));
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(seen.length, count, 'no poll after stop');
});
