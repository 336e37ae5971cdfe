import { test } from 'node:test';
import assert from 'node:assert/strict';
import { match, parseBrat, prf, scoreDoc, trimmed, withComplementizer } from './score.js';

const text = 'Varga said: “The talks failed.” Sources said the border shut.';
//            0         1         2         3         4         5         6
const gold = [
  { source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, content: { start: 12, end: 31 } },
  { source: { start: 32, end: 39 }, cue: { start: 40, end: 44 }, content: { start: 45, end: 61 } },
];

test('trimmed: drops quotation marks and punctuation at both ends', () => {
  assert.deepEqual(trimmed(text, { start: 12, end: 31 }), { start: 13, end: 29 });
});

test('match: exact after trimming, one to one', () => {
  assert.deepEqual(match(text, [{ start: 13, end: 29 }], [{ start: 12, end: 31 }], true), [[0, 0]]);
  assert.deepEqual(match(text, [{ start: 13, end: 28 }], [{ start: 12, end: 31 }], true), []);
});

test('match: overlap pairs the largest overlaps first and never reuses a span', () => {
  const pairs = match(text, [{ start: 20, end: 50 }, { start: 13, end: 25 }], [{ start: 12, end: 31 }, { start: 45, end: 61 }], false);
  // [20,50) overlaps gold 0 by 11 and gold 1 by 5; [13,25) overlaps gold 0 by 12, so it takes gold 0
  assert.deepEqual(pairs.sort(), [[0, 1], [1, 0]]);
});

test('scoreDoc: counts, speaker accuracy', () => {
  const predicted = [
    { source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, content: { start: 13, end: 29 } },
    { source: { start: 6, end: 10 }, cue: { start: 40, end: 44 }, content: { start: 45, end: 60 } },
    { source: null, cue: { start: 0, end: 1 }, content: { start: 0, end: 3 } },
  ];
  const s = scoreDoc(text, predicted, gold);
  assert.deepEqual(s.exact.content, { tp: 2, predicted: 3, gold: 2 });
  assert.deepEqual(s.overlap.source, { tp: 1, predicted: 2, gold: 2 });
  assert.deepEqual(s.speaker, { right: 1, of: 2 });
  assert.deepEqual(s.named, { right: 1, of: 2 });
  const c = prf(s.exact.content);
  assert.equal(c.r, 1);
  assert.equal(Number(c.p.toFixed(3)), 0.667);
});

test('parseBrat: E lines tie spans; discontinuous spans keep their outer bounds', () => {
  const ann = ['T1\tSource 0 5\tVarga', 'T2\tCue 6 10\tsaid', 'T3\tContent 12 20;22 31\tThe talks failed', 'T4\tAttribution 6 10\tsaid', 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', '#1\tAnnotatorNotes T1\tnote'].join('\n');
  assert.deepEqual(parseBrat(ann), [{ source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, content: { start: 12, end: 31 } }]);
});

test('withComplementizer: widens over a bare "that" before the content, and nothing else', () => {
  const t = 'Okafor said that the vote was fair. He said the count was slow. She denied that.';
  assert.deepEqual(withComplementizer(t, { start: 17, end: 34 }), { start: 12, end: 34 });
  assert.deepEqual(withComplementizer(t, { start: 44, end: 62 }), { start: 44, end: 62 });
  // "thatch" or a word ending in "that" is no complementizer
  assert.deepEqual(withComplementizer('Nothatx the roof', { start: 8, end: 16 }), { start: 8, end: 16 });
});


test('match: on equal overlap the closer extent wins (an inner content pairs with the inner gold)', () => {
  // gold 0 is an outer content [0,40) holding gold 1 [20,40); a prediction [20,40) overlaps both by 20
  const pairs = match(text, [{ start: 20, end: 40 }], [{ start: 0, end: 40 }, { start: 20, end: 40 }], false);
  assert.deepEqual(pairs, [[0, 1]]);
});
