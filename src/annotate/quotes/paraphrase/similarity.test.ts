import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commitments, compatible, contrasted, sentenceFeatures, softDice, valuesAgree } from './similarity.js';
import { loadSenses } from './wordnet.js';

const senses = loadSenses();
const f = (s: string) => sentenceFeatures(s, senses);

test('values: numbers spelled or written agree; a changed one or a changed day does not', () => {
  const v = (s: string) => commitments(s);
  assert.deepEqual([...v('Fourteen boats and 1,200 crew on 4.5 km').values].sort(), ['1200', '14', '4.5']);
  assert.ok(valuesAgree(v('Fourteen boats'), v('14 boats')));
  assert.ok(valuesAgree(v('68 percent, the highest in two decades'), v('68 percent')));
  assert.ok(!valuesAgree(v('1,200 jobs'), v('200 jobs')));
  assert.ok(!valuesAgree(v('lost 3-1'), v('lost 2-1')));
  assert.ok(!valuesAgree(v('on Monday'), v('on Tuesday')));
  assert.ok(valuesAgree(v('We may go'), v('We went')), '"may" is not a month');
  assert.equal(v("we didn't").negated, true);
});

test('softDice: each word counts its best match once, synonyms at the weight given', () => {
  const a = f('We postponed the ballot');
  const b = f('We deferred the vote');
  // units: postponed, ballot / deferred, vote: both pairs are synonyms
  assert.equal(softDice(a, b, 1), 1);
  assert.equal(softDice(a, b, 0.5), 0.5);
  assert.equal(softDice(a, f('We postponed the rain'), 0.5), 0.5);
  assert.equal(softDice(a, f(''), 1), 0);
});

test('compatible and contrasted: a denial of a shared word, a changed value, an antonym among the words not shared', () => {
  assert.ok(!compatible(f('We will raise rates in March'), f('We will not raise rates in March')));
  assert.ok(compatible(f('We should have tested it, and I am sorry we did not'), f('We should have tested it')));
  assert.ok(!compatible(f('We should have tested it, and I am sorry we did not'), f('We should have tested it'), 'sentence'));
  assert.ok(!compatible(f('Prices rose 4 percent'), f('Prices rose 40 percent'), 'off'));
  assert.ok(contrasted(f('Exports rose sharply'), f('Exports fell sharply'), senses));
  assert.ok(!contrasted(f('rather early than too late'), f('rather early than late'), senses));
});
