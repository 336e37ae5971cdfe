/**
 * Entity quality on the bundled fictional corpus, against the alias sets of examples/truth.json:
 *   node --import tsx bench/entities/examples.ts
 * For each true entity: the forms found in the text, how many corpus entities they ended up in (1 is
 * right), and whether the type is right. Then every entity typed differently from the truth, and the
 * entities that are no alias set's (to eyeball false positives). Reads only files of this repository.
 */
import { readFileSync } from 'node:fs';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { sentencesStage } from '../../src/annotate/sentences/index.js';
import { entitiesStage, entityLinkStage, type Entity } from '../../src/annotate/entities/index.js';
import { fold } from '../../src/annotate/entities/normalise.js';

const root = new URL('../../examples/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('truth.json', root), 'utf8')) as { aliases: { type: string; forms: string[]; adjectives?: string[] }[] };
const { docs } = await collectDocs([new URL('corpus', root).pathname], {});
const pipeline = await buildPipeline([sentencesStage, entitiesStage, entityLinkStage]);
const started = performance.now();
const { corpus } = pipeline.run(docs);
const ms = performance.now() - started;
const entities = corpus.results.get('corpus:entities') as Entity[];
const TYPE: Record<string, string> = { person: 'PERSON', organisation: 'ORG', place: 'PLACE' };

let whole = 0;
let typed = 0;
const claimed = new Set<string>();
console.log(`examples/corpus: ${docs.length} articles, ${entities.length} entities (${ms.toFixed(0)} ms for sentences, entities and linking)\n`);
console.log('true entity                      forms found   entities  type');
for (const set of truth.aliases) {
  // "the Front", "the agency": descriptions, not names; the name-finder is scored on capitalised forms.
  const names = set.forms.filter((f) => /^\p{Lu}/u.test(f));
  const holders = entities.filter((e) => e.aliases.some((a) => names.some((f) => fold(f) === fold(a))));
  holders.forEach((e) => claimed.add(e.id));
  const found = names.filter((f) => holders.some((e) => e.aliases.some((a) => fold(a) === fold(f))));
  const types = [...new Set(holders.map((e) => e.type))];
  const ok = types.length === 1 && types[0] === TYPE[set.type];
  whole += holders.length === 1 ? 1 : 0;
  typed += ok ? 1 : 0;
  for (const adjective of set.adjectives ?? []) for (const e of entities) if (e.aliases.some((a) => fold(a) === fold(adjective))) claimed.add(e.id);
  console.log(`  ${names[0]!.padEnd(30)} ${`${found.length}/${names.length}`.padStart(5)}   ${String(holders.length).padStart(10)}  ${types.join('+') || '-'}${ok ? '' : `  (truth ${TYPE[set.type]})`}`);
}
console.log(`\nalias sets in one entity: ${whole}/${truth.aliases.length}; typed right: ${typed}/${truth.aliases.length}`);
const rest = entities.filter((e) => !claimed.has(e.id)).sort((a, b) => b.mentions.length - a.mentions.length);
console.log(`other entities (${rest.length}): ${rest.map((e) => `${e.name}/${e.type}`).join(', ')}`);
