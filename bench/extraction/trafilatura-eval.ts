/**
 * trafilatura's evaluation set (990 pages, mostly German): `with` snippets that must appear in the output and
 * `without` snippets that must not. Prints P/R/F1 for ours and Readability.js + linkedom run in this process,
 * and speed. Run: node --import tsx bench/extraction/trafilatura-eval.ts [--worst N]
 */
import { join } from 'node:path';
import { corpusHash, readGzipPage, readJson, requireBenchDir } from './pages.js';
import { prf, snippetMatch, type Counts, type Prf } from './score.js';
import { ours, readability, roundsOption, comparisonLines, timeRuns, type Timed } from './peers.js';

type EvalData = Record<string, { file: string; with: string[]; without: string[] }>;

export interface EvalResult {
  ours: Prf;
  readability: Prf;
  hash: string;
  speedRatio: number;
}

function sum(counts: Counts[]): Counts {
  return counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}


export function runTrafilaturaEval(options: { worst?: number; quiet?: boolean; rounds?: number; peer?: boolean } = {}): EvalResult {
  const dir = requireBenchDir('trafilatura-eval');
  const data = readJson<EvalData>(join(dir, 'evaldata.json'));
  const urls = Object.keys(data).sort();
  const log = options.quiet ? (): void => {} : console.log;
  const pages = urls.map((url) => ({ url, html: readGzipPage(join(dir, 'html', `${data[url]!.file}.gz`)) }));
  const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
  const withPeer = options.peer ?? true;
  const [a, b = { outputs: a!.outputs.map(() => ''), seconds: NaN }] = timeRuns(withPeer ? [ours, readability] : [ours], pages, options.rounds ?? roundsOption(1)) as [Timed, Timed?];
  const score = (outputs: string[]): Counts[] => urls.map((u, i) => snippetMatch(outputs[i]!, data[u]!.with, data[u]!.without));
  const oursCounts = score(a.outputs);
  const result: EvalResult = {
    ours: prf(sum(oursCounts)),
    readability: prf(sum(score(b.outputs))),
    hash: corpusHash(join(dir, 'html')),
    speedRatio: b.seconds / a.seconds,
  };
  log(`trafilatura-eval: ${pages.length} pages (${mb.toFixed(1)} MB decoded), corpus ${result.hash} (published F1: trafilatura 0.924, readability-lxml 0.826)`);
  for (const line of comparisonLines(result, a, b!, pages.length, mb)) log(line);
  if (options.worst) {
    const ranked = oursCounts.map((c, i) => ({ url: urls[i]!, c })).filter((r) => r.c.fp + r.c.fn > 0).sort((x, y) => y.c.fp + y.c.fn - (x.c.fp + x.c.fn));
    log(`\npages with the most errors (ours): ${ranked.length} pages have at least one`);
    for (const r of ranked.slice(0, options.worst)) log(`  fp ${r.c.fp} fn ${r.c.fn}  ${data[r.url]!.file}  ${r.url}`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const w = process.argv.indexOf('--worst');
  runTrafilaturaEval({ worst: w > 0 ? Number(process.argv[w + 1] ?? 10) : 10 });
}
