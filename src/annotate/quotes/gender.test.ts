import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../core/doc.js';
import { mentionGender, pronounGender } from './gender.js';
import type { Mention } from './names.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

function speakers(text: string) {
  const doc = new Doc({ id: 't', source: 'test', text });
  return annotateQuotes(doc).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return { start: s.start, speaker: a.speakerText, speakerStart: a.speaker?.start ?? null, evidence: a.evidence };
  });
}

test('"she said" skips a nearer man’s name for the woman named before him', () => {
  const text = 'Sarah Okafor met Daniel Halvorsen at the port. She said the cranes would be replaced by spring.';
  const [q] = speakers(text);
  assert.equal(q!.speaker, 'Sarah Okafor');
  assert.equal(q!.speakerStart, 0);
  assert.match(q!.evidence, /past "Daniel Halvorsen" \(not female\)/);
});

test('"he said" still takes the nearest name when nothing shows its gender', () => {
  const text = 'Sarah Okafor met Kim Varga at the port. He said the cranes would be replaced by spring.';
  const [q] = speakers(text);
  assert.equal(q!.speaker, 'Kim Varga');
});

test('a pronoun with only names of the other gender before it gets no speaker rather than a wrong one', () => {
  const text = 'Daniel Halvorsen opened the meeting. She said the cranes would be replaced by spring.';
  const [q] = speakers(text);
  assert.equal(q!.speaker, null);
  assert.match(q!.evidence, /no female name before it/);
});

test('an honorific shows the gender, and a surname alone borrows it from its entity’s other mentions', () => {
  const text = 'Mrs. Varga spoke after Mr. Okafor.';
  const varga: Mention = { start: 5, end: 10, label: 'PERSON' };
  const okafor: Mention = { start: 27, end: 33, label: 'PERSON' };
  assert.equal(mentionGender(text, varga, []), 'female');
  assert.equal(mentionGender(text, okafor, []), 'male');
  const long = 'Daniel Halvorsen arrived. Halvorsen left.';
  const full: Mention = { start: 0, end: 16, label: 'PERSON', entity: 'e1' };
  const surname: Mention = { start: 26, end: 35, label: 'PERSON', entity: 'e1' };
  assert.equal(mentionGender(long, surname, [full, surname]), 'male');
  assert.equal(mentionGender(long, { ...surname, entity: undefined }, [full]), undefined);
  assert.equal(pronounGender('Her'), 'female');
  assert.equal(pronounGender('they'), undefined);
});

test('a given-name list does not outweigh the discourse: "he" after a man the list calls a woman takes the last speaker', () => {
  // "Atta" is a man's name in Urdu; the given-name lists have it only as a woman's
  const text = 'Information Minister Atta Tarar said on Thursday that the talks had failed. He alleged that the delegation evaded the core issue.';
  const [, q] = speakers(text);
  assert.equal(q!.speaker, 'Atta Tarar');
  assert.match(q!.evidence, /the speaker of the attribution just before \(only a given-name list shows another gender\)/);
});

test('an honorific still rules a pronoun out, and with no attribution before the list’s gender stands', () => {
  const honorific = 'Mrs. Varga said on Thursday that the talks had failed. He alleged that the delegation evaded the core issue.';
  const [, q] = speakers(honorific);
  assert.equal(q!.speaker, null);
  assert.match(q!.evidence, /no male name before it/);
  const noEarlier = 'Atta Tarar opened the meeting on Thursday. He alleged that the delegation evaded the core issue.';
  const [r] = speakers(noEarlier);
  assert.equal(r!.speaker, null);
});
