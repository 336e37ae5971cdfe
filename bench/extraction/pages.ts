import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/** Where the shared benchmark data lives, relative to the project root (bench scripts run from there). */
export const BENCH_ROOT = join(process.cwd(), '..', 'shared', 'bench', 'extraction');

export function requireBenchDir(name: string): string {
  const dir = join(BENCH_ROOT, name);
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} is absent (the benchmark reads the shared data at run time)`);
    process.exit(0);
  }
  return dir;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * A small local decoder for the bench: the charset named in the first 4 KB of <meta>, else UTF-8. Ingest
 * has the real decoder; the bench only needs the pages as the extractors would receive them.
 */
export function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const named = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  const charset = named && named !== 'utf-8' && named !== 'utf8' && iconv.encodingExists(named) ? named : 'utf-8';
  return iconv.decode(bytes, charset);
}

export function readGzipPage(path: string): string {
  return decodePage(gunzipSync(readFileSync(path)));
}

/** A stable hash of the corpus file list (sorted names), so a gate knows it scored the same pages. */
export function corpusHash(dir: string): string {
  const names = readdirSync(dir).sort();
  const h = createHash('sha256');
  for (const n of names) h.update(`${n}\n`);
  return h.digest('hex').slice(0, 16);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
