/**
 * Derives data/entities/given-names.json: common given names of many languages, so that "Sofia Brandt" or
 * "Anneli Varg" reads as a person without a title. Run once by hand after upgrading either source:
 *   node --import tsx bench/entities/build-given-names.ts
 * Sources (both MIT): the `person.first_name` lists of every locale of @faker-js/faker (a devDependency,
 * used only here), and the words compromise's lexicon tags FirstName, MaleName or FemaleName.
 * Kept: one word of letters (an inner apostrophe or hyphen allowed), two characters or more, written as
 * the source writes it; sorted, without duplicates. Licence and counts in data/entities/README.md.
 */
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';

const names = new Set<string>();
const keep = (name: string) => {
  const clean = name.trim();
  if (clean.length >= 2 && /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{Lu}?[\p{L}\p{M}]+)?$/u.test(clean)) names.add(clean);
};

let fromFaker = 0;
for (const definition of Object.values(allLocales)) {
  const first = (definition as { person?: { first_name?: unknown } }).person?.first_name;
  if (!first) continue;
  const lists = Array.isArray(first) ? [first] : Object.values(first as Record<string, unknown>);
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      // Some locales give weighted entries ({ value, weight }).
      const value = typeof entry === 'string' ? entry : (entry as { value?: unknown }).value;
      if (typeof value === 'string') keep(value), fromFaker++;
    }
  }
}

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
let fromCompromise = 0;
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : tags.split(',');
  if (word.includes(' ') || !list.some((t) => /^(FirstName|MaleName|FemaleName)$/.test(t))) continue;
  keep(word.replace(/(^|[-'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()));
  fromCompromise++;
}

const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
const out = new URL('../../data/entities/given-names.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ about: 'Given names of many languages; derived by bench/entities/build-given-names.ts from @faker-js/faker locales and compromise (both MIT). See README.md.', names: sorted })}\n`);
console.log(`given names: ${sorted.length} (${fromFaker} faker entries, ${fromCompromise} compromise words) → data/entities/given-names.json`);
