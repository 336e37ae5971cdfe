import { test } from 'node:test';
import assert from 'node:assert/strict';
import { affiliationOf, dominantState } from './affiliation.js';
import { stateLexicon } from './states.js';
import { actorRecords, findActor } from './actors.js';
import { formatTimelines } from './format.js';
import type { TimelineEntry } from './types.js';

// Invented countries, so the tests say nothing about real ones and never read the gazetteer.
const lex = stateLexicon(
  [
    { name: 'Varonia', demonyms: ['Varonian'] },
    { name: 'Teskár', variants: ['Teskar'], demonyms: ['Teskári'] },
    { name: 'North Lissen', demonyms: ['North Lissenite'] },
  ],
  {
    roles: ['minister', 'spokesperson', 'spokesman', 'ambassador', 'official'],
    institutions: ['foreign office', 'fo', 'government', 'defence ministry'],
    groups: ['officials'],
    stateTitles: ['minister'],
    topics: ['information', 'broadcasting', 'federal', 'defence'],
  },
);

/** The mention is the first place `name` is written at or after `from` (a word written in the text). */
function at(text: string, name: string, from = 0) {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, `${name} is in the text`);
  return { start, end: start + name.length };
}

const cases: { text: string; name: string; after?: string; dominant?: string; state?: string; role?: string; evidence?: string }[] = [
  { text: "Varonia's defence minister Marta Olbrecht accused Teskár of shelling.", name: 'Marta Olbrecht', state: 'Varonia', role: 'defence minister', evidence: "Varonia's defence minister Marta Olbrecht" },
  { text: 'Varonian Defence Minister Marta Olbrecht spoke. Later Olbrecht accused Teskár.', name: 'Olbrecht', after: 'Later', state: 'Varonia', role: 'Defence Minister', evidence: 'Varonian Defence Minister Marta Olbrecht' },
  { text: 'Ivo Brandt, the Teskári foreign minister, rejected it. Brandt warned Varonia.', name: 'Brandt', after: 'rejected', state: 'Teskár', role: 'foreign minister', evidence: 'Brandt, the Teskári foreign minister' },
  { text: "Talks stalled, Teskár's foreign minister, Ivo Brandt, said.", name: 'Ivo Brandt', state: 'Teskár', role: 'foreign minister', evidence: "Teskár's foreign minister, Ivo Brandt" },
  { text: "North Lissen's ambassador Kai Moro demanded a ceasefire.", name: 'Kai Moro', state: 'North Lissen', role: 'ambassador', evidence: "North Lissen's ambassador Kai Moro" },
  { text: 'Varonian officials demanded a ceasefire.', name: 'Varonian officials', state: 'Varonia', role: 'officials', evidence: 'Varonian officials' },
  { text: 'The Government of Varonia demanded a ceasefire.', name: 'Government of Varonia', state: 'Varonia', role: 'Government', evidence: 'Government of Varonia' },
  { text: 'Varonia and Teskár met. Foreign Office spokesperson Lena Dusk said Varonia wants talks. Dusk accused Teskár.', name: 'Dusk', after: 'talks', dominant: 'Varonia', state: 'Varonia', role: 'Foreign Office spokesperson', evidence: 'Foreign Office spokesperson Lena Dusk' },
  { text: 'Varonia and Teskár met. The FO rejected the claim.', name: 'FO', dominant: 'Varonia', state: 'Varonia', role: 'FO', evidence: 'FO' },
  { text: 'Varonia and Teskár met.\nKESTRAVA; Minister for Information and Broadcasting Ana Ruiz said talks failed. Ruiz accused Teskár.', name: 'Ruiz', after: 'failed', dominant: 'Varonia', state: 'Varonia', role: 'Minister for Information and Broadcasting', evidence: 'Minister for Information and Broadcasting Ana Ruiz' },
  { text: 'Varonia and Teskár met. Federal Information Minister Ana Ruiz spoke.', name: 'Ana Ruiz', dominant: 'Varonia', state: 'Varonia', role: 'Federal Information Minister', evidence: 'Federal Information Minister Ana Ruiz' },
  { text: "Varonia's Minister for Defence Ana Ruiz spoke.", name: 'Ana Ruiz', state: 'Varonia', role: 'Minister for Defence', evidence: "Varonia's Minister for Defence Ana Ruiz" },
  { text: 'Varonian said it would retaliate.', name: 'Varonian', state: 'Varonia', role: '', evidence: 'Varonian' },
  // No evidence: a state itself, a person with no role, a role without a country and no institution, a clause word between.
  { text: 'Varonia accused Teskár.', name: 'Varonia' },
  { text: 'Marta Olbrecht accused Teskár.', name: 'Marta Olbrecht' },
  { text: 'Varonia and Teskár met. Party spokesperson Lena Dusk accused Teskár.', name: 'Lena Dusk', dominant: 'Varonia' },
  { text: 'Varonia said the minister and Marta Olbrecht met.', name: 'Marta Olbrecht' },
  { text: 'The FO rejected the claim.', name: 'FO' },
  { text: 'Varonia and Teskár met. Rebel information minister Kai Moro spoke.', name: 'Kai Moro', dominant: 'Varonia' },
];

for (const c of cases) {
  test(`affiliation: ${c.text} → ${c.state ?? 'none'}`, () => {
    const mention = at(c.text, c.name, c.after ? c.text.indexOf(c.after) : 0);
    const got = affiliationOf(c.text, mention, lex, c.dominant);
    if (!c.state) return assert.equal(got, undefined);
    assert.ok(got, 'an affiliation');
    assert.equal(got.state, c.state);
    assert.equal(got.role, c.role);
    assert.deepEqual(got.evidence, at(c.text, c.evidence!));
  });
}

test('dominant state: the country named most, demonyms and variants counted', () => {
  assert.equal(dominantState('Teskár met Varonia. Varonian officials and Varonia agreed. Teskar left.', lex), 'Varonia');
  assert.equal(dominantState('North Lissen and Teskár met; North Lissenite troops and North Lissen stayed.', lex), 'North Lissen');
  assert.equal(dominantState('Nobody met anyone.', lex), undefined);
});

test('actor lists: an official\'s action is listed under its state, marked via, in timeline order', () => {
  const text = "Varonia's defence minister Marta Olbrecht accused Teskár of shelling. Varonia demanded talks.";
  const src = (s: string) => ({ article: 'a', ...at(text, s) });
  const entries: TimelineEntry[] = [
    { kind: 'action', time: '2026-03-12', day: '2026-03-12', text: text.slice(0, 69), sources: [src('accused')], action: { type: { code: '11', name: 'disapprove' }, cameo: '112', verb: 'accused', place: null, target: { name: 'Teskár', entity: 'E2' }, actor: { name: 'Marta Olbrecht', entity: 'E3', affiliation: { name: 'Varonia', entity: 'E1', role: 'defence minister', evidence: src("Varonia's defence minister Marta Olbrecht") } } } },
    { kind: 'action', time: '2026-03-13', day: '2026-03-13', text: text.slice(70), sources: [src('demanded')], action: { type: { code: '10', name: 'demand' }, cameo: '100', verb: 'demanded', place: null, target: null, actor: { name: 'Varonia', entity: 'E1' } } },
  ];
  const records = actorRecords(entries);
  const varonia = findActor(records, 'Varonia')!;
  assert.deepEqual(varonia.items.map((i) => [i.role, i.verb, i.via?.name ?? null]), [['accused', 'accused', 'Marta Olbrecht'], ['demanded', 'demanded', null]]);
  assert.deepEqual(varonia.items[0]!.sources, [src('accused')]);
  // The official keeps its own list, without the mark.
  assert.deepEqual(findActor(records, 'Marta Olbrecht')!.items.map((i) => [i.verb, i.via]), [['accused', undefined]]);
  const md = formatTimelines([], 'md', [{ story: 's', title: 'T', actor: varonia }]);
  assert.match(md, /accused: disapprove \(“accused”\) → Teskár on 2026-03-12 via Marta Olbrecht \(defence minister\)/);
});
