import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.js';
import { OffsetMap } from './offset-map.js';

test('offsets are UTF-16 code units, with emoji and non-Latin text', () => {
  const text = 'Talks 🤝 in İstanbul — وزیر said “no”.';
  const doc = new Doc({ id: 'x', source: 't', text });
  const start = text.indexOf('İstanbul');
  doc.setLayer('places', [{ start, end: start + 'İstanbul'.length, label: 'PLACE' }]);
  const [place] = doc.layer('places');
  assert.equal(start, 12, '"Talks " (6) + the emoji (2 code units) + " in " (4)');
  assert.equal(doc.slice(place!), 'İstanbul');
  const urdu = text.indexOf('وزیر');
  assert.equal(doc.slice({ start: urdu, end: urdu + 4 }), 'وزیر');
});

test('a span outside the text is refused', () => {
  const doc = new Doc({ id: 'x', source: 'short.txt', text: 'abc' });
  assert.throws(() => doc.setLayer('bad', [{ start: 2, end: 4 }]), /outside the text of short\.txt/);
  assert.throws(() => doc.setLayer('bad', [{ start: 2, end: 1 }]), RangeError);
});

test('the serialised document round-trips with its layers and map', () => {
  const map = new OffsetMap([
    { cleanStart: 0, cleanLength: 5, rawStart: 3, rawLength: 5 },
    { cleanStart: 6, cleanLength: 3, rawStart: 20, rawLength: 7 },
  ]);
  const doc = new Doc({ id: 'x', source: 'p.html', text: 'Hello A&B', map, layers: { blocks: [{ start: 0, end: 9, label: 'paragraph' }] } });
  const copy = Doc.fromJSON(JSON.parse(JSON.stringify(doc)));
  assert.equal(copy.text, doc.text);
  assert.deepEqual(copy.layer('blocks'), doc.layer('blocks'));
  assert.equal(copy.map.toRaw(2), 5);
});

test('the offset map is exact inside a copied run and falls back to the run start across decoded entities', () => {
  // raw: "<p>Hello</p><b>A&amp;B</b>" ; clean: "Hello\nA&B"
  const raw = '<p>Hello</p><b>A&amp;B</b>';
  const map = new OffsetMap([
    { cleanStart: 0, cleanLength: 5, rawStart: 3, rawLength: 5 },
    { cleanStart: 6, cleanLength: 3, rawStart: 15, rawLength: 7 },
  ]);
  assert.equal(raw.slice(map.toRaw(1)!, map.toRaw(1)! + 4), 'ello');
  assert.equal(map.toRaw(5), undefined, 'the inserted newline has no raw position');
  assert.deepEqual(map.rangeToRaw(6, 9), { start: 15, end: 22 });
  assert.equal(raw.slice(15, 22), 'A&amp;B');
  assert.deepEqual(map.rangeToRaw(0, 5), { start: 3, end: 8 });
});
