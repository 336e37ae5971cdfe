import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotated } from './test-helpers.js';

const spans = (text: string) => annotated(text).layer('entities').map((s) => [text.slice(s.start, s.end), s.label, s.start, s.attrs?.typedBy ?? null]);

test('bare names listed after a product are products too', () => {
  const text = 'Besides the iPod Classic, Vessa and Tarnlet, the firm showed a new phone.';
  assert.deepEqual(spans(text).slice(0, 3), [
    ['iPod Classic', 'OTHER', 12, null],
    ['Vessa', 'OTHER', 26, 'listed with "iPod Classic"'],
    ['Tarnlet', 'OTHER', 36, 'listed with "iPod Classic"'],
  ]);
});

test('a company listed with a person or a place keeps its type', () => {
  const text = 'Analysts said Ilse Carrow and Tarnwell had met in Istanbul and Kestrava last week.';
  const found = spans(text);
  assert.equal(found.find((m) => m[0] === 'Tarnwell')?.[1], 'ORG');
  assert.equal(found.find((m) => m[0] === 'Ilse Carrow')?.[1], 'PERSON');
});
