import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenAgreement, parseName, samePerson } from './names.js';
import { fold, squeeze } from './normalise.js';

test('folding removes diacritics, dots, case and hyphens; squeezing doubled letters', () => {
  assert.equal(fold('Türkiye'), fold('TURKIYE'));
  assert.equal(fold('U.S.'), 'us');
  assert.equal(fold('Jaish-e-Valdor'), 'jaish e valdor');
  assert.equal(squeeze('Attaullah'), squeeze('Ataullah'));
});

test('given names agree, vary, or differ', () => {
  const rows: [string, string, string][] = [
    ['Attaullah Tarvel', 'Ataullah Tarvel', 'same'],
    ['Atta Tarvel', 'Attaullah Tarvel', 'variant'],
    ['Ilse Carrow', 'Ilse Varga Carrow', 'variant'],
    ['K. Orsk', 'Kael Orsk', 'initial'],
    ['Rhea Orsk', 'Kael Orsk', 'different'],
  ];
  for (const [a, b, expected] of rows) assert.equal(givenAgreement(parseName(a).given, parseName(b).given), expected, `${a} / ${b}`);
});

test('people with one surname are one person only when their given names agree', () => {
  assert.equal(samePerson(parseName('Dr. Kael Orsk'), parseName('Kael Orsk')), 'same');
  assert.equal(samePerson(parseName('Rhea Orsk'), parseName('Kael Orsk')), undefined);
  assert.equal(samePerson(parseName('Kael Orsk'), parseName('Kael Ostrander')), undefined);
});
