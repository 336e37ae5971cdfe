import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities, type Entity } from './link.js';
import { Doc } from '../../core/doc.js';
import { annotated } from './test-helpers.js';

const find = (entities: Entity[], alias: string) => entities.filter((e) => e.aliases.includes(alias));

test('spelling variants of one minister join across documents, with the evidence recorded', () => {
  const docs = [
    annotated('Minister for Trade and Ports Attaullah Tarvel said talks failed. Tarvel blamed the rebels.', 'a'),
    annotated('Trade Minister Ataullah Tarvel spoke in Doha.', 'b'),
    annotated('Federal Trade Minister Atta Tarvel confirmed it.', 'c'),
  ];
  const entities = linkEntities(docs);
  const [tarvel, ...others] = find(entities, 'Atta Tarvel');
  assert.equal(others.length, 0);
  assert.deepEqual(new Set(tarvel!.aliases), new Set(['Attaullah Tarvel', 'Tarvel', 'Ataullah Tarvel', 'Atta Tarvel']));
  assert.equal(tarvel!.type, 'PERSON');
  assert.equal(tarvel!.name, 'Attaullah Tarvel');
  assert.deepEqual(new Set(tarvel!.mentions.map((m) => m.article)), new Set(['a', 'b', 'c']));
  const inB = tarvel!.mentions.find((m) => m.article === 'b')!;
  assert.equal(docs[1]!.text.slice(inB.start, inB.end), 'Ataullah Tarvel');
  assert.ok(tarvel!.roles.includes('Trade Minister'));
  assert.ok(tarvel!.merges.some((m) => /doubled letters/.test(m.evidence)));
  assert.ok(tarvel!.merges.some((m) => /shared role/.test(m.evidence)));
});

test('different people who share a surname or an initial never join', () => {
  const docs = [
    annotated('Defence Minister Kael Orsk spoke.', 'a'),
    annotated('Finance Minister Rhea Orsk replied.', 'b'),
    annotated('Minister K. Orsk was absent.', 'c'),
    annotated('Orsk declined to comment.', 'd'),
  ];
  const entities = linkEntities(docs);
  const people = entities.filter((e) => e.type === 'PERSON' && e.aliases.some((a) => a.includes(' ')));
  assert.equal(people.length, 3);
  // A bare surname shared by several people stays on its own.
  assert.ok(entities.every((e) => !(e.aliases.includes('Orsk') && e.aliases.length > 1)));
});

test('a short form without a shared role does not join', () => {
  const entities = linkEntities([annotated('Defence Minister Atta Tarvel spoke.', 'a'), annotated('The famous singer Attaullah Tarvel sang.', 'b')]);
  assert.equal(entities.filter((e) => e.aliases.some((a) => a.endsWith('Tarvel'))).length, 2);
});

test('gazetteer variants and declared aliases join across documents', () => {
  const docs = [
    annotated('Talks in Türkiye stalled. They targeted the Valdor Liberation Front (VLF), known as Fitna Example.', 'a'),
    annotated('Mediators from Turkey and Turkiye met. Attacks by Fitna Other (VLF) rose.', 'b'),
  ];
  const entities = linkEntities(docs);
  const turkey = find(entities, 'Turkey');
  assert.equal(turkey.length, 1);
  assert.deepEqual(new Set(turkey[0]!.aliases), new Set(['Türkiye', 'Turkey', 'Turkiye']));
  assert.equal(turkey[0]!.mentions.length, 3);
  const vlf = find(entities, 'VLF');
  assert.equal(vlf.length, 1);
  assert.deepEqual(new Set(vlf[0]!.aliases), new Set(['VLF', 'Valdor Liberation Front', 'Fitna Example', 'Fitna Other']));
  assert.equal(vlf[0]!.type, 'ORG');
  assert.ok(vlf[0]!.merges.some((m) => m.forms.includes('Fitna Other') && /\(VLF\)/.test(m.evidence)));
});

test('a bare surname joins the only person in the corpus who has it', () => {
  const entities = linkEntities([annotated('Trade Office spokesperson Ilse Varga Carrow spoke.', 'a'), annotated('Carrow repeated the offer on Friday.', 'b')]);
  const carrow = find(entities, 'Carrow');
  assert.equal(carrow.length, 1);
  assert.ok(carrow[0]!.aliases.includes('Ilse Varga Carrow'));
  assert.equal(carrow[0]!.type, 'PERSON');
});

test('an organisation is named by what its acronym stands for, not by a label written more often', () => {
  const docs = [
    annotated('Officials blamed the Valdor Liberation Front (VLF), known as Fitna Example, for the raid.', 'a'),
    annotated('The ministry said Fitna Example was behind the attack. Fitna Example denied it.', 'b'),
    annotated('Police arrested two members of Fitna Example and the VLF in Orsa.', 'c'),
  ];
  const [front, ...others] = find(linkEntities(docs), 'VLF');
  assert.equal(others.length, 0);
  assert.ok(front!.aliases.includes('Fitna Example'));
  assert.equal(front!.name, 'Valdor Liberation Front');
});

test('a person is not named by a short form of the given name', () => {
  const docs = [
    annotated('Trade Minister Atta Tarvel spoke. Trade Minister Atta Tarvel left.', 'a'),
    annotated('Trade Minister Attaullah Tarvel confirmed it.', 'b'),
  ];
  const [tarvel, ...people] = find(linkEntities(docs), 'Atta Tarvel');
  assert.equal(people.length, 0);
  assert.equal(tarvel!.name, 'Attaullah Tarvel');
});

test('"The" kept at a sentence head does not name an organisation also written without it', () => {
  // The stage usually leaves "The" out of a name; the layer is written by hand to reach the naming step.
  const text = 'The Vardani refused. The Vardani left. Envoys met Vardani leaders.';
  const spans = [[0, 11], [21, 32], [50, 57]].map(([start, end]) => ({ start: start!, end: end!, label: 'ORG', attrs: { entity: 'e1', form: 'name', evidence: 'strong' } }));
  const doc = new Doc({ id: 'a', source: 'a.txt', text, layers: { entities: spans } });
  const [vardani] = find(linkEntities([doc]), 'Vardani');
  assert.deepEqual(new Set(vardani!.aliases), new Set(['The Vardani', 'Vardani']));
  assert.equal(vardani!.name, 'Vardani');
});
