import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import type { EntityType } from './mentions.js';
import { fold } from './normalise.js';

/** What a gazetteer entry says a phrase is. `id` joins variants: a country code, or `org:`/`place:` + canonical name. */
export interface GazetteerEntry {
  id: string;
  type: 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';
  name: string;
  /** product: a brand-name product line ("iPhone", "Dreamliner"); index: a stock-market index ("FTSE 100"). Both OTHER. */
  kind: 'country' | 'demonym' | 'place' | 'organisation' | 'product' | 'index';
}

export interface Lexicon {
  /** Folded phrase → entry. */
  gazetteer: Map<string, GazetteerEntry>;
  /**
   * The last word of a product's name of several words → the words before it, as written ("Shuffle" →
   * ["iPod"], "Pro" → ["MacBook", "Macbook", "iPad", ...]): "the Shuffle" after "iPod" is the iPod Shuffle.
   */
  productTails: Map<string, { prefix: string; id: string }[]>;
  /** Longest gazetteer phrase, in words. */
  longest: number;
  /** First word of gazetteer phrases → the most words a phrase starting with it has (skips hopeless lookups). */
  starts: Map<string, number>;
  /**
   * Every beginning of a gazetteer phrase cut before a space or an ampersand ("united", "united arab" of
   * "united arab emirates"; "at" of "at & t"): a phrase that is none of these grows into no longer one.
   */
  prefixes: Set<string>;
  honorifics: Set<string>;
  titles: Set<string>;
  roleHeads: Set<string>;
  /** Lower-case nouns that describe a named organisation, place or product ("airline", "capital", "version") → that type. */
  descriptors: Map<string, EntityType>;
  roleTopics: Set<string>;
  orgWords: Set<string>;
  placeWords: Set<string>;
  eventWords: Set<string>;
  placeAfter: Set<string>;
  placeBefore: Set<string>;
  connectors: Set<string>;
  neverNames: Set<string>;
  /** Words a number follows without making a product: "Flight 447", "Route 66". */
  numbered: Set<string>;
  /** Two-word heads that make a venue of an organisation word: "Convention Center". */
  venues: Set<string>;
  /** Organisation words that name a venue after "at": "at Moscone Center". */
  venuesAfterAt: Set<string>;
  /** Named days and seasons ("New Year", "Ramadan"): dates, not entities. */
  holidays: Set<string>;
  /** Words that make an organisation only as a name's last word: "Adam Air", not "Paris Air Show". */
  orgLastWords: Set<string>;
  /** The event words that end the name of a happening ("Conference", "Summit", "Games"), not of a document or index. */
  occasionWords: Set<string>;
  /** Given names of many languages (data/entities/given-names.json), as written ("Sofia", "Anneli"). */
  givenNames: Set<string>;
  /** Lower-case English dictionary words (an-array-of-english-words): a capital at a sentence's head on one of these says nothing. */
  englishWords: Set<string>;
  placeCues: PlaceCues;
  /** compromise's lexicon: lower-case word → its tags (FemaleName, City, Organization, Noun, ...). */
  tags(word: string): readonly string[];
}

/** Words around a name that make it a place (data/entities/place-cues.json). */
export interface PlaceCues {
  before: Set<string>;
  notBeforeIn: Set<string>;
  between: RegExp[];
  /** "the city of", ...: each with the endings looked for before a name, " the city of " and "the city of ". */
  ofPhrases: { phrase: string; inText: string; atStart: string }[];
  /** The last words of `ofPhrases` ("of"): a text whose last word is none of these ends in no such phrase. */
  ofLastWords: Set<string>;
  possessed: string[];
  suffixes: Set<string>;
}

const require = createRequire(import.meta.url);
const DATA = new URL('../../../data/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;

let cached: Lexicon | undefined;
const NO_TAGS: readonly string[] = [];

// A month and a day or year alone: a date, whatever list holds it as a name.
const DATE_FORM = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,4}(?:st|nd|rd|th)?$/;

/**
 * Loads the gazetteers (data/gazetteer) and word lists (data/entities) once per process. This is the only
 * file of the entity stages that reads disk; stages call it from create(), and linkEntities on first use.
 */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  type Country = { id: string; name: string; variants: string[]; demonyms: string[] };
  type Named = { name: string; variants?: string[]; country?: string };
  const places = readJson<Named[]>('gazetteer/places.json');
  const organisations = readJson<Named[]>('gazetteer/organisations.json');
  const extra = readJson<{ countries?: Country[]; countryVariants: Record<string, string[]>; countryDemonyms: Record<string, string[]>; organisations: Named[]; places: Named[] }>('gazetteer/extra.json');
  const countries = [...readJson<Country[]>('gazetteer/countries.json'), ...(extra.countries ?? [])];
  const regions = readJson<{ regions: Omit<Country, 'id'>[] }>('entities/regions.json').regions;
  const products = readJson<{ products: Named[] }>('gazetteer/products.json').products;
  const indices = readJson<{ indices: Named[] }>('gazetteer/stock-indices.json').indices;
  const roles = readJson<{ heads: string[]; titles: string[]; topics: string[]; descriptors: Record<'ORG' | 'PLACE' | 'OTHER', string[]> }>('entities/roles.json');
  const words = readJson<Record<string, string[]>>('entities/name-words.json');
  const honorifics = readJson<string[]>('entities/honorifics.json');
  const givenNames = readJson<{ names: string[] }>('entities/given-names.json').names;
  const cues = readJson<{ before: string[]; notBeforeIn: string[]; betweenNouns: string[]; ofPhrases: string[]; possessed: string[]; suffixes: string[] }>('entities/place-cues.json');
  // The dictionary is a package of its own (MIT, ~275,000 words); read through require so that no path is guessed.
  const english = require('an-array-of-english-words') as string[];

  const gazetteer = new Map<string, GazetteerEntry>();
  // Earlier entries win: countries, then hand-written additions, then the long Phoenix lists.
  const add = (form: string, entry: GazetteerEntry) => {
    const key = fold(form);
    // "May 15", "June 16": the Phoenix lists name movements after dates, but such a form in news is the date.
    if (key.length > 1 && !gazetteer.has(key) && !DATE_FORM.test(form)) gazetteer.set(key, entry);
  };
  for (const c of countries) {
    const entry = { id: c.id, type: 'PLACE', name: c.name, kind: 'country' } as const;
    for (const form of [c.name, ...c.variants, ...(extra.countryVariants[c.id] ?? [])]) add(form, entry);
    const demonym = { id: `${c.id}:people`, type: 'OTHER', name: c.demonyms[0] ?? `${c.name} (people)`, kind: 'demonym' } as const;
    for (const form of [...c.demonyms, ...(extra.countryDemonyms[c.id] ?? [])]) add(form, demonym);
  }
  // Continents and world regions ("Europe", "North America") are places, their adjectives demonyms: the
  // country lists lack them, and shape alone made "European" an organisation.
  for (const r of regions) {
    const id = `place:${fold(r.name)}`;
    const entry = { id, type: 'PLACE', name: r.name, kind: 'place' } as const;
    for (const form of [r.name, ...r.variants]) add(form, entry);
    const demonym = { id: `${id}:people`, type: 'OTHER', name: r.demonyms[0] ?? `${r.name} (people)`, kind: 'demonym' } as const;
    for (const form of r.demonyms) add(form, demonym);
  }
  // Products and indices before the long Phoenix lists: "Nikkei" the index, not the newspaper group.
  const productTails = new Map<string, { prefix: string; id: string }[]>();
  for (const [list, kind] of [[products, 'product'], [indices, 'index']] as const) {
    for (const o of list) {
      const entry: GazetteerEntry = { id: `${kind}:${fold(o.name)}`, type: 'OTHER', name: o.name, kind };
      for (const form of [o.name, ...(o.variants ?? [])]) {
        add(form, entry);
        const cut = form.lastIndexOf(' ');
        // Only a tail of letters: "Windows 7"'s "7" or "PlayStation 2"'s "2" stands for nothing alone.
        if (kind === 'product' && cut > 0 && /^\p{Lu}\p{Ll}+$/u.test(form.slice(cut + 1))) {
          const tail = form.slice(cut + 1);
          productTails.set(tail, [...(productTails.get(tail) ?? []), { prefix: form.slice(0, cut), id: entry.id }]);
        }
      }
    }
  }
  for (const list of [extra.organisations, extra.places, organisations, places]) {
    for (const o of list) {
      const kind = o.country !== undefined ? 'place' : 'organisation';
      const entry: GazetteerEntry = { id: `${kind === 'place' ? 'place' : 'org'}:${fold(o.name)}`, type: kind === 'place' ? 'PLACE' : 'ORG', name: o.name, kind };
      for (const form of [o.name, ...(o.variants ?? [])]) add(form, entry);
    }
  }
  let longest = 1;
  const starts = new Map<string, number>();
  const prefixes = new Set<string>();
  for (const key of gazetteer.keys()) {
    const words = key.split(' ');
    longest = Math.max(longest, words.length);
    starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length));
    for (let k = 1; k < key.length; k++) if (key[k] === ' ' || key[k] === '&') prefixes.add(key.slice(0, k));
  }

  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const set = (list: string[] | undefined) => new Set(list ?? []);
  const tagsOf = new Map<string, readonly string[]>();
  cached = {
    gazetteer,
    productTails,
    longest,
    starts,
    prefixes,
    honorifics: set(honorifics),
    titles: set(roles.titles),
    roleHeads: set(roles.heads),
    descriptors: new Map(Object.entries(roles.descriptors).flatMap(([type, list]) => list.map((w) => [w, type as EntityType] as const))),
    roleTopics: set(roles.topics),
    orgWords: set(words.organisation),
    placeWords: set(words.place),
    eventWords: set(words.event),
    placeAfter: set(words.placeAfter),
    placeBefore: set(words.placeBefore),
    connectors: set(words.connectors),
    neverNames: set(words.neverNames),
    numbered: set(words.numbered),
    venues: set(words.venues),
    venuesAfterAt: set(words.venuesAfterAt),
    holidays: set(words.holidays),
    orgLastWords: set(words.organisationLast),
    occasionWords: set(words.occasions),
    givenNames: set(givenNames),
    englishWords: set(english),
    placeCues: {
      before: set(cues.before),
      notBeforeIn: set(cues.notBeforeIn),
      between: betweenCues(cues.betweenNouns),
      ofPhrases: cues.ofPhrases.map((phrase) => ({ phrase, inText: ` ${phrase} `, atStart: `${phrase} ` })),
      ofLastWords: set(cues.ofPhrases.map((p) => p.slice(p.lastIndexOf(' ') + 1))),
      possessed: cues.possessed,
      suffixes: set(cues.suffixes),
    },
    // Memoised by the word as written: asked several times for each capitalised word, and the answer is
    // only read. Bounded like fold's memo.
    tags(word) {
      let found = tagsOf.get(word);
      if (found === undefined) {
        const t = lexicon[word.toLowerCase()];
        found = t === undefined ? NO_TAGS : Array.isArray(t) ? t : t.split(',');
        if (tagsOf.size >= 50_000) tagsOf.clear();
        tagsOf.set(word, found);
      }
      return found;
    },
  };
  return cached;
}

/** "talks between X and Y": [text ending before X, text ending before Y] for the nouns given. */
function betweenCues(nouns: string[]): RegExp[] {
  const head = `\\b(?:${nouns.join('|')})\\s+between\\s+`;
  return [new RegExp(`${head}$`, 'i'), new RegExp(`${head}\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}\\s+and\\s+$`, 'iu')];
}
