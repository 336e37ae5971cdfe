import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../pipeline/order.js';
import { buildTimeline, storiesOf } from './build.js';
import { findActor } from './actors.js';
import { formatTimelines } from './format.js';
import { timelineStage } from './stage.js';
import { reportActions } from './report.js';
import type { Timeline } from './types.js';

const pipeline = await buildPipeline(ANALYZE_STAGES);

const A = [
  'Varonia accuses Teskár of border shelling as talks open',
  'Varonia accused Teskár of shelling border posts near Dravica on March 12, the defence ministry in Kestrava said on Monday.',
  'Talks between Varonia and Teskár opened in Kestrava on March 16.',
  'Varonia demanded that Teskár withdraw its militia from the border.',
].join('\n');
const B = [
  'Varonia and Teskár begin border talks after shelling <script>alert(1)</script>',
  'Varonia accused Teskár of shelling border posts on March 12, officials said.',
  'Talks between Varonia and Teskár opened in Kestrava on Monday, with Lissenholm as mediator.',
  'Teskár rejected the accusation and warned Varonia against any retaliation.',
].join('\n');

function corpus() {
  const docs = [
    new Doc({ id: 'a', source: 'a.txt', text: A, meta: { title: 'Varonia accuses Teskár of border shelling as talks open', published: '2026-03-16T10:00', outlet: 'Harbour Wire' } }),
    new Doc({ id: 'b', source: 'b.txt', text: B, meta: { title: 'Varonia and Teskár begin border talks after shelling', published: '2026-03-17', outlet: 'Meridian Times' } }),
  ];
  return pipeline.run(docs).corpus;
}

test('one story: dated entries in order, one action reported twice is one entry with two sources', () => {
  const c = corpus();
  const stories = storiesOf(c);
  const story = stories.find((s) => s.articles.includes('a'))!;
  const t = buildTimeline(c, story.id)!;
  const dated = t.entries.filter((e) => e.day);
  assert.deepEqual(dated.map((e) => e.day), [...dated.map((e) => e.day)].sort());
  const shelling = t.entries.find((e) => e.action?.verb === 'accused' && e.time === '2026-03-12');
  assert.ok(shelling, 'the accusation of the 12th is on the timeline');
  assert.deepEqual([...story.articles].sort(), ['a', 'b']);
  assert.deepEqual(shelling.sources.map((s) => s.article).sort(), ['a', 'b']);
  const source = shelling.sources.find((s) => s.article === 'a')!;
  assert.equal(A.slice(source.start, source.end), 'Varonia accused Teskár');
  // Undated entries come after every dated one.
  const firstUndated = t.entries.findIndex((e) => e.day === null);
  if (firstUndated >= 0) assert.ok(t.entries.slice(firstUndated).every((e) => e.day === null));
});

test('per actor: what Varonia demanded and accused, each with its sources', () => {
  const c = corpus();
  const timelines = c.results.get('corpus:timelines') as Timeline[];
  const varonia = timelines.map((t) => findActor(t.actors, 'varonia')).find((a) => a)!;
  const roles = new Set(varonia.items.map((i) => i.role));
  assert.ok(roles.has('accused') && roles.has('demanded'), [...roles].join(','));
  for (const item of varonia.items) assert.ok(item.sources.length >= 1);
});

test('HTML escapes article content; JSON round-trips; an unknown story gives undefined', () => {
  const c = corpus();
  const timelines = c.results.get('corpus:timelines') as Timeline[];
  const html = formatTimelines(timelines, 'html');
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('&lt;script&gt;') || !timelines.some((t) => t.title.includes('script')));
  assert.deepEqual(JSON.parse(formatTimelines(timelines, 'json')).timelines.length, timelines.length);
  assert.equal(buildTimeline(c, 'no-such-story'), undefined);
});

test('an article with no time expression: its actions are undated, none invented', () => {
  const doc = new Doc({ id: 'u', source: 'u.txt', text: 'Varonia accused Teskár of lying.\nTeskár denied it.', meta: { title: 'Varonia accuses Teskár' } });
  const c = pipeline.run([doc]).corpus;
  const [t] = c.results.get('corpus:timelines') as Timeline[];
  assert.ok(t && t.entries.length > 0);
  assert.ok(t.entries.every((e) => e.time === null && e.day === null));
});

test('report actions: ids, offsets into the article, entity links and times', () => {
  const c = corpus();
  const actions = reportActions(c);
  assert.ok(actions.length > 0);
  const accused = actions.find((a) => a.article === 'a' && a.type.cameo.startsWith('11') && a.time !== null)!;
  assert.equal(A.slice(accused.start, accused.end), 'Varonia accused Teskár');
  assert.equal(accused.actor?.text, 'Varonia');
  assert.ok(accused.actor?.entity, 'the actor is linked to a corpus entity');
  assert.deepEqual(accused.time?.value, '2026-03-12');
  assert.equal(new Set(actions.map((a) => a.id)).size, actions.length);
});

test('a report with no publication day keeps its weekday events, with their words, at its event\'s period', () => {
  const text = [
    'Border talks collapse in Kestrava',
    'Varonia accused Teskár of shelling border posts on October 12.',
    'Talks between Varonia and Teskár in Kestrava ended late on Tuesday without a deal.',
  ].join('\n');
  const doc = new Doc({ id: 'y', source: 'y.txt', text, meta: { title: 'Border talks collapse in Kestrava' } });
  const c = pipeline.run([doc]).corpus;
  const [t] = c.results.get('corpus:timelines') as Timeline[];
  assert.ok(t);
  assert.equal(t.events.length, 1);
  assert.match(t.events[0]!.published ?? '', /^XXXX-1[01]/, 'the event is dated to a time of year, no year invented');
  const tuesday = t.entries.find((e) => e.expression?.includes('Tuesday'));
  assert.ok(tuesday, 'the Tuesday sentence is on the timeline');
  assert.equal(tuesday.time, null);
  assert.equal(tuesday.event, t.events[0]!.id);
  assert.equal(text.slice(tuesday.sources[0]!.start, tuesday.sources[0]!.end).includes('Tuesday') || tuesday.text.includes('Tuesday'), true);
  const dated = t.entries.findIndex((e) => e.time === 'XXXX-10-12');
  assert.ok(dated >= 0 && dated < t.entries.indexOf(tuesday), 'the dated attack comes first');
  const md = formatTimelines([t], 'md');
  assert.match(md, /“late on Tuesday” \(no date stated; reports of \d+ (October|November) .*\(year not stated\)/);
});

test('a capital that acts is listed under its state, with the capital as the evidence', () => {
  const text = 'Border row deepens\nOslo accused Stockholm of closing the border crossing on March 3, officials said.';
  const doc = new Doc({ id: 'cap', source: 'cap.txt', text, meta: { title: 'Border row deepens', published: '2026-03-04' } });
  const [t] = pipeline.run([doc]).corpus.results.get('corpus:timelines') as Timeline[];
  const norway = findActor(t!.actors, 'Norway');
  assert.ok(norway, t!.actors.map((a) => a.name).join(', '));
  const item = norway.items.find((i) => i.role === 'accused');
  assert.ok(item, 'the accusation is Norway\'s');
  assert.deepEqual(item.via, { name: 'Oslo', role: 'capital' });
  const entry = t!.entries.find((e) => e.action?.actor?.name === 'Oslo')!;
  const evidence = entry.action!.actor!.affiliation!.evidence;
  assert.equal(text.slice(evidence.start, evidence.end), 'Oslo');
});
