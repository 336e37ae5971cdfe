import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import type { Entity } from '../annotate/entities/index.js';
import { runAll } from './test-helpers.js';
import { extractClaims, mentionIndex, type Claim } from './claims.js';
import { findNumbers } from './numbers.js';
import { compareSlots } from './slots.js';

/** A one-sentence claim over `text`, read the way extractClaims reads figures. */
function claim(id: string, text: string): Claim {
  return { id, article: id, voice: id, outlet: id, event: 'e1', day: '2026-09-02', index: 5, start: 0, end: text.length, words: [], names: [], actions: [], entities: [], places: [], numbers: findNumbers(text), dates: [], speaker: null };
}

test('a measurement word before a figure is its unit, hyphenated or not', () => {
  const a = 'Residents fled when a magnitude 5.8 tremor hit the valley.';
  const b = 'The valley town, where the magnitude-5.2 tremor hit hardest, lost power.';
  const [x] = findNumbers(a);
  const [y] = findNumbers(b);
  assert.deepEqual([x!.value, x!.unit, x!.before, a.slice(x!.start, x!.end)], [5.8, 'magnitude', 'magnitude', '5.8']);
  assert.deepEqual([y!.value, y!.unit, y!.before, b.slice(y!.start, y!.end)], [5.2, 'magnitude', 'magnitude', '5.2']);
  // The noun after a figure stays its unit when no measurement word comes first.
  assert.equal(findNumbers('Crews rescued 40 miners.')[0]!.unit, 'miners');
});

test('two magnitudes for one tremor clash: the noun after them is what their clauses share', () => {
  const ta = 'A magnitude 5.8 tremor shook Corvale early on Monday, cracking the dam wall.';
  const tb = 'Farmers near the dam, where the magnitude-5.2 tremor was felt most, lost their crops.';
  const a = claim('a', ta);
  const b = claim('b', tb);
  const out = compareSlots(a, b, false, (c) => (c === a ? ta : tb));
  const mag = out.find((c) => c.key.startsWith('count:magnitud'));
  assert.ok(mag, JSON.stringify(out.map((c) => c.key)));
  assert.equal(mag.verdict, 'contradiction');
  assert.deepEqual([ta.slice(mag.a.start, mag.a.end), tb.slice(mag.b.start, mag.b.end)], ['5.8', '5.2']);
});

const TITLE = 'Harbour strike ends after pay deal in Norwick';

function article(id: string, body: string, outlet: string): Doc {
  return new Doc({ id, source: `${id}.txt`, text: `${TITLE}\n\n${body}`, meta: { title: TITLE, outlet, published: '2026-09-03T08:00:00Z' } });
}

const A = [
  'Dock workers in Norwick will return to work on Thursday after a pay deal ended the strike, the port authority announced on Wednesday.',
  'The statement was read to reporters outside the harbour office by Marek Sollund, the authority\'s spokesman, after talks that lasted all night.',
  'The union had held out for a rise of nine percent over two years.',
].join('\n\n');
const B = [
  'Norwick\'s labour minister, Irene Vastergaard, announced on Wednesday that dock workers would return to work on Thursday after a pay deal ended the strike.',
  'Union leaders said members would vote on the offer next week.',
].join('\n\n');

test('who announced a deal: the spokesman who read a statement against a minister in apposition', async () => {
  const corpus = await runAll([article('ledger', A, 'Norwick Ledger'), article('courier', B, 'Harbour Courier')]);
  const mentions = mentionIndex((corpus.results.get('corpus:entities') as Entity[] | undefined) ?? []);
  const [da, db] = corpus.docs;
  const lead = (d: Doc) => extractClaims(d, { voice: d.id, outlet: d.id, event: 'e1', mentions }).find((c) => c.speaker && /^announc/.test(c.speaker.cue))!;
  const a = lead(da!);
  const b = lead(db!);
  assert.equal(da!.slice(a.speaker!), 'Marek Sollund');
  assert.equal(db!.slice(b.speaker!), 'Irene Vastergaard');
  assert.ok(a.speaker!.entity && b.speaker!.entity && a.speaker!.entity !== b.speaker!.entity);
  const out = compareSlots(a, b, true, (c) => (c === a ? da!.text : db!.text));
  assert.deepEqual(out.filter((c) => c.kind === 'speaker').map((c) => [c.a.value, c.b.value, c.verdict]), [['Marek Sollund', 'Irene Vastergaard', 'contradiction']]);
});
