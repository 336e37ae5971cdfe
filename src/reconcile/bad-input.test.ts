import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { runAll } from './test-helpers.js';
import type { Reconciliation } from './stage.js';
import { buildBriefing } from '../brief/compose.js';
import { checkFaithfulness } from '../brief/faithfulness.js';
import { findNumbers } from './numbers.js';

const WIRE = [
  'Flood waters cut off the river town of Amberley on Friday, stranding two hundred residents on rooftops.',
  'Rescue crews in boats reached a dozen families before nightfall, the county fire service said.',
  'The river rose faster than forecast after three days of heavy rain in the hills.',
  'Schools across the valley will stay closed on Monday while engineers inspect the bridges.',
].join('\n\n');

function doc(id: string, text: string, outlet: string, published = '2026-06-05T10:00:00Z'): Doc {
  return new Doc({ id, source: `${id}.txt`, text: `Floods strand residents in Amberley\n\n${text}`, meta: { title: 'Floods strand residents in Amberley', outlet, published } });
}

async function reconcileOf(docs: Doc[]) {
  const corpus = await runAll(docs);
  return { corpus, r: corpus.results.get('corpus:reconciliation') as Reconciliation };
}

test('a story of one article is not reconciled, says so, and still gets a briefing', async () => {
  const { corpus, r } = await reconcileOf([doc('solo', WIRE, 'River Post')]);
  assert.equal(r.stories.length, 1);
  const story = r.stories[0]!;
  assert.equal(story.reconciled, false);
  assert.match(story.note!, /only one article/);
  assert.equal(story.contradictions.length, 0);
  assert.ok(story.claims.every((c) => c.status === 'single'));
  const briefing = buildBriefing(corpus, story.story);
  assert.ok(briefing.note);
  assert.equal(checkFaithfulness(briefing, corpus.docs).score, 1);
});

test('fifty copies of one wire story are one voice, not fifty', async () => {
  const docs = Array.from({ length: 50 }, (_, i) => doc(`copy${String(i).padStart(2, '0')}`, WIRE, `Paper ${i}`, `2026-06-05T${String(10 + (i % 10)).padStart(2, '0')}:00:00Z`));
  const { r } = await reconcileOf(docs);
  const story = r.stories.find((s) => s.articles.length === 50);
  assert.ok(story, 'all fifty copies are one story');
  assert.equal(story.voices, 1);
  assert.equal(story.reconciled, false);
  assert.match(story.note!, /50 articles are copies of one report/);
  assert.equal(story.claims.filter((c) => c.status === 'shared').length, 0);
  assert.ok(story.claims.some((c) => c.support.length === 50), 'each statement cites every copy');
});

test('claims with no names and numbers written as words are aligned and compared', async () => {
  const other = [
    'Volunteers with tractors and a borrowed ferry spent the night ferrying elderly neighbours to the church hall.',
    'By Friday evening flood water had cut off the river town, leaving three hundred residents stranded on rooftops.',
    'Rescue crews in boats reached a dozen families before nightfall, according to the county fire service.',
    'Farmers downstream said they had moved their cattle to higher pasture a day earlier.',
    'Insurers said it was too soon to put a figure on the damage.',
  ].join('\n\n');
  const { corpus, r } = await reconcileOf([doc('a', WIRE, 'River Post'), doc('b', other, 'Valley News', '2026-06-05T12:00:00Z')]);
  const story = r.stories[0]!;
  assert.equal(story.voices, 2);
  const shared = story.claims.filter((c) => c.status === 'shared');
  assert.ok(shared.some((c) => /dozen families/.test(c.text)));
  const c = story.contradictions.find((x) => x.sides.some((s) => s.value === 300));
  assert.ok(c, 'two hundred against three hundred residents is a dispute');
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [200, 300]);
  const briefing = buildBriefing(corpus, story.story);
  assert.equal(checkFaithfulness(briefing, corpus.docs).score, 1);
});

test('empty and odd texts give no figures and no crash', () => {
  for (const text of ['', '   ', 'one', 'and and and', '---', '12,', '5–', 'a a dozen']) assert.doesNotThrow(() => findNumbers(text), text);
  assert.deepEqual(findNumbers('one').map((n) => n.value), []);
});

test('an article with no sentence long enough to be a claim gives a briefing of its cited title alone', async () => {
  const tiny = new Doc({ id: 't', source: 't.txt', text: 'Hi.\n\nOk then.', meta: { title: 'Hi', outlet: 'Tiny', published: '2026-06-01' } });
  const { corpus, r } = await reconcileOf([tiny]);
  const story = r.stories[0]!;
  assert.equal(story.claims.length, 0);
  const b = buildBriefing(corpus, story.story);
  assert.equal(b.happened.length, 0);
  // The title stands in the text, so the headline cites it there.
  assert.equal(b.headline.text, 'Hi');
  assert.deepEqual(b.headline.cites.map((c) => [c.start, c.end]), [[0, 2]]);
  assert.deepEqual(checkFaithfulness(b, corpus.docs).failures, []);
});
