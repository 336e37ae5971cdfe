// Speaker attribution cases measured on PolNeAR train (bench/quotes/polnear.ts): nested attributions, long
// appositions after a quote, carried quotes after a relative clause, relative pronouns. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

function run(text: string) {
  const doc = new Doc({ id: 't', source: 'test', text });
  return annotateQuotes(doc).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return { kind: s.label, start: s.start, end: s.end, cue: a.cueText, mention: a.mention, speaker: a.speakerText, speakerStart: a.speaker?.start ?? null };
  });
}

test('nested attribution: a source inside the reported clause does not cut the outer content', () => {
  const text = 'Ilse Brandt said the ferry makes her angry every time she thinks about the delays.';
  const got = run(text);
  assert.equal(got.length, 1);
  assert.deepEqual([got[0]!.start, got[0]!.end, got[0]!.cue], [text.indexOf('the ferry'), text.length - 1, 'said']);
  assert.deepEqual(got[0]!.mention, { start: 0, end: 11 });
});

test('coordinated attributions still split: "…, but he urged …" ends the earlier content', () => {
  const text = 'Ilse Brandt said the ferry was late, but Tomas Varga insisted it left on time.';
  const got = run(text);
  assert.deepEqual(got.map((q) => [q.start, q.end, q.speaker]), [
    [text.indexOf('the ferry'), text.indexOf(', but')],
    [text.indexOf('it left'), text.length - 1],
  ].map(([s, e], k) => [s, e, k === 0 ? 'Ilse Brandt' : 'Tomas Varga']));
});

test('a long apposition between the quote and its cue', () => {
  const text = '“The bridge will open in May,” Tomas Varga, a planner at the transport office of the city of Brno, told reporters.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.end, q!.cue, q!.speaker, q!.speakerStart], [1, 28, 'told', 'Tomas Varga', text.indexOf('Tomas')]);
});

test('a cue inside the aside after the source is skipped for the attribution cue', () => {
  const text = '“Tolls are far too high,” Ana Reyes, who has not endorsed either plan, told the council.';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.start, q.end, q.cue, q.speaker, q.speakerStart], [1, 23, 'told', 'Ana Reyes', text.indexOf('Ana')]);
});

test('straight and curly marks mixed in one quote still pair and attribute', () => {
  const text = 'He left. "The tolls are too high,” said Ana Reyes.';
  const q = run(text).find((x) => x.kind === 'direct')!;
  assert.deepEqual([q.start, q.end, q.speaker, q.speakerStart], [10, 32, 'Ana Reyes', text.indexOf('Ana')]);
});

test('a quote after an attribution with a relative clause carries the quoted speaker, not the clause', () => {
  const text = '“The tolls are too high,” said Ana Reyes, who thinks often about her commute. “We pay twice for one road.”';
  const quotes = run(text).filter((x) => x.kind === 'direct');
  // the second quote joins the first as one statement in two parts, attributed to Ana Reyes
  const last = quotes[quotes.length - 1]!;
  assert.equal(last.end, text.length - 1);
  assert.deepEqual([last.speaker, last.speakerStart], ['Ana Reyes', text.indexOf('Ana')]);
});

test('a relative pronoun takes the name just before it, and no name when a common noun stands there', () => {
  const named = 'Ana Reyes, who said the road was unsafe, resigned on Monday.';
  const [a] = run(named);
  assert.deepEqual([a!.cue, a!.speaker, a!.speakerStart, a!.mention], ['said', 'Ana Reyes', 0, { start: 11, end: 14 }]);
  const common = 'Tomas Varga won the vote among farmers who said the rain came late.';
  const b = run(common).find((x) => x.cue === 'said')!;
  assert.deepEqual([b.speaker, b.mention], [null, { start: common.indexOf('who'), end: common.indexOf('who') + 3 }]);
});

test('a description, a comma and a name before the cue after a quote are one source', () => {
  const text = '“She helped everyone,” another neighbour, Mariam Selim told the radio.';
  const [q] = run(text);
  assert.deepEqual([q!.cue, q!.mention, q!.speaker, q!.speakerStart], ['told', { start: text.indexOf('another'), end: text.indexOf(' told') }, 'Mariam Selim', text.indexOf('Mariam')]);
});

test('a cue before a quote with no source beside it takes the subject that opens the sentence', () => {
  const text = 'Ilse Brandt’s office brushed off the complaint on Friday, telling reporters, “The tolls stay as they are.”';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.cue, q!.mention], [text.indexOf('The tolls'), 'telling', { start: 0, end: 20 }]);
});

test('a subject before two asides (an age, a relative clause) is the source of the cue after them', () => {
  const text = 'Woodrow Lind, 58, who lives outside Brno, says the ferry is always late.';
  const [q] = run(text);
  assert.deepEqual([q!.start, q!.cue, q!.mention], [text.indexOf('the ferry'), 'says', { start: 0, end: 12 }]);
});
