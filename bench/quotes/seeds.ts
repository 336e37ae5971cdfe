// Prints, per seed article, each quote with its kind, cue and speaker, then the quote groups across seeds.
// The seeds go through the same ingest, extraction and analysis stages as `corroborate quotes` (entities
// included, whose links and given-name genders change how "he said" resolves), so what this prints is what
// users get. Reads /work/shared/seeds at run time (never copied into the repository):
//   node --import tsx bench/quotes/seeds.ts            (EVIDENCE=1 adds each quote's evidence; SEEDS=dir)
// Exits 1 when a quote is left with neither a speaker nor an anonymous source.
import { existsSync } from 'node:fs';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import type { QuoteAttrs } from '../../src/annotate/quotes/quotes.js';
import type { QuoteGroup } from '../../src/annotate/quotes/variants.js';

const dir = process.env.SEEDS ?? '/work/shared/seeds';
if (!existsSync(dir)) {
  console.log(`seeds: ${dir} is absent; nothing to show`);
  process.exit(0);
}
const { docs, messages } = await collectDocs([dir]);
for (const m of messages) console.error(`${m.source}: ${m.reason}`);
const { corpus } = (await buildPipeline(ANALYZE_STAGES)).run(docs);
let total = 0;
let unattributed = 0;
for (const doc of corpus.docs) {
  console.log(`\n=== ${doc.source}`);
  for (const q of doc.layer('quotes')) {
    const a = q.attrs as unknown as QuoteAttrs;
    total++;
    if (!a.anonymous && !a.speaker) unattributed++;
    const who = a.anonymous ? 'ANONYMOUS' : a.speakerText ?? 'NONE';
    const flags = [a.partial ? 'partial' : '', a.unclosed ? 'unclosed' : ''].filter(Boolean).join(',');
    console.log(`[${q.label}${flags ? ' ' + flags : ''}] ${who} | cue "${a.cueText}" | mention "${a.mentionText ?? ''}" | ${doc.slice(q).slice(0, 90).replace(/\n/g, ' ')}`);
    if (process.env.EVIDENCE) console.log(`    ${a.evidence}`);
  }
}
console.log(`\n${total} quotes, ${unattributed} with neither a speaker nor an anonymous source`);
const groups = (corpus.results.get('corpus:quoteGroups') ?? []) as QuoteGroup[];
console.log(`\n=== groups across seeds: ${groups.length} statements, ${groups.filter((g) => g.singleSource).length} carried by one article only; those with more than one quote:`);
for (const g of groups) {
  if (g.quotes.length < 2) continue;
  console.log(`${g.id} speaker=${g.speaker} similarity=${g.similarity} ${g.singleSource ? 'single-source' : `${new Set(g.quotes.map((q) => q.article)).size} articles`}`);
  for (const q of g.quotes) {
    const doc = corpus.docs.find((d) => d.id === q.article)!;
    console.log(`   ${doc.source.split('/').pop()!.slice(0, 3)} ${q.quote}: ${doc.text.slice(q.start, q.end).slice(0, 100).replace(/\n/g, ' ')}`);
  }
}
if (unattributed) process.exitCode = 1;
