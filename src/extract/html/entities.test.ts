import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitEntities } from './entities.js';
import { extractHtml } from './extract-html.js';
import { isBoilerplateLine } from './lines.js';

function split(html: string): [number, number, string | undefined][] {
  const out: [number, number, string | undefined][] = [];
  splitEntities(html, 0, html.length, (s, e, d) => out.push([s, e, d]));
  return out;
}

test('references split out with their raw ranges; a bare ampersand stays in its run', () => {
  assert.deepEqual(split('plain text'), [[0, 10, undefined]]);
  assert.deepEqual(split('A &amp; B'), [[0, 2, undefined], [2, 7, '&'], [7, 9, undefined]]);
  assert.deepEqual(split('R&D &#8211;x&copy'), [[0, 4, undefined], [4, 11, '\u2013'], [11, 12, undefined], [12, 17, '©']]);
  assert.deepEqual(split('a && b'), [[0, 6, undefined]]);
});

test('text past the range end is never reported, and a range without an ampersand costs one run', () => {
  const html = 'abc&amp;def<p>x &amp; y';
  const out: [number, number, string | undefined][] = [];
  splitEntities(html, 0, 3, (s, e, d) => out.push([s, e, d]));
  assert.deepEqual(out, [[0, 3, undefined]]);
});

test('entities in attributes and the title are decoded although the tokenizer leaves them raw', () => {
  const para = 'The committee met on Monday and agreed the budget after a long debate about schools, roads &amp; parks in the north of the county.';
  const html = `<html><head><title>Roads &amp; parks</title></head><body><div class="story&#45;body"><p>${para}</p><p>${para}</p></div></body></html>`;
  const out = extractHtml(html, { source: 'fixture' });
  assert.equal(out.meta.title, 'Roads & parks');
  const at = out.text.indexOf('&');
  assert.ok(at > 0);
  const raw = out.map.rangeToRaw(at, at + 1);
  assert.ok(raw);
  assert.equal(html.slice(raw.start, raw.end), '&amp;');
  // The words beside it map verbatim.
  const roads = out.text.indexOf('roads');
  const r = out.map.rangeToRaw(roads, roads + 5)!;
  assert.equal(html.slice(r.start, r.end), 'roads');
});

test('paywall prompts and reprint notices are boilerplate lines', () => {
  assert.ok(isBoilerplateLine('To view the full story, please subscribe to The Weekly Gazette.'));
  assert.ok(isBoilerplateLine('This article is the copyrighted property of Example News.'));
  assert.ok(isBoilerplateLine('Written permission must be obtained before reprint in online or print media.'));
  assert.ok(!isBoilerplateLine('Readers who subscribe to the paper said they wanted the full story told.'));
});
