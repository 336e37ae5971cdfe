/**
 * Derives data/entities/name-genders.json: given names that sources list as only female or only male, so that
 * "she said" does not resolve to "Matt Lauer". Run once by hand after upgrading either source:
 *   node --import tsx bench/entities/build-name-genders.ts
 * Sources (both MIT): the `person.first_name.female` / `.male` lists of every locale of @faker-js/faker (a
 * devDependency, used only here), and the words compromise's lexicon tags FemaleName or MaleName.
 * A name listed under both genders anywhere (Andrea, Jean, Kim) is left out: it decides nothing.
 */
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';

const seen = { female: new Set<string>(), male: new Set<string>() };
const NAME = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{Lu}?[\p{L}\p{M}]+)?$/u;
const keep = (gender: 'female' | 'male', name: string) => {
  const clean = name.trim();
  if (clean.length >= 2 && NAME.test(clean)) seen[gender].add(clean);
};

for (const definition of Object.values(allLocales)) {
  const first = (definition as { person?: { first_name?: unknown } }).person?.first_name;
  if (!first || Array.isArray(first)) continue;
  for (const gender of ['female', 'male'] as const) {
    const list = (first as Record<string, unknown>)[gender];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      // Some locales give weighted entries ({ value, weight }).
      const value = typeof entry === 'string' ? entry : (entry as { value?: unknown }).value;
      if (typeof value === 'string') keep(gender, value);
    }
  }
}

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : tags.split(',');
  if (word.includes(' ')) continue;
  const cased = word.replace(/(^|[-'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  if (list.includes('FemaleName')) keep('female', cased);
  if (list.includes('MaleName')) keep('male', cased);
}

const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).sort((x, y) => x.localeCompare(y, 'en'));
const female = only(seen.female, seen.male);
const male = only(seen.male, seen.female);
const out = new URL('../../data/entities/name-genders.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ about: 'Given names listed under one gender only; derived by bench/entities/build-name-genders.ts from @faker-js/faker locales and compromise (both MIT). See README.md.', female, male })}\n`);
console.log(`female ${female.length}, male ${male.length}, left out as both ${seen.female.size - female.length} → data/entities/name-genders.json`);
