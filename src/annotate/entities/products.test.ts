import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isModel, modelKey } from './products.js';
import { annotated } from './test-helpers.js';

/** [text, label, start, end] of each mention. */
const spans = (text: string) => annotated(text).layer('entities').map((m) => [text.slice(m.start, m.end), m.label, m.start, m.end]);
const at = (text: string, part: string, from = 0) => [part, text.indexOf(part, from), text.indexOf(part, from) + part.length] as const;

test('model designations are told from years and quantities', () => {
  const rows: [string, boolean][] = [['787', true], ['737-800', true], ['777-200LR', true], ['A380', true], ['747s', true], ['F-150', true], ['2009', false], ['1990s', false], ['7', false], ['Boeing', false]];
  for (const [word, expected] of rows) assert.equal(isModel(word), expected, word);
  assert.equal(modelKey('777-200LR'), '777');
  assert.equal(modelKey('747s'), '747');
});

test('a maker and a model number are one product; the bare model elsewhere is the product too', () => {
  const text = 'Valdair ordered ten Kestrel 420 jets last year. The first 420s will fly in May, and a 420-300 later.';
  const got = spans(text);
  const [name, s, e] = at(text, 'Kestrel 420');
  assert.deepEqual(got.find((m) => m[0] === name), [name, 'OTHER', s, e]);
  const [bare, bs, be] = at(text, '420s');
  assert.deepEqual(got.find((m) => m[2] === bs), [bare, 'OTHER', bs, be]);
  const [variant, vs, ve] = at(text, '420-300');
  assert.deepEqual(got.find((m) => m[2] === vs), [variant, 'OTHER', vs, ve]);
  // The year and the quantity stay out.
  assert.ok(!got.some((m) => m[0] === 'ten' || /\d{4}/.test(String(m[0]))));
});

test('capitalised words after the model belong to the product', () => {
  const text = 'Tessaro Aero showed its Tessaro 90 Skylark at the fair.';
  const [name, s, e] = at(text, 'Tessaro 90 Skylark');
  assert.deepEqual(spans(text).find((m) => m[2] === s), [name, 'OTHER', s, e]);
});

test('stock indices and listed products are OTHER, with their numbers', () => {
  const text = 'The FTSE 100 fell while the Nikkei rose; traders sold iPhone makers and bought Dreamliner suppliers.';
  const got = spans(text);
  for (const part of ['FTSE 100', 'Nikkei', 'iPhone', 'Dreamliner']) {
    const [p, s, e] = at(text, part);
    assert.deepEqual(got.find((m) => m[2] === s), [p, 'OTHER', s, e], part);
  }
});

test('a product that is a dictionary word is not one at the head of a sentence', () => {
  const glass = 'The quake hit at noon. Windows shattered across the city.';
  assert.deepEqual(spans(glass), []);
  const text = 'Tova Lindqvist runs Windows on her laptop.';
  const s = text.indexOf('Windows');
  assert.deepEqual(spans(text).find((m) => m[2] === s), ['Windows', 'OTHER', s, s + 7]);
});

test('a country code before a dollar sign is a currency, not a place', () => {
  const text = 'Ferrowind paid US$ 40 million for the Varonian plant.';
  assert.ok(!spans(text).some((m) => m[0] === 'US'));
});

test('a listed product leads a longer name, takes a version, and has a plural', () => {
  const text = 'Users moved from Mac OS X Leopard to the iPhone 4 and bought Dreamliners.';
  const got = spans(text);
  for (const part of ['Mac OS X Leopard', 'iPhone 4', 'Dreamliners']) {
    const [p, s, e] = at(text, part);
    assert.deepEqual(got.find((m) => m[2] === s), [p, 'OTHER', s, e], part);
  }
  // A version is not a model: "4" elsewhere stays a number.
  const later = 'The iPhone 4 sold well, and 4 stores closed.';
  assert.equal(spans(later).length, 1);
});

test('an unknown maker before a product line names the product; a known place before it does not', () => {
  const text = 'Future Tarnwell Macintosh computers will ship. Istanbul Windows shops sold out.';
  const found = spans(text);
  assert.deepEqual(found[0], ['Tarnwell Macintosh', 'OTHER', 7, 25]);
  assert.deepEqual(found.find((m) => m[0] === 'Istanbul'), ['Istanbul', 'PLACE', 47, 55]);
  assert.ok(!found.some((m) => m[0] === 'Istanbul Windows'));
});

test("a known maker's model after its possessive is a product; counts of people and shops are not", () => {
  const text = "Valdair chose Boeing's 747, and Boeing's 747 was late, while Boeing's 150 workers and Nokia's 300 shops waited. The 747s flew.";
  const got = spans(text);
  const first = text.indexOf('747');
  const second = text.indexOf('747', first + 1);
  const bare = text.indexOf('747s');
  assert.deepEqual(got.filter((m) => m[1] === 'OTHER'), [['747', 'OTHER', first, first + 3], ['747', 'OTHER', second, second + 3], ['747s', 'OTHER', bare, bare + 4]]);
  assert.ok(!got.some((m) => m[0] === '150' || m[0] === '300'));
});

test("a product line's last word alone is that product when the document names the line", () => {
  const text = 'Sales of the iPod rose in May, though the Shuffle sold fewer units than the MacBook range, while the Pro kept its price.';
  const got = spans(text);
  const [shuffle, s, e] = at(text, 'Shuffle');
  assert.deepEqual(got.find((m) => m[2] === s), [shuffle, 'OTHER', s, e]);
  const [pro, ps, pe] = at(text, 'Pro');
  assert.deepEqual(got.find((m) => m[2] === ps), [pro, 'OTHER', ps, pe]);
  const doc = annotated(text);
  assert.match(String(doc.layer('entities').find((m) => m.start === s)?.attrs?.typedBy), /iPod Shuffle/);
});

test('without the line in the document the word is no product', () => {
  const text = 'Analysts at Shuffle said the market would recover.';
  assert.notEqual(spans(text).find((m) => m[0] === 'Shuffle')?.[1], 'OTHER');
  // "App" inside "Apple" names no "App Store": the bare "Store" stays what it was.
  const inside = 'Apple opened a new branch, and the Store drew crowds.';
  assert.notEqual(spans(inside).find((m) => m[0] === 'Store')?.[1], 'OTHER');
});

test('a maker named alone, then a capitalised name after a determiner, is the maker\'s model', () => {
  const text = 'In March, Kestrel said it will stop building the Kestrel Aspen, Corvala and Vestra this year.';
  const got = spans(text);
  const [aspen, s, e] = at(text, 'Kestrel Aspen');
  assert.deepEqual(got.find((m) => m[2] === s), [aspen, 'OTHER', s, e]);
  // The list after the model is read as its siblings.
  const [corvala, cs, ce] = at(text, 'Corvala');
  assert.deepEqual(got.find((m) => m[2] === cs), [corvala, 'OTHER', cs, ce]);
});

test('a company of two names, or one whose second word is another company, is no model', () => {
  // Written bare once: a company.
  const pair = 'This imperils the Orsk Varga plan. The navy chose Orsk Varga over Kestrel, said a report on Orsk.';
  assert.equal(spans(pair).find((m) => m[0] === 'Orsk Varga')?.[1], 'ORG');
  const merged = 'Shares of Fiora rose after the Fiora Marrow merger, and analysts at Marrow agreed.';
  assert.notEqual(spans(merged).find((m) => m[0] === 'Fiora Marrow')?.[1], 'OTHER');
  const group = 'Kestrel said the Kestrel Group would grow.';
  assert.equal(spans(group).find((m) => m[0] === 'Kestrel Group')?.[1], 'ORG');
});
