import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examplesCorpus } from '../reconcile/test-helpers.js';
import type { Reconciliation } from '../reconcile/stage.js';
import { buildBriefing, type Briefing } from './compose.js';
import { briefingMarkdown, escapeMarkdown } from './markdown.js';
import { briefingHtml } from './html.js';
import { MAX_SINGLE_PER_OUTLET, singleGroups, singleHeading } from './single.js';

const corpus = await examplesCorpus();
const r = corpus.results.get('corpus:reconciliation') as Reconciliation;

test('every single-source claim is in the briefing, one run per outlet, each in its articles\' order', () => {
  for (const story of r.stories.filter((s) => s.reconciled)) {
    const b = buildBriefing(corpus, story.story);
    const single = story.claims.filter((c) => c.status === 'single');
    assert.equal(b.single.length, single.length, story.title);
    assert.deepEqual(new Set(b.single.map((s) => `${s.cites[0]!.article}:${s.cites[0]!.start}`)), new Set(single.map((c) => `${c.support[0]!.article}:${c.support[0]!.start}`)));
    const groups = singleGroups(b.single);
    // An outlet appears in one run only.
    assert.equal(new Set(groups.map((g) => g.outlet)).size, groups.length);
    for (const g of groups) {
      assert.equal(g.hidden, 0);
      const order = g.shown.map((s) => [s.cites[0]!.n, s.cites[0]!.start] as const);
      const sorted = [...order].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      assert.deepEqual(order, sorted, `${g.outlet} in reading order`);
    }
    // Outlets come in the order of their first source.
    const firsts = groups.map((g) => Math.min(...g.shown.map((s) => s.cites[0]!.n)));
    assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
  }
});

test('Markdown and HTML give each outlet its own list under a heading that counts its statements', () => {
  const story = r.stories.find((s) => s.reconciled)!;
  const b = buildBriefing(corpus, story.story);
  const groups = singleGroups(b.single);
  const md = briefingMarkdown(b);
  const html = briefingHtml(b);
  for (const g of groups) {
    const n = g.shown.length;
    assert.ok(md.includes(`: ${n} ${n === 1 ? 'statement' : 'statements'} no other outlet carries`), g.outlet);
    assert.ok(html.includes(`: ${n} ${n === 1 ? 'statement' : 'statements'} no other outlet carries</h3>`), g.outlet);
  }
  assert.ok(!/not shown here/.test(md) && !/not shown here/.test(html));
});

test('a list longer than the cap says how many it left out and where they all are', () => {
  const story = r.stories.find((s) => s.reconciled)!;
  const b = buildBriefing(corpus, story.story);
  const one = b.single[0]!;
  const many: Briefing['single'] = Array.from({ length: MAX_SINGLE_PER_OUTLET + 3 }, (_, i) => ({ ...one, text: `${one.text} (${i})`, outlet: 'Wordy Wire' }));
  const padded: Briefing = { ...b, single: [...many, { ...one, outlet: 'Terse Times' }] };
  const groups = singleGroups(padded.single);
  assert.deepEqual(groups.map((g) => [g.outlet, g.shown.length, g.hidden]), [['Wordy Wire', MAX_SINGLE_PER_OUTLET, 3], ['Terse Times', 1, 0]]);
  const note = '3 more from Wordy Wire not shown here; the JSON briefing (--format json) lists all of them.';
  assert.ok(briefingMarkdown(padded).includes(`_${escapeMarkdown(note)}_`));
  assert.ok(briefingHtml(padded).includes(`<p><em>${note}</em></p>`));
  assert.match(briefingMarkdown(padded), /### Wordy Wire: 33 statements no other outlet carries/);
});

test('a list carried by a syndicated copy and its original names both as one voice', () => {
  const claim = (outlet: string) => ({ text: 'x', cites: [], outlet });
  const [alone, copies] = singleGroups([claim('Harbour Wire'), claim('Harbour Wire, Coastline Courier'), claim('Harbour Wire, Coastline Courier')]);
  assert.equal(singleHeading(alone!), 'Harbour Wire: 1 statement no other outlet carries');
  assert.equal(singleHeading(copies!), 'Harbour Wire and Coastline Courier (copies of one report: one voice): 2 statements no other source carries');
});
