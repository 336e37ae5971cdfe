import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from './dates.js';

const rows: [string, string | undefined][] = [
  ['2026-03-12', '2026-03-12'],
  ['2026-03-12T10:40:00+05:00', '2026-03-12T10:40:00+05:00'],
  ['2026-03-12T10:40:00.000Z', '2026-03-12T10:40:00Z'],
  ['2026-03-12 10:40', '2026-03-12T10:40:00'],
  ['2026-03-12T10:40:00+0500', '2026-03-12T10:40:00+05:00'],
  ['12/03/2026', '2026-03-12'],
  ['12.03.2026', '2026-03-12'],
  ['03/25/2026', '2026-03-25'],
  ['12/03/2026 10:40', '2026-03-12T10:40:00'],
  ['12/03/26', '2026-03-12'],
  ['March 4, 2026', '2026-03-04'],
  ['4 March 2026', '2026-03-04'],
  ['Mar 4, 2026 10:40 AM', '2026-03-04T10:40:00'],
  ['Wed, 04 Mar 2026 10:40:00 GMT', '2026-03-04T10:40:00Z'],
  ['Wed, 04 Mar 2026 10:40:00 +0500', '2026-03-04T10:40:00+05:00'],
  ['February 30, 2026', undefined],
  ['2026-02-30', undefined],
  ['31/04/2026', undefined],
  ['yesterday', undefined],
  ['3 hours ago', undefined],
  ['2 days ago', undefined],
  ['Oct 29, 2025 11:05 PM', '2025-10-29T23:05:00'],
  ['Thursday, October 30, 2025', '2025-10-30'],
  ['12 Mar 2026, 10:40 PKT', '2026-03-12T10:40:00+05:00'],
  ['', undefined],
  ['Published by our staff', undefined],
];

for (const [input, expected] of rows) {
  test(`normalizeDate(${JSON.stringify(input)}) = ${expected}`, () => {
    assert.equal(normalizeDate(input), expected);
  });
}
