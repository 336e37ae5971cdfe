/**
 * The story timeline of the five seed reports, and what Pakistan demanded and accused the Taliban of.
 *   node --import tsx bench/events/seeds.ts [--full]
 * Checks that the timeline holds the 12 October attack, the Doha ceasefire, both Istanbul rounds and the
 * Chaman firing. Reads /work/shared/seeds at run time; skips when absent.
 */
import { existsSync } from 'node:fs';
import { collectDocs } from '../../src/app/collect.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import { eventsAnnotationStage } from '../../src/annotate/events/index.js';
import { findActor, formatTimelines, timelineStage, type Timeline, type TimelineEntry } from '../../src/timeline/index.js';

const SEEDS = '/work/shared/seeds';
if (!existsSync(SEEDS)) {
  console.log(`skipped: ${SEEDS} is absent`);
  process.exit(0);
}
const { docs: first } = await collectDocs([SEEDS]);
// The peer in the same run: the analyze stages alone, on a fresh copy, then with actions and timelines.
const { docs } = await collectDocs([SEEDS]);
const base = await buildPipeline(ANALYZE_STAGES);
const pipeline = await buildPipeline([...ANALYZE_STAGES, eventsAnnotationStage, timelineStage]);
pipeline.run((await collectDocs([SEEDS])).docs); // warm-up: models and JIT
let started = performance.now();
base.run(first);
const baseMs = performance.now() - started;
started = performance.now();
const { corpus } = pipeline.run(docs);
const ms = performance.now() - started;
console.log(`analyze stages ${baseMs.toFixed(0)} ms; with actions + timeline ${ms.toFixed(0)} ms (×${(ms / baseMs).toFixed(2)}; machine shared, noisy)`);
const timelines = corpus.results.get('corpus:timelines') as Timeline[];
const actions = corpus.docs.reduce((n, d) => n + d.layer('actions').length, 0);
console.log(`${docs.length} reports, ${timelines.length} stories, ${actions} actions`);

const entries = timelines.flatMap((t) => t.entries);
const has = (label: string, test: (e: TimelineEntry) => boolean) => {
  const hit = entries.filter(test);
  console.log(`${hit.length ? '✓' : '✗'} ${label}: ${hit.length} entries${hit[0] ? ` — e.g. ${hit[0].time ?? 'undated'}: “${hit[0].text.slice(0, 110)}”` : ''}`);
};
const verb = (e: TimelineEntry, re: RegExp) => !!e.action && re.test(e.action.verb);
const place = (e: TimelineEntry, name: RegExp) => !!e.action?.place && name.test(e.action.place.name);
has('the 12 October attack', (e) => verb(e, /^attack/i) && e.time === 'XXXX-10-12');
has('the Doha ceasefire', (e) => verb(e, /ceasefire|truce/i) && (place(e, /Doha/) || /Doha/.test(e.text)));
has('Istanbul talks (first rounds)', (e) => verb(e, /talks|dialogue|round|held/i) && place(e, /Istanbul/) && /four days|Tuesday|last-ditch|another round/i.test(e.text));
has('Istanbul talks (third round, 7 November)', (e) => (verb(e, /talks/i) || e.kind === 'sentence') && e.time === 'XXXX-11-07');
has('the Chaman firing', (e) => verb(e, /firing|fired/i) && (place(e, /Chaman/) || /Chaman/.test(e.text)));

const aliases = new Map(((corpus.results.get('corpus:entities') ?? []) as { id: string; aliases: string[] }[]).map((e) => [e.id, e.aliases]));
for (const t of timelines) {
  const pakistan = findActor(t.actors, 'Pakistan', aliases);
  if (!pakistan) continue;
  console.log(`\nPakistan in “${t.title}”:`);
  for (const item of pakistan.items.filter((i) => i.role === 'demanded' || i.role === 'accused')) {
    console.log(`  ${item.role} (${item.verb}${item.target ? ` → ${item.target.name}` : ''}): “${item.text.slice(0, 150)}” [${item.sources.map((s) => s.article).join(', ')}]`);
  }
}
// Accusations voiced by Pakistan's ministers ("Tarar accused the Afghan regime of ...") count for Pakistan too.
for (const t of timelines) {
  for (const record of t.actors) {
    if (!/Tarar|Asif|Andarabi|Islamabad/.test(record.name)) continue;
    for (const item of record.items.filter((i) => i.role === 'accused')) console.log(`  accused, via ${record.name} (${item.verb}${item.target ? ` → ${item.target.name}` : ''}): “${item.text.slice(0, 150)}”`);
  }
}
if (process.argv.includes('--full')) console.log(`\n${formatTimelines(timelines, 'md')}`);
