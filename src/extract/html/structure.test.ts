import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract-html.js';
import { isBoilerplateLine, metadataLine } from './lines.js';
import { normalizeDate } from '../dates.js';

// Invented article: long enough paragraphs for the container scoring to pick the body.
const body = [
  'The harbour authority confirmed on Thursday that the old grain pier will close for repairs in April, after divers found cracks in three of its supports.',
  'Fishing crews who use the pier each morning will move to the eastern quay, which the authority said could take the extra boats with little delay.',
  'Engineers expect the work to last about four months, although the authority warned that bad weather in the spring could push the reopening into autumn.',
  'Local traders asked for a temporary footbridge so that visitors could still reach the market stalls along the pier while the supports are replaced.',
];
const lead = 'Cracks found by divers in the supports of the grain pier mean months of work and a move for the morning fishing fleet.';

function article(header: string, text: string): string {
  return `<!doctype html><html><head><title>Grain pier to close for repairs</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><header class="article-header"><h1>Grain pier to close for repairs</h1>${header}
<div class="byline">By Mara Lind</div></header>
<div class="article-body">${text}</div></article></main>
<footer><p>© 2026 Harbour Gazette</p></footer></body></html>`;
}

const paragraphs = body.map((p) => `<p>${p}</p>`).join('\n');

test('a lead set in the article header, before the body container, is kept ahead of the body', () => {
  const html = article(`<p class="standfirst">${lead}</p>`, paragraphs);
  const r = extractHtml(html, { source: 'lead.html' });
  assert.ok(r.text.startsWith(`${lead}\n\n${body[0]}`), r.text);
  // The title, the byline and the header's short lines stay out.
  assert.ok(!r.text.includes('Grain pier to close'));
  assert.ok(!r.text.includes('Mara Lind'));
  // The lead maps back to its place in the header.
  const raw = r.map.rangeToRaw(0, 6)!;
  assert.equal(html.slice(raw.start, raw.end), lead.slice(0, 6));
  assert.ok(raw.start > html.indexOf('standfirst'));
});

test('a lead set as a heading (a deck) is kept; a short kicker or a linked teaser before the body is not', () => {
  const html = article(`<p class="kicker">Harbour works</p><h2>${lead}</h2><p class="teaser"><a href="/other">${body[2]}</a></p>`, paragraphs);
  const r = extractHtml(html, { source: 'deck.html' });
  assert.ok(r.text.startsWith(lead), r.text);
  assert.equal(r.blocks[0]!.label, 'heading');
  assert.ok(!r.text.includes('Harbour works'));
  assert.equal(r.text.split(body[2]!).length, 2, 'the linked teaser does not add a second copy');
});

test('a lead under a boilerplate element (a newsletter box, an aside) is not a lead', () => {
  const box = '<aside class="promo"><p>Our weekly harbour newsletter brings you every story about the port, its ships and its people, free.</p></aside>';
  const r = extractHtml(article(box, paragraphs), { source: 'aside.html' });
  assert.ok(!r.text.includes('weekly harbour newsletter'));
  assert.ok(r.text.startsWith(body[0]!));
});

test('a subheading over a photo and its caption still introduces the paragraph after them', () => {
  const text = `${paragraphs}<h3>What traders want</h3>
<figure><img src="pier.jpg"><figcaption class="caption">The pier at dawn.</figcaption></figure>
<p>${body[3]!.replace('Local traders', 'Stall holders')}</p>`;
  const r = extractHtml(article('', text), { source: 'figure.html' });
  const heading = r.blocks.find((b) => b.label === 'heading');
  assert.ok(heading, r.text);
  assert.equal(r.text.slice(heading.start, heading.end), 'What traders want');
  assert.ok(!r.text.includes('The pier at dawn'));
});

test('a subheading over a list of links is still dropped with its list', () => {
  const text = `${paragraphs}<h3>More on the harbour</h3><ul><li><a href="/a">Ferry timetable changes for the winter season</a></li>
<li><a href="/b">New cranes arrive at the container terminal</a></li></ul>`;
  const r = extractHtml(article('', text), { source: 'links.html' });
  assert.ok(!r.text.includes('More on the harbour'));
  assert.ok(!r.text.includes('Ferry timetable'));
});

test('a long plain paragraph inside a box that is mostly links is kept; the links are not', () => {
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Another harbour story number ${i} with a long linked headline here</a></li>`).join('');
  const text = `<div class="post-list"><ul>${links}</ul><p>${body.join(' ')}</p></div>`;
  const r = extractHtml(article('', text), { source: 'box.html' });
  assert.ok(r.text.includes(body.join(' ')), r.text);
  assert.ok(!r.text.includes('Another harbour story'));
});

test('a block that repeats the title is dropped even when it is not a heading', () => {
  const r = extractHtml(article('<div class="title-line">Grain pier to close for repairs</div>', paragraphs), { source: 't.html' });
  assert.ok(!r.text.includes('Grain pier to close'));
});

test('captions ending in their credit, advert markers and "Don\'t miss" headings are boilerplate lines', () => {
  const text = `<p>${body[0]}</p><p>Divers inspect the supports of the pier (Image: Harbour Authority)</p><p>Advert</p>
<p>${body[1]}</p><h3>Don't miss</h3><p>${body[2]}</p><p>${body[3]}</p>`;
  const r = extractHtml(article('', text), { source: 'lines.html' });
  for (const gone of ['Divers inspect', 'Advert', "Don't miss"]) assert.ok(!r.text.includes(gone), gone);
  for (const kept of body) assert.ok(r.text.includes(kept));
});

test('a labelled date is a fact of the text, a publication label makes a metadata line', () => {
  assert.equal(metadataLine('Termin: 29.02.2020, 19 Uhr', (v) => normalizeDate(v) !== undefined), undefined);
  assert.equal(metadataLine('Deadline: 3 November 2019', (v) => normalizeDate(v) !== undefined), undefined);
  assert.deepEqual(metadataLine('Publiziert: 03.04.2020', (v) => normalizeDate(v) !== undefined), { kind: 'published', value: '03.04.2020' });
  assert.deepEqual(metadataLine('12 March 2026', (v) => normalizeDate(v) !== undefined), { kind: 'date', value: '12 March 2026' });
  const r = extractHtml(article('', `${paragraphs}<p>Termin: 29.02.2020, 19 Uhr</p>`), { source: 'date.html' });
  assert.ok(r.text.endsWith('Termin: 29.02.2020, 19 Uhr'), r.text);
});

test('agency credits, appeals, loading and login lines are boilerplate; body sentences with the same words are not', () => {
  const boiler = [
    'AFP / Jane Roe', 'Mara Lind/Getty Images', 'iStock.com', 'Schon gelesen?', 'Über den Autor', 'About the author',
    'Möchten Sie den Artikel teilen?', 'Wird geladen …', 'Loading...', 'Sie sind aktuell nicht eingeloggt.',
    'Subscribe now to our print edition for the full story.', 'Jede kleine Spende hilft uns weiter.',
    'For the latest stories and breaking news updates download the Harbour Gazette app.',
  ];
  for (const line of boiler) assert.ok(isBoilerplateLine(line), line);
  const prose = [
    'The agency said AFP / Reuters reports of the closure were wrong, and that the pier would reopen in August.',
    'Divers said they had never seen cracks like these before.',
    'Loading the boats at the eastern quay took longer than expected on the first morning.',
    'The authority will subscribe to a new inspection service, its director said on Thursday.',
  ];
  for (const line of prose) assert.ok(!isBoilerplateLine(line), line);
});

test('a teaser before the article that the body repeats word for word appears once, where the body has it', () => {
  const page = (teaser: string): string => `<html><body><main><header class="page-intro"><p class="teaser">${teaser}</p></header>
<article><div class="article-body">${paragraphs}</div></article></main></body></html>`;
  const html = page(body[0]!);
  const r = extractHtml(html, { source: 'repeat.html' });
  assert.equal(r.text.split(body[0]!).length, 2, r.text);
  const raw = r.map.rangeToRaw(0, 10)!;
  assert.ok(raw.start > html.indexOf('article-body'), 'the kept copy is the body\'s');
  // A different teaser in the same place is a lead and is kept ahead of the body.
  assert.ok(extractHtml(page(lead), { source: 'lead2.html' }).text.startsWith(`${lead}\n\n${body[0]}`));
});
