/**
 * Prints the entities found in the five seed reports, then checks what issue 4 asks of them (each alias set
 * in one entity; the people typed PERSON with a role; the places typed PLACE), exit code 1 on a failure:
 *   node --import tsx bench/entities/seeds.ts [--mentions]
 * Reads /work/shared/seeds at run time; nothing from it is stored in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Doc } from '../../src/core/doc.js';
import { sentencesStage } from '../../src/annotate/sentences/stage.js';
import { entitiesStage } from '../../src/annotate/entities/stage.js';
import { linkEntities } from '../../src/annotate/entities/link.js';

const DIR = '/work/shared/seeds';
if (!existsSync(DIR)) {
  console.log(`seeds: ${DIR} is absent; skipped`);
  process.exit(0);
}
const docs = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => new Doc({ id: f.replace(/\.txt$/, ''), source: `${DIR}/${f}`, text: readFileSync(`${DIR}/${f}`, 'utf8') }));
const split = await sentencesStage.create({} as never);
const annotate = await entitiesStage.create({} as never);
const started = performance.now();
for (const doc of docs) {
  split(doc, { report: () => {} });
  annotate(doc, { report: () => {} });
}
const entities = linkEntities(docs);
const ms = performance.now() - started;

if (process.argv.includes('--mentions')) {
  for (const doc of docs) {
    console.log(`\n## ${doc.id}`);
    for (const m of doc.layer('entities')) console.log(`  ${m.start}-${m.end} ${m.label} ${JSON.stringify(doc.slice(m))} ${JSON.stringify(m.attrs)}`);
  }
}
for (const e of entities.sort((a, b) => b.mentions.length - a.mentions.length)) {
  const docsSeen = new Set(e.mentions.map((m) => m.article)).size;
  console.log(`${e.type.padEnd(6)} ${e.name}  [${e.mentions.length} mentions in ${docsSeen} docs]`);
  if (e.aliases.length > 1) console.log(`       aliases: ${e.aliases.join(' | ')}`);
  if (e.roles.length) console.log(`       roles: ${e.roles.join(' | ')}`);
  for (const m of e.merges) console.log(`       merged ${m.forms.join(' + ')}: ${m.evidence}`);
}
console.log(`\n${docs.length} documents, ${entities.length} entities, ${ms.toFixed(0)} ms (sentences + entities + linking)`);

// What issue 4 says of the seeds (the issue's words, not the seed texts).
const ALIAS_SETS = [
  ['Attaullah', 'Ataullah', 'Atta Tarar'],
  ['TTP', 'Tehreek-e-Taliban Pakistan', 'Fitnatul Khawarij', 'Fitna al Khwarij'],
  ['BLA', 'Balochistan Liberation Army', 'Fitnatul Hindustan', 'Fitna al Hindustan'],
  ['Turkiye', 'Türkiye', 'Turkey'],
];
const PEOPLE = ['Tarar', 'Khawaja Asif', 'Tahir Hussain Andarabi', 'Abdul Haq Wasiq'];
const PLACES = ['Qatar', 'Istanbul', 'Doha', 'Kabul', 'Kandahar', 'Chaman', 'Islamabad'];
// The entities with a surface form that is the name, or holds it as whole words ("Attaullah" in "Attaullah Tarar").
const holding = (name: string) => {
  const word = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'i');
  return entities.filter((e) => e.aliases.some((a) => a.toLowerCase() === name.toLowerCase() || word.test(a)));
};
let failed = 0;
const check = (ok: boolean, what: string) => {
  if (!ok) failed++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
};
console.log('\nchecks (issue 4, "On the seeds"):');
for (const set of ALIAS_SETS) {
  const ids = new Set(set.flatMap((name) => holding(name).map((e) => e.id)));
  check(ids.size === 1 && set.every((name) => holding(name).length > 0), `one entity for ${set.join(' / ')} (${ids.size} found)`);
}
for (const name of PEOPLE) {
  const e = holding(name).sort((a, b) => b.mentions.length - a.mentions.length)[0];
  check(e?.type === 'PERSON' && e.roles.length > 0, `${name}: PERSON with roles (${e ? `${e.type}, ${e.roles.join(' | ') || 'no role'}` : 'not found'})`);
}
for (const name of PLACES) {
  const e = holding(name).sort((a, b) => b.mentions.length - a.mentions.length)[0];
  check(e?.type === 'PLACE', `${name}: PLACE (${e?.type ?? 'not found'})`);
}
console.log(`${failed ? `${failed} FAILED` : 'all passed'}`);
if (failed) process.exitCode = 1;
