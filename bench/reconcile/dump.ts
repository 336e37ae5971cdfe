// Prints what reconcile finds in a folder of articles, for reading by eye: node --import tsx bench/reconcile/dump.ts PATH...
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import type { Reconciliation } from '../../src/reconcile/index.js';

const { docs } = await collectDocs(process.argv.slice(2));
// The whole analysis, reconcile included (src/pipeline/order.ts).
const { corpus, messages } = (await buildPipeline(ANALYZE_STAGES)).run(docs);
for (const m of messages) console.error(m.reason);
const byId = new Map(docs.map((d) => [d.id, d]));
const name = (id: string) => byId.get(id)!.source.split('/').slice(-2).join('/');
const r = corpus.results.get('corpus:reconciliation') as Reconciliation;
for (const s of r.stories) {
  console.log(`\n=== ${s.title} (${s.voices} voices) ${s.note ?? ''}`);
  for (const c of s.claims.filter((c) => c.status !== 'single')) console.log(`  [${c.status} ${c.voices}] ${c.text.slice(0, 150)} ← ${c.support.map((x) => name(x.article)).join(', ')}`);
  console.log(`  single: ${s.claims.filter((c) => c.status === 'single').length}`);
  for (const c of s.contradictions) console.log(`  CONTRA${c.minor ? ' (minor)' : ''} ${c.about} :: ${c.sides.map((x) => `${x.value} [${x.support.map((y) => name(y.article)).join(', ')}]`).join(' vs ')}`);
  for (const u of s.updates) console.log(`  UPDATE ${u.about} :: ${u.values.map((x) => `${x.value}@${x.asOf}`).join(' → ')}`);
  for (const f of s.framing) console.log(`  FRAME ${f.outlet}: ${f.term}`);
}
