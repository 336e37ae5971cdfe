import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { runAll } from './test-helpers.js';
import type { Reconciliation } from './stage.js';

const TITLE = 'Tremor cracks Velmar church tower';
// Two outlets' own words for the rest of the story: one story, one event, two voices (not copies).
const BODY_A = [
  'The tremor cracked the bell tower of Saint Aud\'s church and brought down part of the old market wall, the town council said.',
  'No one was hurt, but the council closed the market square and asked engineers from the regional office to inspect the tower.',
  'Velmar lies on a fault that has produced small tremors for decades.',
];
const BODY_B = [
  'Engineers from the regional office will survey the cracked church tower before the market square reopens, council officials said.',
  'Part of the medieval wall around the market collapsed, but nobody was injured.',
  'Seismologists said the valley fault had been restless for years and that small aftershocks were likely.',
];

function report(id: string, outlet: string, published: string, lede: string[], body: string[]): Doc {
  return new Doc({ id, source: `${id}.txt`, text: `${TITLE}\n\n${[...lede, ...body].join('\n\n')}`, meta: { title: TITLE, outlet, published } });
}

async function dayDisputes(ledeA: string[], ledeB: string[]) {
  const a = report('a', 'Valley Post', '2026-09-01T20:00:00+02:00', ledeA, BODY_A);
  const b = report('b', 'Coast Times', '2026-09-03T09:00:00+02:00', ledeB, BODY_B);
  const corpus = await runAll([a, b]);
  const r = corpus.results.get('corpus:reconciliation') as Reconciliation;
  const story = r.stories.find((s) => s.articles.length === 2);
  assert.ok(story, 'the two reports are one story');
  const slice = (s: { article: string; start: number; end: number }) => corpus.docs.find((d) => d.id === s.article)!.text.slice(s.start, s.end);
  return story.contradictions.filter((c) => c.kind === 'day').map((c) => ({ minor: c.minor, sides: c.sides.map((s) => [s.value, slice(s.values[0]!), s.outlets.join()]).sort() }));
}

test('two ledes that put one tremor on different afternoons disagree on its day, however they word it', async () => {
  const found = await dayDisputes(
    ['A sharp tremor shook Velmar on Tuesday afternoon, sending shoppers running from the market.'],
    ['When the ground moved, at ten past two on Wednesday afternoon, the stalls were still full.'],
  );
  assert.deepEqual(found, [{ minor: false, sides: [['2026-09-01', 'Tuesday afternoon', 'Valley Post'], ['2026-09-02', 'Wednesday afternoon', 'Coast Times']] }]);
});

test('ledes that agree, or name a day with no part of it, are no dispute; a night a day apart is a note', async () => {
  assert.deepEqual(await dayDisputes(
    ['A sharp tremor shook Velmar on Tuesday afternoon, sending shoppers running from the market.'],
    ['When the ground moved on Tuesday afternoon, the stalls were still full.'],
  ), []);
  // "said on Wednesday" dates a statement about the tremor, not the tremor.
  assert.deepEqual(await dayDisputes(
    ['A sharp tremor shook Velmar on Tuesday afternoon, sending shoppers running from the market.'],
    ['The regional office said on Wednesday that the tremor had been felt across the valley.'],
  ), []);
  const night = await dayDisputes(
    ['A sharp tremor shook Velmar on Monday night, waking families across the old town.'],
    ['When the ground moved on Tuesday night, families ran into the streets.'],
  );
  assert.deepEqual(night.map((d) => d.minor), [true]);
});
