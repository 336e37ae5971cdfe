import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/html/index.js';
import { formatPrf, type Prf } from './score.js';

export type Extractor = (html: string, url?: string) => string;

export const ours: Extractor = (html, url) => extractHtml(html, { source: url ?? 'bench', url }).text;

/** Readability.js on linkedom: the peer the speed goal is stated against. */
export const readability: Extractor = (html) => {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
};

export interface Timed {
  outputs: string[];
  seconds: number;
}

/** Runs an extractor over decoded pages on this thread, timing extraction only. */
export function timeRun(extract: Extractor, pages: { html: string; url?: string }[]): Timed {
  const outputs: string[] = [];
  const start = process.hrtime.bigint();
  for (const p of pages) outputs.push(extract(p.html, p.url));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { outputs, seconds };
}

/**
 * Times several extractors on the same pages: a warm-up on the first pages, then `rounds` passes taking
 * turns, keeping each one's fastest pass (the machine is shared, so the fastest pass is the least disturbed).
 */
export function timeRuns(extractors: Extractor[], pages: { html: string; url?: string }[], rounds: number): Timed[] {
  for (const e of extractors) for (const p of pages.slice(0, 20)) e(p.html, p.url);
  const best: Timed[] = extractors.map(() => ({ outputs: [], seconds: Infinity }));
  for (let r = 0; r < rounds; r++) {
    extractors.forEach((e, i) => {
      const t = timeRun(e, pages);
      if (t.seconds < best[i]!.seconds) best[i] = t;
    });
  }
  return best;
}

export function roundsOption(fallback: number): number {
  const i = process.argv.indexOf('--rounds');
  return i > 0 ? Math.max(1, Number(process.argv[i + 1]) || fallback) : fallback;
}

export function speedLine(name: string, t: Timed, pages: number, megabytes: number): string {
  return `${name.padEnd(22)} ${(pages / t.seconds).toFixed(1).padStart(7)} pages/s  ${(megabytes / t.seconds).toFixed(1).padStart(6)} MB/s  (${t.seconds.toFixed(2)} s)`;
}

/** The side-by-side lines both extraction benches print: quality, then speed, then the ratio. */
export function comparisonLines(result: { ours: Prf; readability: Prf; speedRatio: number }, a: Timed, b: Timed, pages: number, megabytes: number): string[] {
  return [
    formatPrf('  corroborate', result.ours),
    formatPrf('  readability+linkedom', result.readability),
    speedLine('  corroborate', a, pages, megabytes),
    speedLine('  readability+linkedom', b, pages, megabytes),
    `  speed ratio: ${result.speedRatio.toFixed(1)}x Readability.js + linkedom`,
  ];
}
