/**
 * Builds data/events/verbs.json from PETRARCH's CAMEO verb dictionary (MIT licence, Open Event Data Alliance;
 * see data/events/README.md). Run: node --import tsx bench/events/build-verbs.ts [path/to/CAMEO.2.0.txt]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseVerbDictionary } from './verb-dict.js';

const source = process.argv[2] ?? '/work/shared/bench/events/petrarch-validation/CAMEO.2.0.txt';
if (!existsSync(source)) {
  console.log(`skipped: ${source} is absent (the CAMEO verb dictionary from PETRARCH's validation folder)`);
  process.exit(0);
}
const blocks = parseVerbDictionary(readFileSync(source, 'utf8'));
const out = fileURLToPath(new URL('../../data/events/verbs.json', import.meta.url));
const data = { source: 'PETRARCH CAMEO.2.0.txt verb dictionary (MIT, Open Event Data Alliance); built by bench/events/build-verbs.ts', blocks };
// One block per line keeps the file diffable without tripling its size.
writeFileSync(out, `{"source":${JSON.stringify(data.source)},"blocks":[\n${blocks.map((b) => JSON.stringify(b)).join(',\n')}\n]}\n`);
const verbs = blocks.reduce((n, b) => n + Object.keys(b.verbs).length, 0);
const patterns = blocks.reduce((n, b) => n + b.patterns.length, 0);
console.log(`wrote ${out}: ${blocks.length} blocks, ${verbs} verbs, ${patterns} patterns`);
