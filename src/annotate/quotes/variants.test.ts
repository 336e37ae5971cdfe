import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes } from './quotes.js';
import { DEFAULT_THRESHOLD, groupQuotes, quoteSimilarity } from './variants.js';

function doc(id: string, text: string): Doc {
  const d = new Doc({ id, source: `${id}.txt`, text });
  d.setLayer('quotes', annotateQuotes(d));
  return d;
}

test('quoteSimilarity: a paraphrase scores above unrelated text', () => {
  const same = quoteSimilarity('The talks failed to produce any workable plan', 'The talks thus failed to bring about any workable plan');
  const other = quoteSimilarity('The talks failed to produce any workable plan', 'Prices of wheat rose sharply in the northern markets');
  assert.ok(same > 0.55, `paraphrase scored ${same}`);
  assert.ok(other < 0.2, `unrelated scored ${other}`);
});

test('quoteSimilarity: the best sentence pair counts, so a longer rendering still matches', () => {
  const s = quoteSimilarity('The talks failed to produce any workable plan.', 'The talks thus failed to bring about any workable plan. We thank our hosts for their patience and help.');
  assert.ok(s > 0.55, `scored ${s}`);
});

test('groupQuotes: two outlets rendering one statement form one group; the rest are single-source', () => {
  const a = doc('a', '“The talks failed to produce any workable plan,” Hamid Qadir said.\n\n“Our farmers need rain,” said Lena Park.');
  const b = doc('b', 'Minister Hamid Qadir spoke late. “The talks thus failed to bring about any workable plan,” the minister wrote.');
  const groups = groupQuotes([a, b]);
  const shared = groups.find((g) => g.quotes.length === 2)!;
  assert.equal(shared.speaker, 'qadir');
  assert.equal(shared.singleSource, false);
  assert.ok(shared.similarity > 0.55);
  assert.deepEqual(shared.quotes.map((q) => [q.article, q.start]).sort(), [['a', 1], ['b', 34]]);
  const single = groups.filter((g) => g.quotes.length === 1);
  assert.equal(single.length, 1);
  assert.equal(single[0]!.singleSource, true);
  assert.equal(single[0]!.speaker, 'park');
});

test('groupQuotes: the same words from different named speakers stay apart', () => {
  const a = doc('a', '“The talks failed to produce any workable plan,” Hamid Qadir said.');
  const b = doc('b', '“The talks failed to produce any workable plan,” Lena Park said.');
  assert.equal(groupQuotes([a, b]).length, 2);
});

test('groupQuotes: documents without a quotes layer give no groups', () => {
  assert.deepEqual(groupQuotes([new Doc({ id: 'x', source: 'x', text: 'Nothing here.' })]), []);
});

test('article-local entity ids do not join different speakers across articles', () => {
  // Both articles' first entity is "e1", but they are different people: without a corpus-wide id the
  // speakers are compared by last name.
  const a = new Doc({ id: 'a', source: 'a', text: '“We will not sign a deal that abandons the harbour workers,” Mara Lind said.' });
  const b = new Doc({ id: 'b', source: 'b', text: '“We will not sign a deal that abandons the harbour workers,” Tomas Berg said.' });
  for (const doc of [a, b]) {
    const quotes = annotateQuotes(doc);
    doc.setLayer('quotes', quotes.map((q) => ({ ...q, attrs: { ...q.attrs, speakerEntity: 'e1' } })));
  }
  const groups = groupQuotes([a, b]);
  assert.equal(groups.length, 2);
  const joined = groupQuotes([a, b], { speakerId: () => 'same-person' });
  assert.equal(joined.length, 1);
});

test('quoteSimilarity: synonyms count, so a rewording with few shared words matches; words alone do not', () => {
  const a = 'We would rather act a little early than a lot too late';
  const b = 'We prefer to move slightly early rather than much too late';
  assert.ok(quoteSimilarity(a, b) >= DEFAULT_THRESHOLD, `with WordNet ${quoteSimilarity(a, b)}`);
  assert.ok(quoteSimilarity(a, b, null) < DEFAULT_THRESHOLD, `without ${quoteSimilarity(a, b, null)}`);
});

// [a, b, why they are not one statement]: all but the antonyms share every content word but one
const different: [string, string, string][] = [
  ['The port will reopen to cargo ships on 4 March', 'The port will reopen to cargo ships on 40 March', 'a number changed'],
  ['The port will reopen to cargo ships on Monday', 'The port will reopen to cargo ships on Tuesday', 'a day changed'],
  ['We will extend the grain corridor through the winter', 'We will not extend the grain corridor through the winter', 'a negation flipped'],
  ['We will extend the grain corridor through the winter', "We won't extend the grain corridor through the winter", "n't"],
  ['Rescue boats are still searching the bay for survivors', 'Rescue boats have stopped searching the bay for survivors', 'stopped denies'],
  ['Grain exports rose sharply through the southern ports', 'Grain exports fell sharply through the southern ports', 'antonyms'],
];
for (const [a, b, why] of different) {
  test(`quoteSimilarity: not one statement when ${why}`, () => {
    assert.equal(quoteSimilarity(a, b), 0);
    assert.equal(quoteSimilarity(b, a), 0);
  });
}

test('quoteSimilarity: a number may be spelled or left out, and a denial in a clause of its own does not count', () => {
  assert.ok(quoteSimilarity('Fourteen fishermen were rescued off the northern cape', 'Coastguards saved 14 fishermen off the northern cape') >= DEFAULT_THRESHOLD);
  assert.ok(quoteSimilarity('Turnout reached 68 percent, the highest in two decades', 'Turnout reached 68 percent, the highest in years') >= DEFAULT_THRESHOLD);
  const s = quoteSimilarity('We should have warned the villages before we opened the dam, and I regret that we did not', 'We should have alerted the villages before opening the dam');
  assert.ok(s >= DEFAULT_THRESHOLD, `scored ${s}`);
});

test('groupQuotes: two renderings that share no word at all are found and joined through their senses', () => {
  const a = doc('a', '“The children were frightened by the blasts,” Hamid Qadir said.');
  const b = doc('b', '“The kids were scared by the explosions,” said Hamid Qadir.');
  const groups = groupQuotes([a, b]);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0]!.quotes.map((q) => [q.article, q.start, q.end]), [['a', 1, 43], ['b', 1, 39]]);
  assert.ok(groups[0]!.similarity >= DEFAULT_THRESHOLD && groups[0]!.similarity < 1);
  assert.equal(groupQuotes([a, b], { senses: null }).length, 2);
});

test('groupQuotes: two outlets carrying one 20,000-word quote with no full stop still form one group', () => {
  const words = Array.from({ length: 20000 }, (_, i) => `word${i % 997}x${Math.floor(i / 997)}`).join(' ');
  const a = doc('a', `“${words},” Hamid Qadir said.`);
  const b = doc('b', `Hamid Qadir said: “${words}.”`);
  const groups = groupQuotes([a, b]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.quotes.length, 2);
  assert.equal(groups[0]!.quotes[0]!.end - groups[0]!.quotes[0]!.start >= words.length, true);
});
