import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

function run(text: string, attitudes: boolean) {
  const doc = new Doc({ id: 't', source: 'test', text });
  return annotateQuotes(doc, { attitudes }).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return { start: s.start, end: s.end, cue: a.cueText, cueStart: a.cue.start, mention: a.mentionText, speaker: a.speakerText, anonymous: a.anonymous };
  });
}

test('unsourced: "is widely expected to" reports a belief with no source; the content is the clause, cue included', () => {
  const text = 'Markets were calm. The merger is widely expected to close in May.';
  const got = run(text, true);
  assert.deepEqual(got, [{ start: 19, end: 64, cue: 'is widely expected', cueStart: 30, mention: null, speaker: null, anonymous: false }]);
  assert.equal(text.slice(19, 64), 'The merger is widely expected to close in May');
});

test('unsourced: "reportedly" marks the sentence as reported', () => {
  const text = 'The envoy reportedly met both delegations on Sunday.';
  assert.deepEqual(run(text, true), [{ start: 0, end: 51, cue: 'reportedly', cueStart: 10, mention: null, speaker: null, anonymous: false }]);
});

test('unsourced: "Asked about X," gives the question as content, beside the answer with its own speaker', () => {
  const text = 'Asked about the budget gap, Varga said the plan still holds.';
  const got = run(text, true);
  assert.deepEqual(got.map((q) => [text.slice(q.start, q.end), q.cue, q.cueStart, q.mention]), [
    ['the budget gap', 'Asked about', 0, null],
    ['the plan still holds', 'said', 34, 'Varga'],
  ]);
});

test('unsourced: none of these rules run with speech cues only (the stage default)', () => {
  assert.deepEqual(run('The merger is widely expected to close in May.', false), []);
  assert.deepEqual(run('The envoy reportedly met both delegations on Sunday.', false), []);
  assert.deepEqual(run('Asked about the budget gap, Varga said the plan still holds.', false).map((q) => q.cue), ['said']);
});

test('unsourced: "is expected to" does not compete with a named source in the same sentence', () => {
  const text = 'Varga said the merger is expected to close in May.';
  assert.deepEqual(run(text, true).map((q) => [q.start, q.end, q.cue, q.mention]), [[11, 49, 'said', 'Varga']]);
});

test('loose subjects (attitude mode only): the words before an unambiguous cue verb stand for its source', () => {
  const text = 'In March, dairy farm owners questioned the new quota rules.';
  assert.deepEqual(run(text, true).map((q) => [q.start, q.end, q.cue, q.mention, q.speaker]), [[39, 58, 'questioned', 'dairy farm owners', 'dairy farm owners']]);
  assert.deepEqual(run(text, false), []);
});

test('polls (attitude mode only): "In a … poll, …" and "… in the latest polls" make the poll the source', () => {
  const text = 'In a Harbor Times poll last week, 52 percent chose the levy.\nThe mayor is ahead in the latest polls.';
  assert.deepEqual(run(text, true).map((q) => [q.start, q.end, q.cue, q.mention, q.speaker]), [
    // a named pollster is the speaker; a poll named by no one stays the phrase itself
    [34, 59, 'In', 'a Harbor Times poll last week', 'Harbor Times'],
    [61, 79, 'in', 'the latest polls', 'the latest polls'],
  ]);
  assert.deepEqual(run(text, false), []);
});

test('unsourced: "Asked by X whether …" names the asker; a time or an adverb may stand before the question', () => {
  const text = 'Asked by Ana Reyes whether the port would close, Varga said it would not.';
  const got = run(text, true);
  assert.deepEqual(got.map((q) => [text.slice(q.start, q.end), q.cue, q.mention]), [
    ['whether the port would close', 'Asked', 'Ana Reyes'],
    ['it would not', 'said', 'Varga'],
  ]);
  const later = 'Asked Tuesday what the port would do, Varga said it would wait.';
  assert.deepEqual(run(later, true).map((q) => [later.slice(q.start, q.end), q.cue, q.mention])[0], ['what the port would do', 'Asked', null]);
});
