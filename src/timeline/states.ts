import { readFileSync } from 'node:fs';
import { countries as worldCountries } from 'countries-list';

/** Words that tie an official to the state it speaks for: country names and demonyms, role and institution words. */
export interface StateLexicon {
  /** Country name, variant or demonym as written → the country's name ("Varonian" → "Varonia"); case kept so "US" is not "us". */
  states: Map<string, string>;
  /** Lowercase role heads ("minister", "spokesperson"), from data/entities/roles.json. */
  roles: Set<string>;
  /** Lowercase names of a state's own bodies ("foreign office", "fo"). */
  institutions: Set<string>;
  /** Plural nouns naming a state's people after its demonym ("officials"). */
  groups: Set<string>;
  /** Lowercase role heads that are offices of a government ("minister"): with only subject words they are the dominant state's. */
  stateTitles: Set<string>;
  /** Lowercase subject words of a title ("information", "federal"), from data/entities/roles.json. */
  topics: Set<string>;
  /** Capital as written → its country's name ("Islamabad" → "Pakistan"): a capital that acts speaks for its state. */
  capitals: Map<string, string>;
}

/** Builds a lexicon from plain lists; tests use it with invented countries. */
export function stateLexicon(countries: readonly { name: string; variants?: readonly string[]; demonyms?: readonly string[]; capital?: string }[], words: { roles: readonly string[]; institutions: readonly string[]; groups: readonly string[]; stateTitles?: readonly string[]; topics?: readonly string[] }): StateLexicon {
  const states = new Map<string, string>();
  for (const c of countries) for (const w of [c.name, ...(c.variants ?? []), ...(c.demonyms ?? [])]) if (!states.has(w)) states.set(w, c.name);
  // A capital that is also a country's name or variant ("Kuwait") is the country already.
  const capitals = new Map(countries.filter((c) => c.capital && !states.has(c.capital)).map((c) => [c.capital!, c.name]));
  const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  return { states, capitals, roles: lower(words.roles), institutions: lower(words.institutions), groups: lower(words.groups), stateTitles: lower(words.stateTitles ?? []), topics: lower(words.topics ?? []) };
}

const DATA = new URL('../../data/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;
let cached: StateLexicon | undefined;

/** The gazetteer's countries (data/gazetteer) and the role and institution words, read once per process. */
export function loadStates(): StateLexicon {
  if (cached) return cached;
  type Country = { id: string; name: string; variants: string[]; demonyms: string[] };
  const extra = readJson<{ countries?: Country[]; countryVariants?: Record<string, string[]>; countryDemonyms?: Record<string, string[]> }>('gazetteer/extra.json');
  const countries = [...readJson<Country[]>('gazetteer/countries.json'), ...(extra.countries ?? [])];
  const withExtra = countries.map((c) => ({
    name: c.name,
    variants: [...c.variants, ...(extra.countryVariants?.[c.id] ?? [])],
    demonyms: [...c.demonyms, ...(extra.countryDemonyms?.[c.id] ?? [])],
  }));
  // Capitals from countries-list (maintained world data), joined to the gazetteer by the country's name.
  const byName = new Map(withExtra.flatMap((c) => [c.name, ...c.variants].map((n) => [n.toLowerCase(), c] as const)));
  for (const c of Object.values(worldCountries)) {
    const ours = byName.get(c.name.toLowerCase());
    if (ours && c.capital) Object.assign(ours, { capital: c.capital });
  }
  const roles = readJson<{ heads: string[]; topics: string[] }>('entities/roles.json');
  const { capitalVariants, ...words } = readJson<{ institutions: string[]; groups: string[]; stateTitles: string[]; capitalVariants?: Record<string, string> }>('timeline/affiliation.json');
  cached = stateLexicon(withExtra, { roles: roles.heads, topics: roles.topics, ...words });
  for (const [capital, country] of Object.entries(capitalVariants ?? {})) if (!cached.states.has(capital)) cached.capitals.set(capital, country);
  return cached;
}
