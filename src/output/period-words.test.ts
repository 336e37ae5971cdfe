import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodInWords } from './period-words.js';

test('periods read as words, the missing year said plainly, anything unknown left as written', () => {
  assert.equal(periodInWords('2026-03-12'), '12 March 2026');
  assert.equal(periodInWords('2026-03'), 'March 2026');
  assert.equal(periodInWords('XXXX-11-07'), '7 November (year not stated)');
  assert.equal(periodInWords('XXXX-10-12/XXXX-11-03'), '12 October – 3 November (year not stated)');
  assert.equal(periodInWords('2025-12-30/2026-01-02'), '30 December 2025 – 2 January 2026');
  assert.equal(periodInWords('2026-03-10/2026-03-16'), '10 March – 16 March 2026');
  assert.equal(periodInWords('2026-W11'), 'week 11 of 2026');
  for (const odd of ['P4D', '2026-13-01', '2026-03-12/soon', '']) assert.equal(periodInWords(odd), odd);
});
