import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';

const filler = 'The committee published its final report on water quality in the northern districts this week. ';

function rawOf(html: string, r: ReturnType<typeof extractHtml>, words: string): string {
  const start = r.text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the text`);
  const range = r.map.rangeToRaw(start, start + words.length);
  assert.ok(range);
  return html.slice(range.start, range.end);
}

test('a span of plain words maps back to exactly those words in the HTML', () => {
  const html = `<html><body><article><p>${filler}</p>\n<p>Lead   contamination\n   fell by  <b>half</b> since 2020.</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  assert.ok(r.text.includes('Lead contamination fell by half since 2020.'), 'white space is folded');
  assert.equal(rawOf(html, r, 'committee published its final report'), 'committee published its final report');
  assert.equal(rawOf(html, r, 'half'), 'half');
  assert.equal(rawOf(html, r, '2020.'), '2020.');
  const folded = rawOf(html, r, 'Lead contamination fell');
  assert.equal(folded, 'Lead   contamination\n   fell', 'a folded span maps to its whole raw range');
});

test('decoded entities map to their raw references and leave neighbouring words exact', () => {
  const html = `<html><body><article><p>${filler}</p><p>Smith &amp; Sons said it&#8217;s &quot;fine&quot;&nbsp;now.</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  assert.ok(r.text.includes('Smith & Sons said it’s "fine" now.'));
  assert.equal(rawOf(html, r, 'Smith & Sons'), 'Smith &amp; Sons');
  assert.equal(rawOf(html, r, '’'), '&#8217;');
  assert.equal(rawOf(html, r, 'Sons said it'), 'Sons said it');
  assert.equal(rawOf(html, r, 'fine'), 'fine');
  const i = r.text.indexOf('said');
  assert.equal(html.slice(r.map.toRaw(i)!, r.map.toRaw(i)! + 4), 'said');
});

test('emoji and non-Latin text keep UTF-16 offsets on both sides', () => {
  const html = `<html><body><article><p>${filler}</p><p>Volunteers 🤝 in İstanbul and وزیر met on Friday.</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  assert.equal(rawOf(html, r, 'İstanbul and وزیر'), 'İstanbul and وزیر');
  assert.equal(rawOf(html, r, '🤝 in'), '🤝 in');
  const start = r.text.indexOf('🤝');
  assert.equal(r.text.slice(start, start + 2), '🤝', 'the emoji is two UTF-16 units');
  assert.equal(html.slice(r.map.toRaw(start)!, r.map.toRaw(start)! + 2), '🤝');
});

test('the blank lines between blocks have no raw position', () => {
  const html = `<html><body><article><p>${filler}</p><p>${filler}</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  const gap = r.text.indexOf('\n\n');
  assert.equal(r.map.toRaw(gap + 1), undefined);
  assert.equal(r.blocks[1]!.start, gap + 2);
});

test('soft hyphens and zero-width spaces are dropped, and the words around them still map exactly', () => {
  const html = `<html><body><article><p>${filler}</p><p>Die Wehr\u00adanlage und die Wehr&shy;mauer stehen seit 1450.</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  assert.ok(r.text.includes('Die Wehranlage und die Wehrmauer stehen seit 1450.'));
  assert.equal(rawOf(html, r, 'anlage und die Wehr'), 'anlage und die Wehr');
  assert.equal(rawOf(html, r, 'Wehranlage'), 'Wehr\u00adanlage', 'a span across a dropped character covers it');
});

test('a block of nothing but zero-width characters leaves no empty block and no extra blank line', () => {
  const html = `<html><body><article><p>${filler}</p><p>\u200b&shy;</p><p>${filler}</p></article></body></html>`;
  const r = extractHtml(html, { source: 'x' });
  assert.equal(r.text, `${filler.trim()}\n\n${filler.trim()}`);
  assert.equal(r.blocks.length, 2);
});
