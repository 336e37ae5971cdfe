import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMetaLine } from './meta-lines.js';
import { linePatterns } from './patterns.js';

const p = linePatterns();

// [line, kind, ISO value (undefined: a date line that cannot be read)]
const dates: [string, 'published' | 'modified', string | undefined][] = [
  ['Published: 12/03/2026', 'published', '2026-03-12'],
  ['Published 12.03.2026 10:40', 'published', '2026-03-12T10:40:00'],
  ['Published: 2026-03-12', 'published', '2026-03-12'],
  ['Published: 2026-03-12T10:40:00+05:00', 'published', '2026-03-12T10:40:00+05:00'],
  ['Published: March 4, 2026', 'published', '2026-03-04'],
  ['Published on 4 March 2026', 'published', '2026-03-04'],
  ['Posted on Thursday, March 12, 2026', 'published', '2026-03-12'],
  ['PUBLISHED: 12/03/2026', 'published', '2026-03-12'],
  ['Published On: Oct 29, 2025 | 11:05 PM', 'published', '2025-10-29T23:05:00'],
  ['Updated: March 12, 2026', 'modified', '2026-03-12'],
  ['Updated 12 Mar 2026, 10:40 PKT', 'modified', '2026-03-12T10:40:00+05:00'],
  ['Last updated on March 12, 2026 at 10:40 am', 'modified', '2026-03-12T10:40:00'],
  ['Last updated: 12/03/2026 10:40 PM', 'modified', '2026-03-12T22:40:00'],
  ['Published: 3 hours ago', 'published', undefined],
  ['Published: 31/02/2026', 'published', undefined],
];

for (const [line, kind, iso] of dates) {
  test(`date line ${JSON.stringify(line)}`, () => {
    const meta = readMetaLine(line, p, false);
    assert.equal(meta?.length, 1);
    const [m] = meta;
    assert.ok(m && m.kind !== 'byline');
    assert.equal(m.kind, kind);
    assert.equal(m.iso, iso);
  });
}

const bylines: [string, string[]][] = [
  ['By Jane Roe', ['Jane Roe']],
  ['By Jane Roe and Ali Khan', ['Jane Roe', 'Ali Khan']],
  ['Written by Jane Roe, Ali Khan & Sam Poe', ['Jane Roe', 'Ali Khan', 'Sam Poe']],
  ['By Muhammad bin Qasim', ['Muhammad bin Qasim']],
  ['By Jane Roe, Staff Reporter', ['Jane Roe']],
  ['By Staff Reporter', ['Staff Reporter']],
  ['Staff Reports', ['Staff Reports']],
  ['Web Desk', ['Web Desk']],
];
for (const [line, names] of bylines) {
  test(`byline ${JSON.stringify(line)}`, () => {
    assert.deepEqual(readMetaLine(line, p, true), [{ kind: 'byline', names }]);
  });
}

test('a byline and a date on one line are both read', () => {
  assert.deepEqual(readMetaLine('By Jane Roe | Published: March 4, 2026', p, true), [
    { kind: 'byline', names: ['Jane Roe'] },
    { kind: 'published', value: 'March 4, 2026', iso: '2026-03-04' },
  ]);
});

test('a date alone under the headline is the publication date, marked bare', () => {
  assert.deepEqual(readMetaLine('Thursday, October 30, 2025', p, true), [{ kind: 'published', value: 'Thursday, October 30, 2025', iso: '2025-10-30', bare: true }]);
  assert.equal(readMetaLine('Thursday, October 30, 2025', p, false), undefined, 'below the header it is body text');
});

// Body sentences that start like metadata lines stay body.
const body = [
  'Published reports say the talks failed.',
  'Updated figures were released by the ministry on Monday.',
  'By contrast, the talks in Doha went well',
  'By Tuesday the talks had failed',
  'By the time the delegation returned, the border was closed.',
  'Posted guards stood at the crossing on 12 March 2026 and later that week as the talks dragged on without a result.',
];
for (const line of body) {
  test(`body line ${JSON.stringify(line.slice(0, 40))} is not metadata`, () => {
    assert.equal(readMetaLine(line, p, true), undefined);
  });
}
