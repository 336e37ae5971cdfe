import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguageIdentifier } from './identify.js';

const identify = await loadLanguageIdentifier();

// Sentences written for this test, in the style of the news the tool reads.
const rows: [string, string, string][] = [
  ['en', 'The harbour authority said on Tuesday that the ferry service would resume next week after repairs.', 'English'],
  ['de', 'Die Hafenbehörde teilte am Dienstag mit, dass der Fährbetrieb nach den Reparaturen nächste Woche wieder aufgenommen wird.', 'German'],
  ['fr', "L'autorité portuaire a annoncé mardi que le service de ferry reprendrait la semaine prochaine après les réparations.", 'French'],
  ['ur', 'بندرگاہ کے حکام نے منگل کو کہا کہ مرمت کے بعد فیری سروس اگلے ہفتے دوبارہ شروع ہو جائے گی۔', 'Urdu'],
  ['tr', 'Liman idaresi salı günü yaptığı açıklamada, onarımların ardından feribot seferlerinin gelecek hafta yeniden başlayacağını söyledi.', 'Turkish'],
];

for (const [language, text, name] of rows) {
  test(`identifies ${name}`, () => {
    const guess = identify(text);
    assert.equal(guess?.language, language);
    assert.ok(guess.confidence > 0.8, `confidence ${guess.confidence}`);
  });
}

test('several lines are read as one text, not only the first line', () => {
  const guess = identify('Short note.\nDie Regierung hat am Montag neue Regeln für den Hafen beschlossen, die ab Juli gelten sollen.');
  assert.equal(guess?.language, 'de');
});

test('a five-character text gets a low confidence, and text without letters none', () => {
  const guess = identify('Hallo');
  assert.ok(guess === undefined || guess.confidence < 0.5, `confidence ${guess?.confidence}`);
  assert.equal(identify('12:40 — 2026 #5 https://example.org/x'), undefined);
  assert.equal(identify(''), undefined);
});

test('a long text is sampled and still identified', () => {
  const guess = identify('Der Stadtrat hat am Abend über den neuen Haushalt abgestimmt. '.repeat(20_000));
  assert.equal(guess?.language, 'de');
});
