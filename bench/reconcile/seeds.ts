// Faithfulness of the briefings of the five seed articles (read at run time, never copied).
// Run: node --import tsx bench/reconcile/seeds.ts [PATH]
import { existsSync } from 'node:fs';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import { briefings } from '../../src/brief/render.js';

const path = process.argv[2] ?? '/work/shared/seeds';
if (!existsSync(path)) {
  console.log(`skipped: ${path} is not present`);
  process.exit(0);
}
const { docs } = await collectDocs([path]);
const { corpus } = (await buildPipeline(ANALYZE_STAGES)).run(docs);
for (const { briefing, faithfulness: f } of briefings(corpus).briefings) {
  console.log(`${briefing.story}: ${f.faithful}/${f.sentences} sentences faithful (${(100 * f.score).toFixed(1)}%), ${briefing.sources.length} sources, ${briefing.happened.length} consensus, ${briefing.disputed.length} disputed, ${briefing.single.length} single-source`);
  for (const x of f.failures) console.log(`  unfaithful: ${x.text.slice(0, 80)} — missing ${x.missing.join(', ')}`);
}
