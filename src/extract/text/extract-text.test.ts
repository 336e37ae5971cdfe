import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extracted } from '../../core/extracted.js';
import { extractText } from './extract-text.js';

// Invented articles; every name and outlet is made up.
const ARTICLE = [
  'Harbour Talks Collapse After Four Days',
  '',
  '3 Min Read',
  'By Jane Roe and Ali Khan',
  'Published: 12/03/2026',
  'Updated: March 13, 2026',
  '',
  'KESTRAVA (Harbour Wire): Talks between the port authority and the dockers’ union collapsed on Tuesday.',
  'Shareholders will vote on the port merger next month.',
  '- Advertisement -',
  'He declined to comment on the report.',
  'Officials follow the guidance issued last year.',
  'Talks Ahead',
  'Advertisement revenue at the port paper fell by a third, the editor said.',
  'The union said it would share its proposal with the mediators.',
  'Leave a Reply',
  'Join the discussion',
  'Your email address will not be published. Required fields are marked *',
  '',
  'Share This Article',
  'Leave a Comment',
  '',
  '',
].join('\n');

/** Every block and line of the clean text must map back to the same characters in the raw input. */
function assertMapsBack(raw: string, out: Extracted): void {
  for (const block of out.blocks) {
    for (const segment of out.map.segments.filter((s) => s.cleanStart >= block.start && s.cleanStart < block.end)) {
      const clean = out.text.slice(segment.cleanStart, segment.cleanStart + segment.cleanLength);
      const range = out.map.rangeToRaw(segment.cleanStart, segment.cleanStart + segment.cleanLength)!;
      assert.equal(raw.slice(range.start, range.end), clean);
    }
  }
}

test('reads headline, byline, dates and dateline, and drops boilerplate but not its lookalikes', () => {
  const out = extractText(ARTICLE, { source: 'a.txt' });
  assert.equal(out.meta.title, 'Harbour Talks Collapse After Four Days');
  assert.deepEqual(out.meta.byline, ['Jane Roe', 'Ali Khan']);
  assert.equal(out.meta.published, '2026-03-12');
  assert.equal(out.meta.modified, '2026-03-13');
  assert.equal(out.meta.outlet, 'Harbour Wire');
  assert.deepEqual(out.meta.provenance, {
    title: 'text:headline',
    byline: 'text:byline',
    published: 'text:published-line',
    modified: 'text:updated-line',
    dateline: 'text:dateline',
    outlet: 'text:dateline',
  });
  assert.deepEqual(out.text.split('\n\n'), [
    'KESTRAVA (Harbour Wire): Talks between the port authority and the dockers’ union collapsed on Tuesday.',
    'Shareholders will vote on the port merger next month.',
    'He declined to comment on the report.',
    'Officials follow the guidance issued last year.',
    'Talks Ahead',
    'Advertisement revenue at the port paper fell by a third, the editor said.',
    'The union said it would share its proposal with the mediators.',
  ]);
  assert.deepEqual(out.blocks.map((b) => b.label), ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  assert.deepEqual(out.messages, []);
});

test('offsets: the dateline stays in the text and every block maps back to the raw input', () => {
  const out = extractText(ARTICLE, { source: 'a.txt' });
  const d = out.meta.dateline!;
  assert.deepEqual(d, { place: 'KESTRAVA', agency: 'Harbour Wire', start: 0, end: 24 });
  assert.equal(out.text.slice(d.start, d.end), 'KESTRAVA (Harbour Wire):');
  const raw = out.map.rangeToRaw(d.start, d.end)!;
  assert.equal(ARTICLE.slice(raw.start, raw.end), 'KESTRAVA (Harbour Wire):');
  assert.equal(raw.start, ARTICLE.indexOf('KESTRAVA'));
  const heading = out.blocks[4]!;
  assert.equal(out.text.slice(heading.start, heading.end), 'Talks Ahead');
  assert.equal(out.map.toRaw(heading.start), ARTICLE.indexOf('Talks Ahead'));
  const first = out.blocks[0]!;
  assert.equal(out.map.rangeToRaw(first.start, first.end)?.end, ARTICLE.indexOf('\nShareholders'), 'a block ends where its raw line ends');
  assert.equal(out.map.toRaw(out.blocks[0]!.end + 1), undefined, 'the inserted blank line maps to nothing');
  assertMapsBack(ARTICLE, out);
});

test('CRLF line endings give the same text, with offsets into the CRLF input', () => {
  const crlf = ARTICLE.replace(/\n/g, '\r\n');
  const lf = extractText(ARTICLE, { source: 'a.txt' });
  const out = extractText(crlf, { source: 'a-crlf.txt' });
  assert.equal(out.text, lf.text);
  assert.deepEqual(out.meta.dateline, lf.meta.dateline);
  assert.equal(out.text.includes('\r'), false);
  const last = out.blocks.at(-1)!;
  const range = out.map.rangeToRaw(last.start, last.end)!;
  assert.equal(crlf.slice(range.start, range.end), 'The union said it would share its proposal with the mediators.');
  assertMapsBack(crlf, out);
});

test('Urdu text with emoji: UTF-16 offsets map back exactly', () => {
  const raw = [
    'بندرگاہ پر مذاکرات ناکام 🚢',
    '',
    'کراچی: بندرگاہ کے حکام اور یونین کے درمیان مذاکرات منگل کو ختم ہو گئے۔ 🤝',
    'یونین نے کہا کہ وہ اپنی تجویز ثالثوں کو بھیجے گی۔',
    'Share on Facebook',
  ].join('\n');
  const out = extractText(raw, { source: 'ur.txt' });
  assert.equal(out.meta.title, 'بندرگاہ پر مذاکرات ناکام 🚢');
  assert.equal(out.blocks.length, 2);
  assert.ok(out.text.endsWith('بھیجے گی۔'));
  const emoji = out.text.indexOf('🤝');
  assert.equal(out.map.toRaw(emoji), raw.indexOf('🤝'));
  const range = out.map.rangeToRaw(emoji, emoji + 2)!;
  assert.equal(raw.slice(range.start, range.end), '🤝');
  assertMapsBack(raw, out);
});

test('a file of nothing but boilerplate has no body', () => {
  const out = extractText('\n\nShare This Article\nTweet\nWhatsApp\n- Advertisement -\nLeave a Reply\n© 2026 Harbour Wire. All rights reserved.\n\n', { source: 'empty.txt' });
  assert.equal(out.text, '');
  assert.deepEqual(out.blocks, []);
  assert.equal(out.meta.title, undefined);
  assert.deepEqual(out.messages.map((m) => [m.severity, m.code, m.source]), [['error', 'extract-no-body', 'empty.txt']]);
});

test('an empty input has no body', () => {
  const out = extractText('', { source: 'zero.txt' });
  assert.equal(out.text, '');
  assert.equal(out.messages[0]?.code, 'extract-no-body');
});

test('a single-line file is body, not a headline', () => {
  const raw = '  The ferry to Kestrava was cancelled on Monday because of the storm  ';
  const out = extractText(raw, { source: 'one.txt' });
  assert.equal(out.text, 'The ferry to Kestrava was cancelled on Monday because of the storm');
  assert.equal(out.meta.title, undefined);
  assert.deepEqual(out.blocks, [{ start: 0, end: out.text.length, label: 'paragraph' }]);
  assert.equal(out.map.toRaw(0), 2);
  assert.deepEqual(out.messages.map((m) => m.code), ['extract-short-body', 'extract-no-title']);
});

test('a Published line that cannot be read is reported with its line number and removed', () => {
  const raw = 'Ferry Strike Ends\nPublished: 3 hours ago\nACCRA -- The ferry strike ended on Friday after two weeks.';
  const out = extractText(raw, { source: 'p.txt' });
  assert.equal(out.meta.published, undefined);
  const m = out.messages.find((x) => x.code === 'date-unparsed');
  assert.deepEqual(m?.place, { start: 2, end: 2, unit: 'line' });
  assert.match(m!.reason, /"3 hours ago"/);
  assert.equal(out.text, 'ACCRA -- The ferry strike ended on Friday after two weeks.');
  assert.deepEqual(out.meta.dateline, { place: 'ACCRA', start: 0, end: 8 });
});

test('the trailing look: calls to action and teaser lists after the body go, a body sentence naming Facebook stays', () => {
  const raw = [
    'PARIS — The mayor unveiled a cycling plan on Monday.',
    'Our reporters asked Facebook about the campaign but it did not reply.',
    'For the latest news, follow us on Twitter @harbourwire. We are also on Facebook, Instagram and YouTube.',
    'Join us on Telegram for breaking news',
    'Related:',
    'Cycle lanes open across the city',
    'Mayor faces vote on budget',
  ].join('\n');
  const out = extractText(raw, { source: 't.txt' });
  assert.deepEqual(out.text.split('\n\n'), [
    'PARIS — The mayor unveiled a cycling plan on Monday.',
    'Our reporters asked Facebook about the campaign but it did not reply.',
  ]);
  assert.equal(out.meta.dateline?.place, 'PARIS');
  assert.equal(out.meta.outlet, undefined);
});

test('hard-wrapped paragraphs are joined with a space; each line still maps back', () => {
  const raw = [
    'LONDON, March 4 (Reuters) - Britain said on Wednesday it would',
    'extend the harbour subsidy for another year, after weeks of',
    'talks with the port operators.',
    '',
    'The transport minister said the money would come from the',
    'existing budget.',
    '',
    'Critics said the plan was too small.',
  ].join('\n');
  const out = extractText(raw, { source: 'w.txt' });
  assert.equal(out.blocks.length, 3);
  assert.equal(out.text.split('\n\n')[1], 'The transport minister said the money would come from the existing budget.');
  assert.equal(out.meta.outlet, 'Reuters');
  const at = out.text.indexOf('existing');
  assert.equal(out.map.toRaw(at), raw.indexOf('existing'));
  assert.equal(out.map.toRaw(out.text.indexOf(' existing')), undefined, 'the joining space is inserted');
  assertMapsBack(raw, out);
});

test('a 5 MB text returns', () => {
  const paragraph = 'The council met on Tuesday to discuss the harbour budget, and 🚢 ferries. ';
  const raw = `${'Budget Talks Continue\n\n'}${`${paragraph.repeat(20)}\n\n`.repeat(Math.ceil(5_000_000 / (paragraph.length * 20 + 2)))}`;
  assert.ok(raw.length >= 5_000_000);
  const out = extractText(raw, { source: 'big.txt' });
  assert.equal(out.meta.title, 'Budget Talks Continue');
  assert.ok(out.text.length > 4_900_000);
  const last = out.blocks.at(-1)!;
  const range = out.map.rangeToRaw(last.start, last.end)!;
  assert.equal(raw.slice(range.start, range.end), out.text.slice(last.start, last.end));
});
