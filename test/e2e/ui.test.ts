import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeFixture } from '../../src/store/fixtures/articles.js';
import { startFeedServer, type TestItem } from '../../src/watch/feed-server.js';
import { HARBOUR_ARTICLES, HOSTILE_LINE } from './fixtures.js';

const FIRST: TestItem = {
  title: 'Orran island school reopens after repairs',
  link: 'https://isles.example/school',
  published: '2026-05-09T08:00:00Z',
  paragraphs: ['The primary school on Orran island reopened on Friday after six months of roof repairs, head teacher Mira Tollan said.', 'Forty pupils had been taught in the village hall.'],
};
const LATER: TestItem = {
  title: 'Storm warning for the Orran straits',
  link: 'https://isles.example/storm',
  published: '2026-05-12T06:00:00Z',
  paragraphs: ['Forecasters issued a storm warning for the Orran straits on Tuesday, with gusts of up to 110 km/h expected overnight.', 'Ferry crossings were cancelled until Wednesday morning.'],
};

/**
 * The UI end to end: `corroborate ingest` then `corroborate serve` as child processes, driven by Debian's
 * chromium through playwright-core. In CI (CI set) a missing browser fails the run; locally only an explicit
 * CORROBORATE_SKIP_BROWSER=1 skips it.
 */
const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';
const skip = !process.env.CI && process.env.CORROBORATE_SKIP_BROWSER === '1';
const CLI = ['--import', 'tsx', 'src/cli/dev-entry.ts'];
const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
let server: ChildProcess | undefined;
let base = '';
let browser: Browser | undefined;
let page: Page;
let feeds: Awaited<ReturnType<typeof startFeedServer>> | undefined;
let serverExit: Promise<number | null>;

before(async () => {
  if (skip) return;
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CORROBORATE_SKIP_BROWSER=1 outside CI)`);
  const ingested = spawnSync(process.execPath, [...CLI, 'ingest', writeFixture(HARBOUR_ARTICLES), '--db', dir], { encoding: 'utf8' });
  assert.equal(ingested.status, 0, ingested.stderr);
  feeds = await startFeedServer([FIRST]);
  // PGlite is one process: the feed is watched inside the server (serve --watch), as users are told to.
  server = spawn(process.execPath, [...CLI, 'serve', '--db', dir, '--port', '0', '--format', 'json', '--watch', `${feeds.url}/feed.xml`, '--interval', '1', '--allow-private'], { stdio: ['ignore', 'pipe', 'inherit'] });
  serverExit = new Promise((resolve) => server!.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: server.stdout! });
  base = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    server!.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await serverExit;
  }
  await feeds?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('story list, story page with a clicked citation, hostile text, search and an entity page', { skip }, async () => {
  const response = await page.goto(`${base}/`);
  assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  await page.getByRole('link', { name: 'Most covered' }).click();
  const story = page.locator('ol.stories a.title').first();
  assert.ok(await story.isVisible());
  await story.click();
  await page.waitForSelector('.briefing h1');

  // A citation in "What happened" jumps to its span in the side-by-side source and lights it up.
  const cite = page.locator('.briefing a.cite').first();
  const target = (await cite.getAttribute('href'))!.slice(1);
  await cite.click();
  const mark = page.locator(`mark#${target}`);
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('active'), target);
  assert.ok(await mark.isVisible());
  const box = (await mark.boundingBox())!;
  const panel = (await page.locator('aside.sources').boundingBox())!;
  assert.ok(box.x >= panel.x && box.y >= 0 && box.y + box.height <= 900, `the cited span is on screen (at ${box.x},${box.y})`);
  assert.ok(box.x > 600, 'the source is in the right-hand column');
  assert.ok((await mark.textContent())!.length > 10);
  await page.screenshot({ path: '/tmp/corroborate-story.png' });

  // The hostile article's markup stays text: no script ran, no image element was made, and the line reads as written.
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('.sources img').count(), 0);
  assert.equal(await page.locator('.sources script').count(), 0);
  assert.ok(await page.getByText(HOSTILE_LINE).first().isVisible(), 'the script text is visible as text');

  // Search from the header form: a highlighted hit.
  await page.fill('header input[name=q]', 'crane');
  await page.press('header input[name=q]', 'Enter');
  await page.waitForSelector('ol.hits li');
  assert.equal((await page.locator('ol.hits li mark').first().textContent())!.toLowerCase(), 'crane');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

  // An entity page: its name, type and mentions with snippets that link back.
  await page.goto(`${base}/entities?q=Lindqvist`);
  await page.locator('table a').first().click();
  await page.waitForSelector('ol.mentions li');
  assert.match((await page.locator('h1').textContent())!, /Lindqvist/);
  assert.match((await page.locator('ol.mentions li mark').first().textContent())!, /Lindqvist/);
  await page.locator('ol.mentions li a').first().click();
  await page.waitForSelector('mark#hit');
  assert.match((await page.locator('mark#hit').textContent())!, /Lindqvist/);
});

test('the story list shows what the watched feed brings, by itself', { skip }, async () => {
  await page.goto(`${base}/`);
  const titles = page.locator('ol.stories a.title');
  await page.waitForFunction((title) => [...document.querySelectorAll('ol.stories a.title')].some((a) => a.textContent === title), FIRST.title, { timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { __before?: number }).__before = 1));
  feeds!.setItems([FIRST, LATER]);
  // No navigation from here: the page's own poll of /api/stories notices the new story and reloads.
  await page.waitForFunction((title) => [...document.querySelectorAll('ol.stories a.title')].some((a) => a.textContent === title), LATER.title, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => (window as unknown as { __before?: number }).__before), undefined, 'the page reloaded itself');
  assert.ok((await titles.count()) >= 1);
});

test('serve --watch stops cleanly on SIGTERM, closing the store', { skip }, async () => {
  server!.kill('SIGTERM');
  assert.equal(await serverExit, 0);
});
