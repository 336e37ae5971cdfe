import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import type { InferredPublished } from './infer.js';
import { publishedByEventStage, publishedInferenceStage, type EventPeriod } from './story.js';
import { formatYearRange, yearDistance, yearlessRange } from './yearless.js';

const doc = (id: string, text: string, published?: string) => new Doc({ id, source: `${id}.txt`, text, meta: published ? { published } : {} });

test('year-less periods read as runs of days of the year, wrapping over New Year; distances go round the year', () => {
  assert.deepEqual(yearlessRange('XXXX-11-07'), { from: 311, length: 1 });
  assert.deepEqual(yearlessRange('XXXX-02'), { from: 31, length: 29 });
  assert.equal(yearlessRange('XXXX-12-30/XXXX-01-02')?.length, 4);
  assert.equal(formatYearRange(yearlessRange('XXXX-10-12/XXXX-11-03')!), 'XXXX-10-12/XXXX-11-03');
  for (const bad of ['2026-11-07', 'XXXX-13', 'XXXX-02-30', 'XXXX-W11']) assert.equal(yearlessRange(bad), undefined, bad);
  const december = yearlessRange('XXXX-12-30/XXXX-01-02')!;
  assert.equal(yearDistance(0, december), 0); // 1 January is inside
  assert.equal(yearDistance(364, december), 0); // 30 December: day 364 of the nominal leap year
  assert.equal(yearDistance(363, december), 1);
  assert.equal(yearDistance(3, december), 2);
});

/** Two events of one story, fixed by hand, as the events stage would give them. */
function eventsOf(groups: string[][]): CorpusStage {
  return {
    name: 'events',
    scope: 'corpus',
    requires: ['corpus:stories'],
    assigns: ['corpus:events'],
    create: () => (corpus) =>
      void corpus.results.set('corpus:events', { stories: [{ events: groups.map((articles, i) => ({ id: `e${i}`, start: null, articles })) }] }),
  };
}

const stories = (...groups: string[][]): CorpusStage => ({
  name: 'stories',
  scope: 'corpus',
  requires: ['text'],
  assigns: ['corpus:stories'],
  create: () => (corpus) => void corpus.results.set('corpus:stories', { stories: groups.map((articles) => ({ articles })) }),
});

test('a report with only a weekday is dated from its own event, not smeared across the story', async () => {
  // No year anywhere: the first round's report names a day of October, the second round's one of November.
  const first = doc('first', 'Militants attacked a border post on October 12. Talks opened in Vell on Monday and ended early Wednesday.');
  const weekday = doc('weekday', 'The talks in Vell ended late on Tuesday without a deal, the minister said.');
  const second = doc('second', 'The third round of talks, held on November 20, ended on Friday without a deal.');
  const later = doc('later', 'On Thursday, guards fired at posts near the crossing, officials said.');
  const pipeline = await buildPipeline([stories(['first', 'weekday', 'second', 'later']), publishedInferenceStage, eventsOf([['first', 'weekday'], ['later', 'second']]), publishedByEventStage]);
  const { corpus, messages } = pipeline.run([first, weekday, second, later]);
  assert.deepEqual(messages, []);
  const inferred = corpus.results.get('corpus:inferredPublished') as Record<string, InferredPublished>;
  const near = (id: string, month: string) => {
    const value = inferred[id]?.value;
    assert.ok(value, `${id} is dated`);
    assert.match(value, new RegExp(`^XXXX-${month}`), `${id}: ${value}`);
    assert.doesNotMatch(value, /\d{4}-/, 'no year is invented');
  };
  near('first', '10');
  near('weekday', '1[01]');
  near('second', '11');
  near('later', '1[12]');
  // The weekday-only report leans on its event's other report, and says so.
  assert.ok(inferred.weekday!.evidence.some((e) => 'doc' in e && e.doc === 'first'));
  assert.ok(!inferred.weekday!.evidence.some((e) => 'doc' in e && e.doc === 'second'));
  const periods = corpus.results.get('corpus:eventPeriods') as Record<string, EventPeriod>;
  assert.equal(periods.e0?.article, 'first');
  assert.equal(periods.e1?.article, 'second');
  // Events are put in the order of their periods.
  const events = (corpus.results.get('corpus:events') as { stories: Array<{ events: Array<{ id: string }> }> }).stories[0]!.events;
  assert.deepEqual(events.map((e) => e.id), ['e0', 'e1']);
});

test('an event whose one report is stated keeps that day; an event with nothing dated has no period', async () => {
  const stated = doc('stated', 'Talks ended on Tuesday.', '2026-03-11T08:00:00Z');
  const mate = doc('mate', 'The talks ended on Tuesday, officials said.');
  const lone = doc('lone', 'A minister spoke of trade.');
  const other = doc('other', 'Trade was discussed.');
  const pipeline = await buildPipeline([stories(['stated', 'mate'], ['lone', 'other']), publishedInferenceStage, eventsOf([['lone', 'other'], ['stated', 'mate']]), publishedByEventStage]);
  const { corpus } = pipeline.run([stated, mate, lone, other]);
  const periods = corpus.results.get('corpus:eventPeriods') as Record<string, EventPeriod>;
  assert.deepEqual(periods.e1, { value: '2026-03-11', article: 'stated', inferred: false });
  assert.equal(periods.e0, undefined);
  const events = (corpus.results.get('corpus:events') as { stories: Array<{ events: Array<{ id: string }> }> }).stories[0]!.events;
  assert.deepEqual(events.map((e) => e.id), ['e1', 'e0'], 'the dated event first, the undated one last');
  assert.equal(mate.meta.published, undefined, 'metadata is left alone');
});
