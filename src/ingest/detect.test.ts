import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { binaryReason, detectFormat, xmlRoot, type Format } from './detect.js';

const rows: Array<[string, Buffer, Format, { extension?: string; contentType?: string }?]> = [
  ['zero bytes', Buffer.alloc(0), 'empty'],
  ['white space only', Buffer.from(' \n\t\r\n'), 'empty'],
  ['gzip magic', gzipSync('hello'), 'gzip'],
  ['WARC header', Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'warc'],
  ['NUL bytes', Buffer.from('abc\0def'), 'binary'],
  ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary'],
  ['RSS with prolog and comment', Buffer.from('<?xml version="1.0"?>\n<!-- made by hand -->\n<rss version="2.0"><channel/></rss>'), 'feed'],
  ['Atom', Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'), 'feed'],
  ['RDF', Buffer.from('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>'), 'feed'],
  ['RSS in UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<rss><channel/></rss>', 'utf-16le')]), 'feed'],
  ['JSON Lines', Buffer.from('{"text":"a"}\n{"text":"b"}\n'), 'jsonl'],
  ['pretty JSON object', Buffer.from('{\n  "text": "a"\n}\n'), 'json'],
  ['text starting with a bracket', Buffer.from('[Reuters] Ministers met.\n'), 'json'],
  ['doctype', Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'html'],
  ['XHTML with prolog', Buffer.from('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>'), 'html'],
  ['fragment with tags', Buffer.from('Intro\n<p>one</p><p>two</p><div>three</div>'), 'html'],
  ['plain text', Buffer.from('Ministers met on Monday.\nThey agreed.'), 'text'],
  ['plain text named .html', Buffer.from('Ministers met on Monday.'), 'html', { extension: 'html' }],
  ['Markdown that mentions tags', Buffer.from('# Notes\n\nPages use <article>, <main> and <p> tags.\n'), 'text', { extension: 'md' }],
  ['the same without an extension', Buffer.from('# Notes\n\nPages use <article>, <main> and <p> tags.\n'), 'html'],
  ['served as text/plain', Buffer.from('a < b and <p> is a tag'), 'text', { contentType: 'text/plain; charset=utf-8' }],
  ['a BOM then text', Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x42]), 'text'],
];

for (const [name, bytes, format, hints] of rows) {
  test(`detects ${name} as ${format}`, () => {
    assert.equal(detectFormat(bytes, true, hints).format, format);
  });
}

test('a long first JSON line cut by the look-ahead still reads as JSON Lines', () => {
  const head = Buffer.from(`{"html":"${'x'.repeat(1000)}`);
  assert.equal(detectFormat(head, false).format, 'jsonl');
});

test('binary reasons name what was found', () => {
  assert.equal(binaryReason(Buffer.from('%PDF-1.7\n')), 'a PDF document');
  assert.equal(binaryReason(Buffer.from('ab\0')), 'a NUL byte at byte 2');
  assert.equal(binaryReason(Buffer.from([1, 2, 3, 4, 65, 66])), '67% control bytes');
  assert.equal(binaryReason(Buffer.from('tabs\tand\r\nnewlines\fare text')), undefined);
});

test('the XML root skips prolog, comments and a doctype with an internal subset', () => {
  assert.equal(xmlRoot('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<!-- c --><rss>'), 'rss');
  assert.equal(xmlRoot('plain'), undefined);
});
