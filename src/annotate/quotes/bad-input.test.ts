import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { pairQuotes } from './marks.js';
import { annotateQuotes } from './quotes.js';

function quotesOf(text: string) {
  const doc = new Doc({ id: 'bad', source: 'bad.txt', text });
  return { doc, quotes: annotateQuotes(doc) };
}

/** No quote may run to the end of a document unless its own paragraph ends there. */
function assertBounded(text: string, spans: { start: number; end: number }[]): void {
  const lastPara = text.lastIndexOf('\n') + 1;
  for (const s of spans) assert.ok(s.end < text.length || s.start >= lastPara, `a quote from ${s.start} runs to the end of the document`);
}

test('bad input: an unbalanced opening mark stops at its paragraph', () => {
  const text = 'Intro. He said “this never closes.\n\n' + 'Another paragraph follows. '.repeat(50) + '\n\nThe end.';
  const { quotes } = quotesOf(text);
  assertBounded(text, quotes);
  const q = quotes.find((s) => s.label === 'direct');
  assert.ok(q && q.end <= text.indexOf('\n\n'));
  assert.equal((q!.attrs as { unclosed?: boolean }).unclosed, true);
});

test('bad input: stray closing marks and apostrophes make no quotes', () => {
  const text = 'It’s the ’90s” and rock ‘n’ roll’s back” again.\n\nDon\'t panic\' now.';
  assert.deepEqual(pairQuotes(text), []);
  assert.deepEqual(quotesOf(text).quotes, []);
});

// The timeouts guard against runaway (quadratic) work, not speed: speed is measured in bench/quotes.
test('bad input: a 20,000-word quote is read in bounded time', { timeout: 20000 }, () => {
  const words = Array.from({ length: 20000 }, (_, i) => `word${i % 97}`).join(' ');
  const text = `Hamid Qadir said: “${words}.” Then he left.\n\nAfter that, nothing.`;
  const { doc, quotes } = quotesOf(text);
  const q = quotes.find((s) => s.label === 'direct')!;
  assert.equal(q.start, text.indexOf('word0'));
  assert.equal(q.end, text.indexOf('.”') + 1);
  assert.equal(doc.slice({ start: q.end - 7, end: q.end }), 'word17.');
});

test('bad input: an unclosed 20,000-word quote is capped at its paragraph', { timeout: 20000 }, () => {
  const words = Array.from({ length: 20000 }, (_, i) => `w${i % 13}`).join(' ');
  const text = `He said “${words}\n\nA closing paragraph.`;
  const { quotes } = quotesOf(text);
  assertBounded(text, quotes);
});

test('bad input: a document that is all quotes', { timeout: 20000 }, () => {
  const text = Array.from({ length: 300 }, (_, i) => `“Quote number ${i} is here and there.”`).join(' ');
  const { quotes } = quotesOf(text);
  assert.equal(quotes.length > 0, true);
  for (const q of quotes) assert.ok(q.end - q.start < 40 || (q.attrs as { parts?: unknown[] }).parts, 'quotes stay within their marks');
});

test('bad input: a document of nothing but marks', { timeout: 20000 }, () => {
  const text = '“”"\'‘’«»„“'.repeat(2000);
  assert.doesNotThrow(() => quotesOf(text));
});

test('bad input: Urdu and Russian quotes are paired without a crash', () => {
  const urdu = 'وزیر نے کہا: “ہم تیار ہیں۔” پھر وہ چلے گئے۔';
  const russian = 'Министр заявил: «Переговоры провалились». Потом он ушёл.';
  const u = pairQuotes(urdu);
  assert.equal(urdu.slice(u[0]!.start, u[0]!.end), 'ہم تیار ہیں۔');
  const r = pairQuotes(russian);
  assert.equal(russian.slice(r[0]!.start, r[0]!.end), 'Переговоры провалились');
  assert.doesNotThrow(() => quotesOf(`${urdu}\n\n${russian}`));
});

test('bad input: emoji and astral characters keep UTF-16 offsets right', () => {
  const text = '🎉🎉 “We won 🏆 today,” Lena Park said.';
  const [q] = quotesOf(text).quotes;
  assert.equal(q!.start, text.indexOf('We'));
  assert.equal(text.slice(q!.start, q!.end), 'We won 🏆 today');
});
