// Times ingest over the gzipped pages of the shared extraction benchmarks, with the least work that could
// read the same pages (readFile + gunzipSync + UTF-8 decode) as the peer in the same run, so the ratio holds
// on a busy machine. Also times the same pages packed into one WARC.gz and one JSON Lines file (built in a
// temp folder), and counts the encodings and messages ingest reported.
// Reads ../shared/bench/extraction at run time and skips when it is absent.
// Usage: node --import tsx bench/ingest.ts
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingest } from '../src/ingest/index.js';

const root = join(process.cwd(), '..', 'shared', 'bench', 'extraction');
const folders = ['scrapinghub/html', 'trafilatura-eval/html'].map((f) => join(root, f)).filter(existsSync);
if (folders.length === 0) {
  console.log(`skipped: no page folders under ${root} (the benchmark reads the shared data at run time)`);
  process.exit(0);
}
const files = folders.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.gz')).sort().map((n) => join(dir, n)));

function peer(): number {
  let bytes = 0;
  const decoder = new TextDecoder();
  for (const file of files) {
    const raw = gunzipSync(readFileSync(file));
    bytes += raw.length;
    decoder.decode(raw);
  }
  return bytes;
}

async function run(specs: string[]): Promise<{ inputs: number; bytes: number; encodings: Map<string, number>; codes: Map<string, number> }> {
  const encodings = new Map<string, number>();
  const codes = new Map<string, number>();
  let inputs = 0;
  let bytes = 0;
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for await (const event of ingest(specs)) {
    if (event.type === 'input') {
      inputs += 1;
      bytes += event.input.content.length;
      count(encodings, event.input.encoding);
      for (const m of event.input.messages) count(codes, m.code);
    } else count(codes, event.message.code);
  }
  return { inputs, bytes, encodings, codes };
}

async function time<T>(label: string, rounds: number, fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let best = Infinity;
  let result: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    result = await fn();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${label.padEnd(34)} best of ${rounds}: ${best.toFixed(0)} ms`);
  return { ms: best, result: result as T };
}

const ROUNDS = 3;
console.log(`${files.length} gzipped pages from ${folders.length} folder(s)`);
const base = await time('peer: readFile+gunzip+decode', ROUNDS, peer);
const files_ = await time('ingest: files', ROUNDS, () => run(files));
const mb = base.result / 1024 / 1024;
console.log(`  ${files_.result.inputs} inputs, ${(files.length / (files_.ms / 1000)).toFixed(0)} pages/s, ${(mb / (files_.ms / 1000)).toFixed(1)} MB/s; ingest/peer time ratio ${(files_.ms / base.ms).toFixed(2)}`);
console.log(`  encodings: ${[...files_.result.encodings].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  messages: ${[...files_.result.codes].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);

const tmp = mkdtempSync(join(tmpdir(), 'corroborate-bench-ingest-'));
try {
  const warcParts: Uint8Array[] = [];
  const lines: string[] = [];
  for (const [i, file] of files.entries()) {
    const body = gunzipSync(readFileSync(file));
    const url = `https://bench.example/${i}`;
    const record = WARCRecord.create(
      { url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' } },
      (async function* () {
        yield body;
      })(),
    );
    warcParts.push(await WARCSerializer.serialize(record, { gzip: true }));
    lines.push(JSON.stringify({ html: body.toString('utf8'), url }));
  }
  const warc = join(tmp, 'pages.warc.gz');
  writeFileSync(warc, Buffer.concat(warcParts));
  const jsonl = join(tmp, 'pages.jsonl');
  writeFileSync(jsonl, lines.join('\n'));
  const w = await time('ingest: one WARC.gz', ROUNDS, () => run([warc]));
  console.log(`  ${w.result.inputs} inputs, ingest/peer time ratio ${(w.ms / base.ms).toFixed(2)}`);
  const j = await time('ingest: one JSON Lines file', ROUNDS, () => run([jsonl]));
  console.log(`  ${j.result.inputs} inputs, ingest/peer time ratio ${(j.ms / base.ms).toFixed(2)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
