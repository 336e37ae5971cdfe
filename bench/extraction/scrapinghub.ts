/**
 * Scrapinghub article-extraction-benchmark: prints the published tools' F1 recomputed from their saved
 * outputs (to prove the scorer), then ours and Readability.js + linkedom run in this process on the same
 * pages, with speed. `--worst N` lists our N worst pages. Run: node --import tsx bench/extraction/scrapinghub.ts
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { corpusHash, readGzipPage, readJson, requireBenchDir } from './pages.js';
import { corpusShingleScore, formatPrf, prf, shingleMatch, type Counts, type Prf } from './score.js';
import { ours, readability, roundsOption, comparisonLines, timeRuns, type Timed } from './peers.js';

export interface ScrapinghubResult {
  ours: Prf;
  readability: Prf;
  hash: string;
  speedRatio: number;
}

type Truth = Record<string, { articleBody: string; url?: string }>;


export function runScrapinghub(options: { worst?: number; quiet?: boolean; rounds?: number; peer?: boolean } = {}): ScrapinghubResult {
  const dir = requireBenchDir('scrapinghub');
  const truth = readJson<Truth>(join(dir, 'ground-truth.json'));
  const ids = Object.keys(truth).sort();
  const log = options.quiet ? (): void => {} : console.log;

  log('published outputs, rescored (published F1: trafilatura 0.958, Readability.js 0.947):');
  for (const file of readdirSync(join(dir, 'output')).sort()) {
    const saved = readJson<{ output?: Truth } & Truth>(join(dir, 'output', file));
    const out = (saved.output ?? saved) as Truth;
    log(formatPrf(`  ${file.replace(/\.json$/, '')}`, corpusShingleScore(ids.map((id) => shingleMatch(truth[id]!.articleBody, out[id]?.articleBody ?? '')))));
  }

  const pages = ids.map((id) => ({ id, html: readGzipPage(join(dir, 'html', `${id}.html.gz`)), url: truth[id]!.url }));
  const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
  const withPeer = options.peer ?? true;
  const [a, b = { outputs: a!.outputs.map(() => ''), seconds: NaN }] = timeRuns(withPeer ? [ours, readability] : [ours], pages, options.rounds ?? roundsOption(3)) as [Timed, Timed?];
  const score = (outputs: string[]): Counts[] => ids.map((id, i) => shingleMatch(truth[id]!.articleBody, outputs[i]!));
  const oursCounts = score(a.outputs);
  const result: ScrapinghubResult = {
    ours: corpusShingleScore(oursCounts),
    readability: corpusShingleScore(score(b.outputs)),
    hash: corpusHash(join(dir, 'html')),
    speedRatio: b.seconds / a.seconds,
  };
  log(`\nrun here on ${pages.length} pages (${mb.toFixed(1)} MB decoded), corpus ${result.hash}:`);
  for (const line of comparisonLines(result, a, b!, pages.length, mb)) log(line);
  if (options.worst) {
    const ranked = oursCounts.map((c, i) => ({ id: ids[i]!, s: prf(c) })).sort((x, y) => x.s.f1 - y.s.f1);
    log(`\nworst ${options.worst} pages (ours):`);
    for (const r of ranked.slice(0, options.worst)) log(`  ${r.id.slice(0, 16)} F1 ${r.s.f1.toFixed(3)} P ${r.s.precision.toFixed(3)} R ${r.s.recall.toFixed(3)}  ${truth[r.id]!.url ?? ''}`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const w = process.argv.indexOf('--worst');
  runScrapinghub({ worst: w > 0 ? Number(process.argv[w + 1] ?? 10) : 10 });
}
