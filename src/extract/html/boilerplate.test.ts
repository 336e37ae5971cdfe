import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';

const body = [
  'The city council voted on Tuesday to approve the new transit plan, which will add three bus lines and extend service hours on weekends, officials said.',
  'Critics said the plan would share costs unfairly between districts, and several residents left a comment at the hearing asking for more bike lanes.',
  'The mayor urged residents to follow the debate closely, adding that the budget would be reviewed again in the spring after public consultations.',
  'Construction is expected to begin next year, with the first new routes opening by the end of 2027 if funding from the state arrives on time.',
];

function page(inner: string): string {
  return `<!doctype html><html lang="en"><head><title>Council approves transit plan | Daily Courier</title>
<style>.x { color: red }</style><script>var tracking = "SCRIPT TEXT";</script></head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<header class="site-header"><div class="logo">Daily Courier</div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/city">City</a></div>
<main><article>
<h1>Council approves transit plan</h1>
<div class="byline">By Jane Roe and Ali Khan</div>
<p>4 min read</p>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
${inner}
</article>
<aside class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Bus fares rise again in the suburbs this autumn</a></li><li><a href="/b">New bridge opens to traffic after delays</a></li></ul></aside>
<section class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter to get the news in your inbox every day.</p><form><input type="email"><button>Subscribe</button></form></section>
<div id="comments" class="comments-area"><h3>3 Comments</h3><div class="comment"><p>This plan is a total waste of money and nobody asked the people who actually ride the buses every day.</p></div></div>
</main>
<footer class="site-footer"><p>© 2026 Daily Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<div style="display:none"><p>Hidden teaser text that must not appear in the article body at all.</p></div>
<div hidden><p>Another hidden paragraph that must not appear anywhere in the extracted text.</p></div>
</body></html>`;
}

const html = page(`${body.map((p) => `<p>${p}</p>`).join('\n<div class="ad-slot">- Advertisement -</div>\n')}
<h2>What comes next</h2><p>${body[3]!.replace('Construction', 'Planning')}</p>`);

test('the body keeps every article paragraph, including ones that mention share, comment and follow', () => {
  const r = extractHtml(html, { source: 'page.html' });
  for (const p of body) assert.ok(r.text.includes(p), `missing: ${p.slice(0, 40)}`);
  assert.ok(r.text.includes('What comes next'), 'a subheading inside the article stays');
});

test('boilerplate of every kind is removed', () => {
  const { text } = extractHtml(html, { source: 'page.html' });
  const banned = [
    'SCRIPT TEXT', 'color: red', 'We use cookies', 'Home', 'Sport', 'Facebook', 'Advertisement', '4 min read', 'By Jane Roe',
    'Related stories', 'Bus fares rise', 'Sign up for our newsletter', 'Subscribe', 'waste of money', '3 Comments', '© 2026',
    'Privacy', 'Hidden teaser', 'Another hidden', 'Council approves transit plan',
  ];
  for (const b of banned) assert.ok(!text.includes(b), `leaked: ${b}`);
});

test('blocks are separated by a blank line and labelled', () => {
  const r = extractHtml(html, { source: 'page.html' });
  const paragraphs = r.text.split('\n\n');
  assert.equal(paragraphs[0], body[0]);
  assert.equal(r.blocks.length, paragraphs.length);
  const heading = r.blocks.find((b) => b.label === 'heading')!;
  assert.equal(r.text.slice(heading.start, heading.end), 'What comes next');
  assert.ok(r.blocks.every((b, i) => r.text.slice(b.start, b.end) === paragraphs[i]));
});

test('list items and quotes inside the article keep their labels', () => {
  const r = extractHtml(page(`<p>${body[0]}</p><ul><li>${body[1]}</li><li>${body[2]}</li></ul><blockquote><p>${body[3]}</p></blockquote>`), { source: 'p' });
  assert.deepEqual(r.blocks.map((b) => b.label), ['paragraph', 'list-item', 'list-item', 'quote']);
});

test('a page with no body text warns extract-no-body, and a short one extract-short-body', () => {
  const empty = extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', { source: 'nav.html' });
  assert.equal(empty.text, '');
  assert.deepEqual(empty.messages.map((m) => [m.code, m.source]), [['extract-no-body', 'nav.html']]);
  const short = extractHtml('<html><body><p>Just one short line of text here.</p></body></html>', { source: 's.html' });
  assert.equal(short.text, 'Just one short line of text here.');
  assert.equal(short.messages[0]?.code, 'extract-short-body');
});

test('a fragment of bare paragraphs, as a feed item carries, is kept whole', () => {
  const paragraphs = [
    'The ferry operator said on Monday that crossings to the islands would resume at the end of the month.',
    'Repairs to the harbour ramp, damaged in the January storm, took longer than the council had promised.',
    'Islanders have relied on a single small boat for supplies since the storm, the operator said.',
  ];
  const html = `<p>${paragraphs[0]}</p>\n<p>${paragraphs[1]}</p>\n<!-- ad slot -->\n<p>${paragraphs[2]}</p>`;
  const { text, blocks } = extractHtml(html, { source: 'feed.xml#1' });
  assert.equal(text, paragraphs.join('\n\n'));
  assert.equal(blocks.length, 3);
});

test('when class words empty the chosen root, its text is kept on a second try without them', () => {
  const html = `<html><body><nav><a href="/">Home</a></nav><main><article>
<section class="teaser-promo"><p>${body[0]}</p></section><section class="teaser-promo"><p>${body[1]}</p></section>
<section class="teaser-promo"><p>${body[2]}</p></section>
<aside><p>${body[3]}</p></aside>
<div class="comments"><p>First comment on the plan, which goes on for long enough to count as a paragraph here.</p></div>
</article></main></body></html>`;
  const out = extractHtml(html, { source: 'fixture' });
  const at = out.text.indexOf(body[0]!.slice(0, 40));
  assert.ok(at >= 0, out.text);
  assert.ok(out.text.includes(body[2]!.slice(0, 40)));
  // The second try still drops boilerplate tags and comment sections.
  assert.ok(!out.text.includes(body[3]!.slice(0, 40)));
  assert.ok(!out.text.includes('First comment'));
  const raw = out.map.rangeToRaw(at, at + 10)!;
  assert.equal(html.slice(raw.start, raw.end), body[0]!.slice(0, 10));
});
