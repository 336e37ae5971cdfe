import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.js';
import { DuplicateIndex, type DuplicateOptions, findDuplicates } from './duplicate-index.js';
import { dedupeStage, type DuplicatesResult } from './stage.js';
import { buildPipeline } from '../pipeline/pipeline.js';

// A made-up wire story, written for these tests.
const WIRE = [
  'Harbour workers in the port city of Velmora walked off the job on Tuesday, halting the loading of grain ships for the first time in eleven years.',
  'The union said about 2,400 dockers joined the stoppage after talks over night-shift pay broke down late on Monday without an agreement.',
  'Port authority spokeswoman Ilse Marank said contingency crews were keeping the ferry terminal open but that cargo berths would stay idle.',
  '"We have asked the union to come back to the table this week," Marank told reporters outside the authority building on Quay Street.',
  'Grain traders warned that a stoppage lasting more than a few days could delay shipments already sold to buyers across the region.',
  'The last strike at Velmora, in the spring of the year the new container crane opened, lasted nine days and cost exporters heavily.',
  'Union leader Tomas Brevik said members were ready to stay out for as long as it took to secure a fair settlement for night crews.',
  'The transport ministry said it was following the dispute closely and urged both sides to settle quickly in the interest of trade.',
];

const OTHER = [
  'Farmers in the northern valley began the barley harvest two weeks early after an unusually warm and dry summer across the plains.',
  'Cooperative chairman Rolf Adeyemi said yields looked strong but warned that prices at the Velmora grain exchange had softened.',
  'Agronomists from the state institute said the early harvest left fields exposed to autumn storms if replanting was delayed.',
  'The cooperative plans to store more grain on farms this year while it waits for better prices on the export market.',
  'Several growers said they had invested in new drying equipment to cope with the changing timing of the seasons.',
];

function doc(id: string, text: string, published?: string): Doc {
  return new Doc({ id, source: `${id}.txt`, text, meta: published ? { published } : {} });
}

function reprint(): string {
  const paragraphs = WIRE.filter((_, i) => i !== 5).map((p) => p.replace('about 2,400', 'some 2,400').replace('heavily', 'millions'));
  return ['Dock strike shuts Velmora grain berths', ...paragraphs].join('\n\n');
}

test('an exact copy differing in case, spacing and punctuation is found by its hash', () => {
  const index = new DuplicateIndex();
  assert.equal(index.add(doc('a', WIRE.join('\n\n'))), undefined);
  const match = index.add(doc('b', WIRE.join('  ').toUpperCase().replace(/, /g, ' ; ')));
  assert.deepEqual(match, { duplicateOf: 'a', similarity: 1, exact: true });
});

test('a reprint with a new headline, a dropped paragraph and edited words is a near copy; a story on a near topic is not', () => {
  const original = doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z');
  const copy = doc('paper', reprint(), '2025-03-04T11:30:00Z');
  const other = doc('farm', OTHER.join('\n\n'), '2025-03-04T09:00:00Z');
  const matches = findDuplicates([original, other, copy]);
  assert.equal(matches.size, 1);
  const match = matches.get('paper')!;
  assert.equal(match.duplicateOf, 'wire');
  assert.equal(match.exact, false);
  assert.ok(match.similarity >= 0.5 && match.similarity < 1, `similarity ${match.similarity}`);
});

test('the earliest-published article is the original even when it arrives last', () => {
  const index = new DuplicateIndex();
  const copy = doc('paper', reprint(), '2025-03-04T11:30:00Z');
  const original = doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z');
  assert.equal(index.add(copy), undefined, 'alone, the reprint is an original');
  assert.equal(index.add(original), undefined, 'the older wire copy takes over as original');
  assert.equal(index.matchOfId('paper')?.duplicateOf, 'wire');
  assert.equal(index.matchOfId('wire'), undefined);
});

test('without dates the first-seen article is the original', () => {
  const matches = findDuplicates([doc('first', reprint()), doc('second', WIRE.join('\n'))]);
  assert.equal(matches.get('second')?.duplicateOf, 'first');
});

test('articles with no words match nothing, not even each other', () => {
  const matches = findDuplicates([doc('e1', ''), doc('e2', ''), doc('p', ' — … ')]);
  assert.equal(matches.size, 0);
});

test('one-word articles match only the same word', () => {
  const matches = findDuplicates([doc('w1', 'Breaking'), doc('w2', 'breaking!'), doc('w3', 'Update')]);
  assert.deepEqual([...matches.keys()], ['w2']);
  assert.equal(matches.get('w2')?.duplicateOf, 'w1');
});

test('100,000 identical copies all point at the first, by the exact-hash path', () => {
  const index = new DuplicateIndex();
  const text = WIRE.join('\n');
  index.add(doc('c0', text));
  let matched = 0;
  for (let i = 1; i < 100_000; i++) if (index.add(doc(`c${i}`, text))?.duplicateOf === 'c0') matched++;
  assert.equal(matched, 99_999);
  assert.ok(index.approximateBytes < 100_000 * 300, 'exact copies store no signature');
});

test('the same article id added twice is counted once', () => {
  const index = new DuplicateIndex();
  index.add(doc('a', WIRE.join('\n')));
  index.add(doc('b', WIRE.join('\n')));
  assert.equal(index.add(doc('b', WIRE.join('\n')))?.duplicateOf, 'a');
  assert.equal(index.size, 2);
});

test('the dedupe stage puts the matches into corpus:duplicates and warns about an empty article', async () => {
  const pipeline = await buildPipeline([dedupeStage]);
  const docs = [doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'), doc('paper', reprint(), '2025-03-05'), doc('blank', '')];
  const { corpus, messages } = pipeline.run(docs);
  const result = corpus.results.get('corpus:duplicates') as DuplicatesResult;
  assert.deepEqual(Object.keys(result), ['paper']);
  assert.equal(result.paper?.duplicateOf, 'wire');
  assert.deepEqual(messages.map((m) => [m.code, m.source, m.severity]), [['group-no-text', 'blank.txt', 'warning']]);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'the result is plain JSON');
});

test('only originals enter the LSH buckets: a look-up reads about one entry a band however many copies exist', () => {
  const index = new DuplicateIndex();
  const words = WIRE.join(' ').split(' ');
  const n = 2_000;
  let matched = 0;
  for (let i = 0; i < n; i++) {
    // Each copy has two words of its own, so none is an exact copy and every one takes the MinHash path.
    const edited = words.map((w, k) => (k === (i * 31) % words.length ? `edit${i}` : k === (i * 17 + 5) % words.length ? `x${i}` : w));
    if (index.add(doc(`n${i}`, edited.join(' ')))?.duplicateOf === 'n0') matched++;
  }
  assert.equal(matched, n - 1);
  assert.ok(index.scanned <= n * index.options.bands, `read ${index.scanned} bucket entries for ${n} articles`);
});

test('a copy of a copy points at the first original, and similarity is measured against it', () => {
  const original = doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z');
  const copy = doc('paper', reprint(), '2025-03-04T11:30:00Z');
  const copyOfCopy = doc('blog', `${reprint().replace('Quay Street', 'the quay')}\n\nRead more on our site.`, '2025-03-04T15:00:00Z');
  const matches = findDuplicates([original, copy, copyOfCopy]);
  assert.equal(matches.get('paper')?.duplicateOf, 'wire');
  assert.equal(matches.get('blog')?.duplicateOf, 'wire');
  assert.ok(matches.get('blog')!.similarity >= 0.5 && matches.get('blog')!.similarity < 1);
});

test('near copies published more than windowDays apart are not copies; exact copies are, at any distance', () => {
  const rows: [string, DuplicateOptions, boolean][] = [
    ['2025-03-20T08:00:00Z', {}, true],
    ['2025-04-20T08:00:00Z', {}, false],
    ['2025-04-20T08:00:00Z', { windowDays: 60 }, true],
    ['2026-03-04T08:00:00Z', { windowDays: Infinity }, true],
  ];
  for (const [published, options, copy] of rows) {
    const matches = findDuplicates([doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'), doc('later', reprint(), published)], options);
    assert.equal(matches.has('later'), copy, `${published} ${JSON.stringify(options)}`);
  }
  const exact = findDuplicates([doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'), doc('later', WIRE.join('\n'), '2026-03-04T08:00:00Z')]);
  assert.equal(exact.get('later')?.exact, true);
  assert.throws(() => new DuplicateIndex({ windowDays: -1 }), RangeError);
});

test('a look-up reads no entry of a chain that has fallen out of the window, yet finds an original behind newer entries', () => {
  const index = new DuplicateIndex();
  index.add(doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'));
  // Months later, a text on the wire story's buckets: its look-up sees from the entries' numbers alone that
  // they are out of the window, reads none of them, and it is not a copy.
  let before = index.scanned;
  assert.equal(index.add(doc('months', reprint(), '2025-09-01T08:00:00Z')), undefined);
  assert.equal(index.scanned - before, 0);
  // A copy of it reads its entries (one a band at most), not the wire story's behind them.
  before = index.scanned;
  assert.equal(index.add(doc('copy', `${reprint()}\n\nMore to follow.`, '2025-09-02T08:00:00Z'))?.duplicateOf, 'months');
  assert.ok(index.scanned - before > 0 && index.scanned - before <= index.options.bands, `read ${index.scanned - before} entries`);
  // A reprint dated the day after the wire story that arrives now still finds it behind the newer entries.
  const late = index.add(doc('late', `${reprint()}\n\nFrom our archive.`, '2025-03-05T08:00:00Z'));
  assert.equal(late?.duplicateOf, 'wire');
});

test('an undated article counts as published when it arrives, at the latest date seen', () => {
  const index = new DuplicateIndex();
  index.add(doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'));
  assert.equal(index.add(doc('undated', reprint()))?.duplicateOf, 'wire');
  const other = new DuplicateIndex();
  other.add(doc('wire', WIRE.join('\n\n'), '2025-03-04T08:00:00Z'));
  other.add(doc('news', OTHER.join('\n\n'), '2025-09-01T08:00:00Z'));
  assert.equal(other.add(doc('undated', reprint())), undefined, 'arriving after September news, it is months from the wire story');
});
