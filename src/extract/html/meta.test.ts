import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';
import { stripSite } from './meta.js';

const paragraph = '<p>The harbour authority said on Monday that the new pier would open in the spring, after two years of delays caused by storms and rising costs.</p>';

test('JSON-LD wins over meta tags, and provenance says so', () => {
  const html = `<html lang="en-GB"><head><title>Pier to open in spring - Harbour News</title>
<meta property="og:title" content="Pier to open (OG)"><meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2026-03-01T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Pier to open in spring","datePublished":"2026-03-02T09:30:00+01:00","dateModified":"2026-03-03",
"author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Ali Khan"}],"publisher":{"@type":"Organization","name":"Harbour News Ltd"},
"description":"The pier opens in spring."}]}</script></head><body><article>${paragraph}</article></body></html>`;
  const { meta } = extractHtml(html, { source: 'a.html', url: 'https://www.harbour.example/pier' });
  assert.equal(meta.title, 'Pier to open in spring');
  assert.deepEqual(meta.byline, ['Jane Roe', 'Ali Khan']);
  assert.equal(meta.published, '2026-03-02T09:30:00+01:00');
  assert.equal(meta.modified, '2026-03-03');
  assert.equal(meta.outlet, 'Harbour News Ltd');
  assert.equal(meta.language, 'en');
  assert.equal(meta.description, 'The pier opens in spring.');
  assert.deepEqual(meta.provenance, {
    outlet: 'json-ld', title: 'json-ld', byline: 'json-ld', published: 'json-ld', modified: 'json-ld',
    url: 'option:url', description: 'json-ld', language: 'html:lang',
  });
});

test('Open Graph and meta tags fill in without JSON-LD; the outlet falls back to the domain', () => {
  const html = `<html><head><meta property="og:title" content="Pier to open in spring | Harbour News">
<meta name="author" content="Jane Roe"><meta name="date" content="2026-03-01">
<link rel="canonical" href="/news/pier"></head><body>${paragraph}</body></html>`;
  const { meta } = extractHtml(html, { source: 'b.html', url: 'https://www.harbour.example/x?utm=1' });
  assert.equal(meta.title, 'Pier to open in spring');
  assert.equal(meta.provenance?.title, 'meta:og:title');
  assert.deepEqual(meta.byline, ['Jane Roe']);
  assert.equal(meta.published, '2026-03-01');
  assert.equal(meta.canonicalUrl, 'https://www.harbour.example/news/pier');
  assert.equal(meta.outlet, 'harbour.example');
  assert.equal(meta.provenance?.outlet, 'url:canonical-domain');
});

test('<time datetime>, <h1>, byline elements and visible lines are read when nothing else is declared', () => {
  const html = `<html><head><title>Pier to open in spring :: harbour</title></head><body><article><h1>Pier to open in spring</h1>
<span class="author-name">Jane Roe</span><time datetime="2026-03-04T10:00">4 March</time>${paragraph}</article></body></html>`;
  const { meta, text } = extractHtml(html, { source: 'c.html' });
  assert.equal(meta.title, 'Pier to open in spring');
  assert.equal(meta.provenance?.title, 'html:h1');
  assert.deepEqual(meta.byline, ['Jane Roe']);
  assert.equal(meta.provenance?.byline, 'html:author-element');
  assert.equal(meta.published, '2026-03-04T10:00:00');
  assert.equal(meta.provenance?.published, 'html:time');
  assert.ok(!text.includes('Pier to open in spring'), 'the title heading is metadata, not body');

  const lines = `<html><body><article><p>By Jane Roe and Ali Khan</p><p>Published: 12 March 2026</p><p>Updated: 2026-03-13</p>${paragraph}</article></body></html>`;
  const r = extractHtml(lines, { source: 'd.html' });
  assert.deepEqual(r.meta.byline, ['Jane Roe', 'Ali Khan']);
  assert.equal(r.meta.provenance?.byline, 'text:byline-line');
  assert.equal(r.meta.published, '2026-03-12');
  assert.equal(r.meta.provenance?.published, 'text:published-line');
  assert.equal(r.meta.modified, '2026-03-13');
  assert.ok(!r.text.includes('Jane Roe') && !r.text.includes('Published'), 'metadata lines leave the body');
  assert.ok(r.text.startsWith('The harbour authority'));
});

test('a title loses its site suffix only when the suffix names the outlet or is short', () => {
  const rows: [string, string | undefined, string][] = [
    ['Pier to open | Harbour News', 'Harbour News', 'Pier to open'],
    ['Pier to open - BBC News', undefined, 'Pier to open'],
    ['Storm: what we know so far about the damage to the coast', undefined, 'Storm: what we know so far about the damage to the coast'],
    ['No separator here', 'X', 'No separator here'],
  ];
  for (const [input, outlet, expected] of rows) assert.equal(stripSite(input, outlet), expected, input);
});

test('broken JSON-LD is ignored and other sources still count', () => {
  const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<meta property="og:title" content="Pier news"></head><body>${paragraph}</body></html>`;
  assert.equal(extractHtml(html, { source: 'e.html' }).meta.title, 'Pier news');
});
