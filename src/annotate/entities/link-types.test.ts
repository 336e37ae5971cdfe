import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkEntities, type Entity } from './link.js';
import { demonymTypes, voteType } from './link-types.js';
import { linkKey } from './normalise.js';
import { annotated } from './test-helpers.js';

const find = (entities: Entity[], alias: string) => entities.filter((e) => e.aliases.includes(alias));
const dateline = (place: string, agency: string) => ({ dateline: { place, agency, start: 0, end: place.length + agency.length + 4 } });

test('types vote across documents: strong evidence first, then the guess most documents made', () => {
  const rows: [{ type: Entity['type']; weak: boolean }[], Entity['type']][] = [
    [[{ type: 'ORG', weak: true }, { type: 'PLACE', weak: false }], 'PLACE'],
    [[{ type: 'PLACE', weak: false }, { type: 'ORG', weak: false }, { type: 'ORG', weak: false }], 'ORG'],
    [[{ type: 'PLACE', weak: true }, { type: 'ORG', weak: true }, { type: 'ORG', weak: true }], 'ORG'],
    [[{ type: 'OTHER', weak: false }, { type: 'ORG', weak: true }], 'OTHER'],
  ];
  for (const [groups, expected] of rows) assert.equal(voteType(groups), expected, JSON.stringify(groups));
});

test('a dateline place types the name in every document, and shape guesses join it', () => {
  const docs = [
    annotated('KELMAR (Tidewire): The council met.', 'a', dateline('KELMAR', 'Tidewire')),
    annotated('Talks were held at Kelmar on Friday. Kelmar has a port.', 'b'),
    annotated('Officials said Kelmar had agreed.', 'c'),
  ];
  const kelmar = find(linkEntities(docs), 'Kelmar');
  assert.equal(kelmar.length, 1);
  assert.equal(kelmar[0]!.type, 'PLACE');
  assert.deepEqual(new Set(kelmar[0]!.mentions.map((m) => m.article)), new Set(['a', 'b', 'c']));
  const inC = kelmar[0]!.mentions.find((m) => m.article === 'c')!;
  assert.deepEqual([inC.start, inC.end], [15, 21]);
});

test('a demonym in one report and its place in another: demonym OTHER, place PLACE', () => {
  const retyped = demonymTypes([
    { type: 'ORG', strong: false, gazetteer: false, forms: ['Varnholtian'] },
    { type: 'ORG', strong: false, gazetteer: false, forms: ['Varnholt'] },
  ]);
  assert.deepEqual([...retyped].map(([k, v]) => [k, v.type]), [[0, 'OTHER'], [1, 'PLACE']]);
  const entities = linkEntities([annotated('Varnholtian officials objected.', 'a'), annotated('Officials said Varnholt had agreed.', 'b')]);
  assert.equal(find(entities, 'Varnholt')[0]!.type, 'PLACE');
  assert.ok(find(entities, 'Varnholt')[0]!.merges.some((m) => /demonym/.test(m.evidence)));
});

test('transliterated spellings of one person join; a one-letter surname change needs a shared role', () => {
  const docs = [
    annotated('Foreign Minister Ilyas Karimov arrived.', 'a'),
    annotated('Foreign Minister Ilias Karimov spoke.', 'b'),
    annotated('The delegation was led by Foreign Minister Ilyas Karimoff.', 'c'),
    annotated('Ilyas Karimow, the foreign minister, left.', 'd'),
    annotated('The singer Ilyas Karimon performed.', 'e'),
  ];
  const entities = linkEntities(docs);
  const karimov = find(entities, 'Ilyas Karimov')[0]!;
  assert.deepEqual(new Set(karimov.aliases), new Set(['Ilyas Karimov', 'Ilias Karimov', 'Ilyas Karimoff', 'Ilyas Karimow']));
  assert.equal(find(entities, 'Ilyas Karimon')[0]!.id === karimov.id, false);
});

test('given-name variants join when no other person has the surname, unless their roles clash', () => {
  const joined = linkEntities([annotated('Hanna Vesk spoke to investors.', 'a'), annotated('Chief executive Hannah Vesk resigned.', 'b')]);
  assert.equal(find(joined, 'Hanna Vesk')[0]!.aliases.includes('Hannah Vesk'), true);
  const apart = linkEntities([annotated('Defence Minister Atta Tarvel spoke.', 'a'), annotated('The famous singer Attaullah Tarvel sang.', 'b')]);
  assert.equal(find(apart, 'Atta Tarvel')[0]!.aliases.includes('Attaullah Tarvel'), false);
  const three = linkEntities([annotated('Hanna Vesk spoke.', 'a'), annotated('Hannah Vesk spoke.', 'b'), annotated('Rolf Vesk spoke.', 'c')]);
  assert.equal(find(three, 'Rolf Vesk')[0]!.aliases.length, 1);
});

test('an organisation that starts with a place name does not swallow the place', () => {
  const docs = [
    annotated('KELMAR (Tidewire): Prices rose.', 'a', dateline('KELMAR', 'Tidewire')),
    annotated('Ola Dunn, an economist at Kelmar Savings, said Kelmar would suffer.', 'b'),
  ];
  const entities = linkEntities(docs);
  assert.equal(find(entities, 'Kelmar Savings')[0]!.type, 'ORG');
  assert.equal(find(entities, 'Kelmar Savings')[0]!.aliases.includes('KELMAR'), false);
});

test('organisation names join without "the" or corporate suffixes, and an acronym joins the only name it spells', () => {
  assert.equal(linkKey('The Kestrel Motor Co.'), 'kestrel motor');
  assert.equal(linkKey('Kestrel Motor Company'), 'kestrel motor');
  assert.equal(linkKey('Group'), 'group');
  const docs = [
    annotated('Kestrel Motor Company said sales fell.', 'a'),
    annotated('Shares in Kestrel Motor Co. rose.', 'b'),
    annotated('Analysts said KMC would recover.', 'c'),
  ];
  const kestrel = find(linkEntities(docs), 'Kestrel Motor Company');
  assert.equal(kestrel.length, 1);
  assert.deepEqual(new Set(kestrel[0]!.aliases), new Set(['Kestrel Motor Company', 'Kestrel Motor Co.', 'KMC']));
  const kmc = kestrel[0]!.mentions.find((m) => m.article === 'c')!;
  assert.deepEqual([kmc.start, kmc.end], [14, 17]);
  assert.ok(kestrel[0]!.merges.some((m) => /only organisation in the corpus/.test(m.evidence)));
});
