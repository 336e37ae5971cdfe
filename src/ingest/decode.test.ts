import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { canonicalEncoding, charsetOf, decodeBytes, firstInvalidUtf8 } from './decode.js';

const cafe = 'Café “quoted” — İstanbul';

test('UTF-8 with and without a BOM', () => {
  const plain = decodeBytes(Buffer.from(cafe), 'a');
  assert.deepEqual([plain.text, plain.encoding, plain.messages.length], [cafe, 'utf-8', 0]);
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cafe)]), 'a');
  assert.equal(bom.text, cafe, 'the BOM is not part of the text, so offsets start at the first character');
});

test('UTF-16LE and UTF-16BE with a BOM', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(cafe, 'utf-16le')]), 'a');
  assert.deepEqual([le.text, le.encoding], [cafe, 'utf-16le']);
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(cafe, 'utf-16be')]), 'a');
  assert.deepEqual([be.text, be.encoding], [cafe, 'utf-16be']);
});

test('the HTTP charset wins over the document declaration', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), iconv.encode('Ünïcødé', 'iso-8859-15')]);
  const decoded = decodeBytes(bytes, 'a', 'ISO-8859-15');
  assert.equal(decoded.encoding, 'iso-8859-15');
  assert.ok(decoded.text.endsWith('Ünïcødé'));
});

test('meta charset, meta http-equiv and the XML prolog are read', () => {
  const win = iconv.encode('“Curly” quotes', 'windows-1251');
  const meta = decodeBytes(Buffer.concat([Buffer.from('<html><head><meta charset=windows-1251></head><p>'), win]), 'a');
  assert.equal(meta.encoding, 'windows-1251');
  const equiv = decodeBytes(Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"><p>'), iconv.encode('Привет', 'koi8-r')]), 'a');
  assert.deepEqual([equiv.encoding, equiv.text.slice(-6)], ['koi8-r', 'Привет']);
  const xml = decodeBytes(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'), iconv.encode('café', 'latin1')]), 'a');
  assert.deepEqual([xml.encoding, xml.text.slice(-4)], ['windows-1252', 'café'], 'latin1 labels mean windows-1252, as in browsers');
});

test('invalid UTF-8 without a declaration is read as windows-1252, with a warning placed on the first bad byte', () => {
  const bytes = Buffer.from([0x48, 0x69, 0x20, 0x93, 0x71, 0x94, 0x20, 0xe9]); // Hi “q” é in windows-1252
  const decoded = decodeBytes(bytes, 'old.html');
  assert.equal(decoded.text, 'Hi “q” é');
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.messages[0]?.code, 'encoding-guessed');
  assert.deepEqual(decoded.messages[0]?.place, { start: 3, end: 4, unit: 'byte' });
  assert.equal(decoded.messages[0]?.source, 'old.html');
});

test('declared UTF-8 that is invalid keeps UTF-8 with U+FFFD and encoding-invalid', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8">ok '), Buffer.from([0xc3, 0x28]), Buffer.from(' end')]);
  const decoded = decodeBytes(bytes, 'a');
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('\uFFFD('));
  assert.equal(decoded.messages[0]?.code, 'encoding-invalid');
  assert.equal(decoded.messages[0]?.place?.start, 25);
});

test('an unknown label is reported and UTF-8 is used', () => {
  const decoded = decodeBytes(Buffer.from('<meta charset="x-martian">é'), 'a');
  assert.equal(decoded.encoding, 'utf-8');
  assert.deepEqual(decoded.messages.map((m) => m.code), ['encoding-unknown']);
  assert.match(decoded.messages[0]!.reason, /x-martian/);
});

test('a meta UTF-16 label in an ASCII document is read as UTF-8', () => {
  assert.equal(decodeBytes(Buffer.from('<meta charset="utf-16"><p>é</p>'), 'a').text, '<meta charset="utf-16"><p>é</p>');
});

test('labels, charsets and the first invalid byte', () => {
  assert.equal(canonicalEncoding(' UTF8 '), 'utf-8');
  assert.equal(canonicalEncoding('US-ASCII'), 'windows-1252');
  assert.equal(canonicalEncoding('Shift-JIS'), 'shift_jis');
  assert.equal(charsetOf('text/html; charset="Windows-1256"'), 'Windows-1256');
  assert.equal(charsetOf('text/html'), undefined);
  assert.equal(firstInvalidUtf8(Buffer.from('aé😀')), Buffer.byteLength('aé😀'));
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])), 1, 'an encoded surrogate is invalid');
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1, 'a sequence cut at the end is invalid');
  assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0, 'an overlong form is invalid');
});
