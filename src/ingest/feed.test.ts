import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { contentId } from '../core/ids.js';
import { collect, tempDir } from './test-helpers.js';

const tmp = tempDir();
after(tmp.remove);

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Daily Example</title>
  <link>https://daily.example/</link>
  <language>en-GB</language>
  <item>
    <title>Talks resume in Doha</title>
    <link>https://daily.example/talks</link>
    <pubDate>Mon, 27 Oct 2025 09:30:00 +0500</pubDate>
    <dc:creator>Jane Roe</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Delegations met on Monday &amp; agreed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Summary only</title>
    <link>https://daily.example/summary</link>
    <description>&lt;p&gt;Just the first paragraph.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Link only</title>
    <link>https://daily.example/link-only</link>
  </item>
  <item>
    <title>Nothing at all</title>
  </item>
</channel>
</rss>`;

test('RSS items become html inputs with the feed hints; summary-only and empty items are reported', async () => {
  const file = tmp.path('daily.rss');
  writeFileSync(file, rss);
  const { inputs, messages } = await collect([file]);
  assert.deepEqual(inputs.map((i) => [i.source, i.kind]), [
    [`${file}#1`, 'html'],
    [`${file}#2`, 'html'],
  ]);
  const [full, summary] = inputs;
  // feed-parser decodes entities once more after XML parsing, so &amp; inside CDATA arrives as a bare &,
  // which HTML extraction reads the same way (see README: a literal &lt; in CDATA would become a tag).
  assert.equal(full!.content, '<p>Delegations met on Monday & agreed.</p>');
  assert.equal(full!.id, contentId(full!.content));
  assert.deepEqual(full!.hints, {
    title: 'Talks resume in Doha',
    url: 'https://daily.example/talks',
    published: '2025-10-27T04:30:00.000Z',
    byline: ['Jane Roe'],
    outlet: 'The Daily Example',
    language: 'en',
  });
  assert.deepEqual(full!.messages, []);
  assert.equal(summary!.content, '<p>Just the first paragraph.</p>');
  assert.deepEqual(summary!.messages.map((m) => [m.code, m.severity, m.source]), [['feed-item-summary', 'warning', `${file}#2`]]);
  assert.match(summary!.messages[0]!.reason, /https:\/\/daily\.example\/summary/);
  assert.deepEqual(messages.map((m) => [m.code, m.source]), [
    ['feed-item-link-only', file],
    ['feed-item-empty', file],
  ]);
  assert.match(messages[1]!.reason, /feed item 4/);
});

test('Atom entries and RDF items are read too', async () => {
  const atom = tmp.path('feed.atom');
  writeFileSync(
    atom,
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire Atom</title>
  <entry>
    <title>Ceasefire holds</title>
    <link href="https://wire.example/ceasefire"/>
    <updated>2025-10-28T12:00:00Z</updated>
    <author><name>Ali Khan</name></author>
    <content type="html">&lt;p&gt;The ceasefire held overnight.&lt;/p&gt;</content>
  </entry>
</feed>`,
  );
  const rdf = tmp.path('feed.rdf');
  writeFileSync(
    rdf,
    `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://old.example/"><title>Old RDF</title><link>https://old.example/</link></channel>
  <item rdf:about="https://old.example/1"><title>One</title><link>https://old.example/1</link><description>Body one.</description></item>
</rdf:RDF>`,
  );
  const { inputs } = await collect([atom, rdf]);
  assert.deepEqual(inputs.map((i) => [i.source, i.content, i.hints.outlet, i.hints.url]), [
    [`${atom}#1`, '<p>The ceasefire held overnight.</p>', 'Wire Atom', 'https://wire.example/ceasefire'],
    [`${rdf}#1`, 'Body one.', 'Old RDF', 'https://old.example/1'],
  ]);
  assert.deepEqual(inputs[0]!.hints.byline, ['Ali Khan']);
  assert.equal(inputs[0]!.hints.published, '2025-10-28T12:00:00.000Z');
});

test('a feed in windows-1252 declared in its prolog is decoded before parsing', async () => {
  const file = tmp.path('latin.xml');
  const xml = `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Café Times</title><item><title>“Quoted”</title><description>Ça va</description></item></channel></rss>`;
  writeFileSync(file, iconv.encode(xml, 'windows-1252'));
  const { inputs } = await collect([file]);
  assert.equal(inputs[0]?.hints.outlet, 'Café Times');
  assert.equal(inputs[0]?.hints.title, '“Quoted”');
  assert.equal(inputs[0]?.content, 'Ça va');
  assert.equal(inputs[0]?.encoding, 'windows-1252');
});

test('broken XML is feed-invalid naming the file; an XML root that is not a feed is read as a page', async () => {
  const broken = tmp.path('broken.xml');
  writeFileSync(broken, '<rss version="2.0"><channel><title>Cut off</title><item><title>One</title><descr');
  const { inputs, messages } = await collect([broken]);
  assert.deepEqual(inputs, []);
  assert.deepEqual(messages.map((m) => [m.code, m.source, m.severity]), [['feed-invalid', broken, 'error']]);
  assert.match(messages[0]!.reason, /^the feed could not be parsed: /);
});
