import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { runAll } from '../reconcile/test-helpers.js';
import type { Reconciliation } from '../reconcile/stage.js';
import { buildBriefing } from './compose.js';
import { checkFaithfulness } from './faithfulness.js';
import { briefingMarkdown } from './markdown.js';

// Two undated reports of one round of talks: one names a date without its year, both name only weekdays.
const A = [
  'Talks in Kestrava end without a deal',
  'Talks between Varonia and Teskár in Kestrava ended late on Tuesday without a deal, the Varonian foreign ministry said.',
  'The talks followed a border clash on October 12 in which six guards were wounded.',
  'Varonia demanded that Teskár withdraw its militia from the border crossing at Dravica.',
].join('\n');
const B = [
  'Kestrava talks collapse',
  'Talks between Varonia and Teskár in Kestrava ended without a deal on Tuesday, the Varonian foreign ministry said.',
  'Varonia demanded that Teskár withdraw its militia from the Dravica border crossing.',
  'On Wednesday, Teskár said it was ready to meet again.',
].join('\n');

test('the briefing timeline places undated weekdays at their event, cites whole sentences and stays faithful', async () => {
  const docs = [new Doc({ id: 'a', source: 'a.txt', text: A, meta: { outlet: 'Harbour Wire' } }), new Doc({ id: 'b', source: 'b.txt', text: B, meta: { outlet: 'Meridian Times' } })];
  const corpus = await runAll(docs);
  const story = (corpus.results.get('corpus:reconciliation') as Reconciliation).stories.find((s) => s.articles.includes('a'))!;
  const b = buildBriefing(corpus, story.story);
  const clash = b.timeline.find((t) => t.day === 'XXXX-10-12');
  assert.ok(clash, JSON.stringify(b.timeline.map((t) => t.day)));
  assert.equal(clash.text, 'The talks followed a border clash on October 12 in which six guards were wounded.');
  const wednesday = b.timeline.find((t) => t.expression === 'Wednesday' || t.expression === 'On Wednesday');
  assert.ok(wednesday, 'the weekday sentence of the undated report is on the timeline');
  assert.equal(wednesday.cites[0]!.article, 'b');
  assert.equal(B.slice(wednesday.cites[0]!.start, wednesday.cites[0]!.end), 'On Wednesday, Teskár said it was ready to meet again.');
  assert.ok(b.timeline.indexOf(clash) < b.timeline.indexOf(wednesday), 'the dated clash comes first');
  assert.deepEqual(checkFaithfulness(b, corpus.docs).failures, []);
  assert.match(briefingMarkdown(b), /“(On )?Wednesday” \\\(no date stated/);
});
