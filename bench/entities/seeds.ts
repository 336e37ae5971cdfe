/**
 * Prints the entities found in the five seed reports, for checking by eye:
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
