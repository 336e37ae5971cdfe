/**
 * Derives data/gazetteer/{countries,places,organisations}.json from the Phoenix actor dictionaries (MIT,
 * Open Event Data Alliance) in /work/shared/bench/events/petrarch-validation. Run once by hand:
 *   node --import tsx bench/entities/build-gazetteer.ts
 * The derived files are committed; the dictionaries are not (see data/gazetteer/README.md).
 *
 * Phoenix lists a country's spelling variants, demonyms, cities and regions all as "+" synonyms of the
 * country. Merging "Balochistan" into "Pakistan" would be wrong, so a synonym counts as a spelling of the
 * country only when it looks like one (shares a 4-letter stem with a name already accepted); demonyms are
 * recognised by compromise's lexicon; the rest become places inside the country.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { editDistance } from '../../src/annotate/entities/normalise.js';

const DIR = '/work/shared/bench/events/petrarch-validation';
const OUT = new URL('../../data/gazetteer/', import.meta.url);
if (!existsSync(DIR)) {
  console.log(`build-gazetteer: ${DIR} is absent; nothing to do`);
  process.exit(0);
}

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = lexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : t.split(',');
};

/** "TURKISH_REPUBLIC" → "Turkish Republic"; keeps short all-letter acronyms ("UNICEF") as they are. */
function display(raw: string, acronyms = false): string {
  const words = raw.replace(/_+$/, '').replace(/_/g, ' ').trim().split(/\s+/);
  if (acronyms && words.length === 1 && /^[A-Z.&]{2,6}$/.test(words[0]!) && !tagsOf(words[0]!).length) return words[0]!;
  return words
    .map((w) => (/^(OF|THE|AND|FOR|ON|IN|DE|AL|E)$/.test(w) ? w.toLowerCase() : w.toLowerCase().replace(/(^|[-.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())))
    .join(' ')
    .replace(/^(of|the|and)/, (m) => m[0]!.toUpperCase() + m.slice(1));
}

interface Entry {
  head: string;
  code?: string;
  synonyms: string[];
}

/** Reads a TABARI .actors file into entries: a head line, its "+" synonyms and its [CODE]. */
function readActors(file: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const rawLine of readFileSync(`${DIR}/${file}`, 'latin1').split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (line.startsWith('+')) {
      current?.synonyms.push(line.slice(1).replace(/\[.*$/, '').trim());
    } else if (/^\s/.test(line)) {
      if (current && !current.code) current.code = /\[([A-Z]+)/.exec(line)?.[1];
    } else {
      current = { head: line.replace(/\[.*$/, '').trim(), code: /\[([A-Z]+)/.exec(line)?.[1], synonyms: [] };
      entries.push(current);
    }
  }
  return entries;
}

const looksLike = (form: string, name: string) => {
  const a = form.toLowerCase();
  const b = name.toLowerCase();
  return a.includes(b) || a.slice(0, 4) === b.slice(0, 4) || editDistance(a, b) <= Math.max(1, Math.floor(b.length / 4));
};
const DEMONYM_END = /^\p{L}+(ish|ian|ese|ean|ic|i)$/u;
const isCommonWord = (s: string) => !s.includes(' ') && tagsOf(s).some((t) => /Noun|Singular|Plural|Adjective|Verb|Tense|Gerund|Infinitive|Preposition|Determiner/.test(t)) && !tagsOf(s).some((t) => /Country|City|Place|Region|Demonym|Organization/.test(t));

// Countries: head lines with a three-letter code and synonyms.
const countries: { id: string; name: string; variants: string[]; demonyms: string[] }[] = [];
const places: { name: string; country: string }[] = [];
for (const entry of readActors('Phoenix.Countries.actors.txt')) {
  if (!entry.code || !/^[A-Z]{3}$/.test(entry.code) || !entry.synonyms.length) continue;
  const name = display(entry.head);
  const variants: string[] = [];
  const demonyms: string[] = [];
  for (const raw of entry.synonyms) {
    const form = display(raw);
    if (!form || form.length < 3 || isCommonWord(form)) continue;
    if (tagsOf(form).some((t) => t.startsWith('Demonym')) || (DEMONYM_END.test(form) && looksLike(form, name) && !tagsOf(form).length)) demonyms.push(form);
    else if (looksLike(form, name)) variants.push(form);
    else places.push({ name: form, country: entry.code });
  }
  countries.push({ id: entry.code, name, variants: [...new Set(variants)], demonyms: [...new Set(demonyms)] });
}

// Organisations: armed groups (MilNonState) and international bodies whose name says they are one.
const ORG_WORD = /ORGANI[SZ]ATION|UNION|BANK|FUND|COUNCIL|COMMISSION|AGENCY|COURT|ASSOCIATION|COMMITTEE|UNITED_NATIONS|LEAGUE|ALLIANCE|TRIBUNAL|PROGRAM|FORUM|INSTITUTE|PANEL|SECRETARIAT|ASSEMBLY|PARLIAMENT|RED_CROSS|CRESCENT|PARTY|MOVEMENT|FRONT|ARMY|BRIGADE|FORCES?_|GROUP|FEDERATION|CORPS|MILITIA|JIHAD|TALIBAN|QAEDA|HAMAS|HEZBOLLAH|HIZB/;
const organisations: { name: string; variants: string[] }[] = [];
for (const file of ['Phoenix.MilNonState.actors.txt', 'Phoenix.International.actors.txt']) {
  for (const entry of readActors(file)) {
    const acronym = /^[A-Z]{2,6}_?$/.test(entry.head);
    if (file.includes('International') && !ORG_WORD.test(entry.head) && !acronym) continue;
    const name = display(entry.head, true);
    if (name.length < 2 || isCommonWord(name)) continue;
    const variants = entry.synonyms.map((v) => display(v, true)).filter((v) => v.length > 2 && !isCommonWord(v));
    organisations.push({ name, variants: [...new Set(variants)] });
  }
}

const write = (name: string, value: unknown) => writeFileSync(new URL(name, OUT), `${JSON.stringify(value, null, 0).replace(/\},\{/g, '},\n{')}\n`);
write('countries.json', countries);
write('places.json', places);
write('organisations.json', organisations);
console.log(`countries ${countries.length}, places ${places.length}, organisations ${organisations.length}`);
