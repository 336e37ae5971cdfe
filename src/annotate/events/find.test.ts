import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences/split.js';
import { findActions } from './find.js';
import { loadEventLexicon } from './lexicon.js';
import type { Mention } from './view.js';

const lex = loadEventLexicon();
const NAMES = ['Varonia', 'Teskar', 'Lissenholm', 'Kestrava', 'Ommen', 'Olbrecht'];
const PLACES = new Set(['Kestrava', 'Ommen']);

/** Every action of a one-sentence text as [actor, verb, target, top-level class, place]. */
function read(text: string): string[][] {
  const mentions: Mention[] = NAMES.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + n.length, label: PLACES.has(n) ? 'PLACE' : 'ORG', entity: n })));
  mentions.sort((a, b) => a.start - b.start);
  const [sentence] = splitSentences(text);
  const s = (m: Mention | null) => (m ? text.slice(m.start, m.end) : '-');
  return findActions(text, sentence!.tokens, mentions, lex).map((a) => [s(a.actor), text.slice(a.verb.start, a.verb.end), s(a.target), a.code.slice(0, 2), s(a.place)]);
}

test('who did what to whom: active, passive, "accused Y of", "urged Y to"', () => {
  const rows: [string, string[][]][] = [
    ['Varonia accused Teskar of shelling the border.', [['Varonia', 'accused', 'Teskar', '11', '-']]],
    ['Teskar was attacked by Varonia on Monday.', [['Varonia', 'attacked', 'Teskar', '19', '-']]],
    ['Varonia urged Teskar to withdraw its troops.', [['Varonia', 'urged', 'Teskar', '02', '-']]],
    ['Varonia demanded that Teskar disarm the militia.', [['Varonia', 'demanded', 'Teskar', '10', '-']]],
    ['Varonia threatened Teskar with sanctions.', [['Varonia', 'threatened', 'Teskar', '13', '-']]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(read(text).filter((r) => expected.some((e) => e[1] === r[1])), expected, text);
});

test('talks between X and Y mediated by Z, with the place', () => {
  const rows = read('Talks between Varonia and Teskar, mediated by Lissenholm, opened in Kestrava.');
  assert.deepEqual(rows.find((r) => r[1] === 'Talks'), ['Varonia', 'Talks', 'Teskar', '04', 'Kestrava']);
  assert.deepEqual(rows.find((r) => r[1] === 'mediated')?.slice(0, 2), ['Lissenholm', 'mediated']);
});

test('a compound subject without an object acts on each of its members', () => {
  const rows = read('Varonia and Teskar met in Ommen.');
  assert.deepEqual(rows.map((r) => [r[0], r[2], r[4]]), [['Varonia', 'Teskar', 'Ommen'], ['Teskar', 'Varonia', 'Ommen']]);
});

test('a verb of saying frames the other actions and is dropped beside them', () => {
  const rows = read('Teskar attacked Varonia overnight, officials in Ommen said.');
  assert.deepEqual(rows.map((r) => r[1]), ['attacked']);
});

test('saying that another used force is accusing it', () => {
  const rows = read('Varonia said Teskar had attacked Ommen.');
  assert.deepEqual(rows.find((r) => r[3] === '11'), ['Varonia', 'said', 'Teskar', '11', '-']);
  assert.ok(rows.some((r) => r[1] === 'attacked' && r[0] === 'Teskar'));
});

test('an apposition is no list, and a name before "said" is not the subject of the clause it reports', () => {
  const rows = read("Olbrecht, Varonia's envoy, said her government had shelled Ommen.");
  assert.deepEqual(rows.find((r) => r[1] === 'shelled')?.slice(0, 3), ['-', 'shelled', 'Ommen']);
  assert.ok(!rows.some((r) => r[0] === 'Varonia' && r[2] === 'Olbrecht'));
  // A pronoun carries the speaker into the clause.
  assert.deepEqual(read('Varonia said it would attack Teskar.').find((r) => r[1] === 'attack')?.slice(0, 3), ['Varonia', 'attack', 'Teskar']);
});

test('offsets point at the words they name', () => {
  const text = 'Varonia accused Teskar of lying.';
  const [sentence] = splitSentences(text);
  const mentions: Mention[] = [{ start: 0, end: 7 }, { start: 16, end: 22 }];
  const [a] = findActions(text, sentence!.tokens, mentions, lex);
  assert.deepEqual([a!.start, a!.end, a!.verb.start, a!.verb.end], [0, 22, 8, 15]);
});

test('a sentence with no entities yields no verb action and does not throw', () => {
  assert.deepEqual(read('Prices rose sharply after the storm.'), []);
  assert.deepEqual(findActions('', [], [], lex), []);
});
