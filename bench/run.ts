/**
 * Runs the benchmarks one after another, each in its own process (so that one's memory and JIT state do not
 * colour the next one's speed figures), and prints their figures as they come.
 *
 *   npm run bench              every benchmark
 *   npm run bench -- time      the ones whose path contains "time"
 *   npm run bench:gate         only the quality gates; exits 1 when any pinned floor is missed
 *
 * The data sets live in ../shared/bench (see bench/README.md); without them every benchmark says so and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Bench {
  script: string;
  args?: string[];
  /** A quality gate: exits non-zero when a pinned floor is missed. */
  gate?: boolean;
}

const BENCHES: Bench[] = [
  { script: 'bench/extraction/gate.ts', gate: true },
  { script: 'bench/extraction/scrapinghub.ts' },
  { script: 'bench/extraction/trafilatura-eval.ts' },
  { script: 'bench/ingest.ts' },
  { script: 'bench/language.ts' },
  { script: 'bench/clustering/ecbplus.ts' },
  { script: 'bench/clustering/googlenews.ts' },
  { script: 'bench/clustering/near-duplicates.ts' },
  { script: 'bench/clustering/scale.ts' },
  { script: 'bench/entities/meantime.ts' },
  { script: 'bench/time/tempeval.ts' },
  { script: 'bench/quotes/polnear.ts' },
  { script: 'bench/quotes/seeds.ts', gate: true },
  { script: 'bench/paraphrase/pairs.ts' },
  { script: 'bench/events/petrarch.ts' },
  { script: 'bench/summaries/neus.ts' },
  { script: 'bench/reconcile/speed.ts' },
  { script: 'bench/store/ingest.ts' },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const gateOnly = process.argv.includes('--gate');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = BENCHES.filter((b) => (gateOnly ? b.gate : true) && (filters.length === 0 || filters.some((f) => b.script.includes(f))));

const failures: string[] = [];
for (const bench of chosen) {
  if (!existsSync(new URL(`../${bench.script}`, import.meta.url))) continue;
  console.log(`\n=== ${bench.script} ${(bench.args ?? []).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...(bench.args ?? [])], { cwd: root, stdio: 'inherit' });
  console.log(`=== ${bench.script}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failures.push(bench.script);
}
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
