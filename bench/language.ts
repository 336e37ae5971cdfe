// Times language identification per document, with plain-text extraction of the same texts as the peer
// (both run here, in the same process, so the ratio holds on a busy machine).
// Reads the seed articles and the Scrapinghub ground-truth bodies from ../shared at run time.
// Usage: node --import tsx bench/language.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLanguageIdentifier } from '../src/extract/language/index.js';
import { extractText } from '../src/extract/text/index.js';

const shared = join(process.cwd(), '..', 'shared');
const seeds = join(shared, 'seeds');
const truth = join(shared, 'bench', 'extraction', 'scrapinghub', 'ground-truth.json');
const texts: string[] = [];
if (existsSync(seeds)) for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(join(seeds, f), 'utf8'));
if (existsSync(truth)) {
  const rows = JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody: string }>;
  for (const row of Object.values(rows)) if (row.articleBody) texts.push(row.articleBody);
}
if (texts.length === 0) {
  console.log(`skipped: neither ${seeds} nor ${truth} is present (the benchmark reads the shared data at run time)`);
  process.exit(0);
}

let t = performance.now();
const identify = await loadLanguageIdentifier();
const loadMs = performance.now() - t;

const ROUNDS = 5;
const langMs: number[] = [];
const extractMs: number[] = [];
const counts = new Map<string, number>();
let unsure = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const text of texts) {
    t = performance.now();
    const guess = identify(text);
    langMs.push(performance.now() - t);
    t = performance.now();
    extractText(text, { source: 'bench' });
    extractMs.push(performance.now() - t);
    if (round === 0) {
      const key = guess && guess.confidence >= 0.5 ? guess.language : 'unsure';
      if (key === 'unsure') unsure++;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}

const chars = texts.reduce((n, s) => n + s.length, 0);
console.log(`documents: ${texts.length} (${Math.round(chars / texts.length)} characters on average), ${ROUNDS} rounds`);
console.log(`model load: ${loadMs.toFixed(0)} ms (once per process)`);
console.log(`language id per document: mean ${mean(langMs).toFixed(3)} ms, median ${pct(langMs, 0.5).toFixed(3)} ms, p95 ${pct(langMs, 0.95).toFixed(3)} ms`);
console.log(`peer, extractText per document: mean ${mean(extractMs).toFixed(3)} ms, median ${pct(extractMs, 0.5).toFixed(3)} ms`);
console.log(`ratio language id / extractText (means): ${(mean(langMs) / mean(extractMs)).toFixed(2)}`);
console.log(`languages (confidence >= 0.5): ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}; unsure ${unsure}`);

const big = 'The council met on Tuesday to discuss the harbour budget and the new ferry timetable.\n\n'.repeat(60_000);
t = performance.now();
identify(big);
const bigLang = performance.now() - t;
t = performance.now();
extractText(big, { source: 'big' });
console.log(`${(big.length / 1e6).toFixed(1)} M characters: language id ${bigLang.toFixed(1)} ms (samples the head), extractText ${(performance.now() - t).toFixed(0)} ms`);

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function pct(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}
