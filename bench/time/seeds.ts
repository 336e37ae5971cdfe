/**
 * Time expressions and inferred publication dates on the seed reports, for reading by eye.
 *
 *   node --import tsx bench/time/seeds.ts [assumed-publication-ISO] [--now ISO]
 *
 * For each seed: every time expression with its value under the assumed publication time (default
 * 2025-10-29, the day after the Istanbul talks ended) and with none, then the publication date inferred from
 * the text alone and from the text plus the other seeds as one story. `--now` (default: today) is the upper
 * bound an ingest time would give. `--known 001=2025-11-07` (repeatable) gives a seed a publication date as
 * if its page had stated one, to show how one dated sibling dates the rest of the story. Reads
 * /work/shared/seeds at run time; skips when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../../src/core/doc.js';
import { inferPublished } from '../../src/annotate/times/infer.js';
import { findTimes } from '../../src/annotate/times/resolve.js';
import { inferStoryPublished } from '../../src/annotate/times/story.js';

const SEEDS = '/work/shared/seeds';
const args = process.argv.slice(2);
const nowAt = args.indexOf('--now');
const now = nowAt >= 0 ? args[nowAt + 1]! : new Date().toISOString().slice(0, 10);
const known = new Map(args.flatMap((a, i) => (args[i - 1] === '--known' ? [a.split('=') as [string, string]] : [])));
const assumed = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '2025-10-29';

function show(value: unknown): string {
  return value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
}

function main(): void {
  if (!existsSync(SEEDS)) {
    console.log(`skipped: ${SEEDS} is not present`);
    return;
  }
  const docs = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => new Doc({ id: f.slice(0, 3), source: join(SEEDS, f), text: readFileSync(join(SEEDS, f), 'utf8') }));
  const story = inferStoryPublished(docs, { now });
  const given = docs.map((d) => (known.has(d.id) ? new Doc({ id: d.id, source: d.source, text: d.text, meta: { published: known.get(d.id) } }) : d));
  const withKnown = known.size ? inferStoryPublished(given, { now }) : undefined;
  console.log(`assumed publication ${assumed}; upper bound (now) ${now}; known: ${[...known].map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}\n`);
  for (const doc of docs) {
    console.log(`== ${doc.id} (${doc.text.length} characters)`);
    const bare = new Map(findTimes(doc.text).map((s) => [s.start, s]));
    for (const span of findTimes(doc.text, assumed)) {
      const a = span.attrs;
      const extra = [a.modifier && `mod=${a.modifier}`, a.partOfDay && `pod=${a.partOfDay}`, a.anchor && `anchor=${show(a.anchor)}`].filter(Boolean).join(' ');
      console.log(`  [${span.start}-${span.end}] ${JSON.stringify(doc.slice(span))} ${span.label} ${show(a.value)}  (no date: ${show(bare.get(span.start)?.attrs.value)}) ${extra}`);
    }
    const alone = inferPublished(doc, [], { now });
    const together = story.get(doc.id)!;
    console.log(`  inferred alone:      ${show(alone.value)} (confidence ${alone.confidence})`);
    console.log(`  inferred with story: ${show(together.value)} (confidence ${together.confidence})`);
    const scenario = withKnown?.get(doc.id);
    if (known.has(doc.id)) console.log(`  given as known:      ${known.get(doc.id)}`);
    else if (scenario) console.log(`  with known siblings: ${show(scenario.value)} (confidence ${scenario.confidence})`);
    for (const e of (scenario ?? together).evidence) console.log(`    - ${e.doc ? `[${e.doc}]` : JSON.stringify(e.text)}: ${e.reason}`);
    console.log('');
  }
}

main();
