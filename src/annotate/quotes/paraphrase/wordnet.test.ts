import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSenses } from './wordnet.js';

const senses = loadSenses();

const share = (a: string, b: string) => (senses.of(a) ?? []).some((s) => (senses.of(b) ?? []).includes(s));

test('loadSenses: words of one synset share it, most frequent senses only', () => {
  assert.ok(share('postpone', 'defer'));
  assert.ok(share('a_lot', 'much'));
  assert.ok(!share('act', 'rain'));
  // "much" has 5 adverb senses; "a lot" is its 3rd, so with only the first kept the two are not synonyms
  const one = loadSenses(undefined, 1);
  assert.equal(one.of('much')!.length, 3, 'one noun, one adjective and one adverb sense');
  assert.ok(!one.of('a_lot')!.some((s) => one.of('much')!.includes(s)));
  // "move" has 16 verb senses; "act, move" is its 8th, past the 6 kept
  assert.equal(senses.of('move')!.length, 11, 'five noun senses and six verb senses');
  assert.ok(!share('act', 'move'));
  assert.equal(senses.of('no-such-word'), undefined);
});

test('loadSenses: multiword lemmas are joined by _ and counted for the longest phrase to try', () => {
  assert.ok(senses.of('bring_about'));
  assert.ok(senses.longest >= 3 && senses.longest <= 4);
});

test('loadSenses: antonyms are linked both ways, by synset', () => {
  const opposed = (a: string, b: string) => senses.of(a)!.some((x) => senses.of(b)!.some((y) => senses.opposed(x, y)));
  assert.ok(opposed('rise', 'fall'));
  assert.ok(opposed('fall', 'rise'));
  assert.ok(opposed('hard', 'easy'));
  assert.ok(!opposed('rise', 'grow'));
});
