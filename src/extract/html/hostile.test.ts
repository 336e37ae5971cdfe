import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';

const sentence = 'Rescue teams reached the village after the flood waters receded on Sunday morning, officials said. ';

test('script, style and template content never reaches the text, even when unclosed or odd', () => {
  const html = `<html><body><article><p>${sentence.repeat(3)}</p><script>document.write("<p>SCRIPT_LEAK</p>")</script>
<style>p::after { content: "STYLE_LEAK" }</style><template><p>TEMPLATE_LEAK</p></template><noscript>NOSCRIPT_LEAK</noscript>
<p>${sentence.repeat(2)}</p><script>var unclosed = "SCRIPT_TAIL_LEAK";`;
  const { text } = extractHtml(html, { source: 'x' });
  assert.ok(!/LEAK/.test(text), text);
  assert.ok(text.startsWith('Rescue teams'));
});

test('10,000-deep nesting is flattened with a warning, without overflowing the stack', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${sentence.repeat(4)}</p>${'</div>'.repeat(depth)}</body></html>`;
  const r = extractHtml(html, { source: 'deep.html' });
  assert.ok(r.text.includes('Rescue teams reached the village'));
  const warning = r.messages.find((m) => m.code === 'extract-deep-nesting');
  assert.ok(warning, 'deep nesting is reported');
  assert.equal(warning.source, 'deep.html');
});

test('a 50 MB page returns, cut at maxChars with a truncation warning', () => {
  const para = `<div class="c"><p>${sentence}</p></div>\n`;
  const html = `<html><body><article>${para.repeat(Math.ceil(50_000_000 / para.length))}</article></body></html>`;
  assert.ok(html.length >= 50_000_000);
  const r = extractHtml(html, { source: 'big.html' });
  const warning = r.messages.find((m) => m.code === 'extract-truncated');
  assert.ok(warning);
  assert.match(warning.reason, /only the first 5000000 were read/);
  assert.ok(r.text.length > 1_000_000, 'the first 5 million characters are extracted');
});

test('unclosed tags and stray end tags still yield the paragraphs', () => {
  const html = `<html><body><div class="content"><p>${sentence}<p>${sentence.replace('Sunday', 'Monday')}</span></b><p>${sentence.replace('village', 'town')}`;
  const r = extractHtml(html, { source: 'u' });
  assert.equal(r.blocks.length, 3);
  assert.ok(r.text.includes('Monday') && r.text.includes('town'));
});

test('an empty document and a document of white space give an empty body and extract-no-body', () => {
  for (const html of ['', '   \n  ', '<html></html>', '<!-- only a comment -->']) {
    const r = extractHtml(html, { source: 'empty' });
    assert.equal(r.text, '');
    assert.deepEqual(r.blocks, []);
    assert.deepEqual(r.messages.map((m) => m.code), ['extract-no-body']);
  }
});
