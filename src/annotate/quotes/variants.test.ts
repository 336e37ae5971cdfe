import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { annotateQuotes } from './quotes.js';
import { groupQuotes, quoteSimilarity } from './variants.js';

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
