import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLines } from '../src/extract/text/classify.js';
import { splitLines } from '../src/extract/text/lines.js';
import { linePatterns } from '../src/extract/text/patterns.js';
import { extractText } from '../src/extract/text/index.js';
const dir = '/tmp/polnear/data/train/text';
const p = linePatterns();
let n = 0, titles = 0, datelines = 0, outlets = new Map<string, number>();
const dropped = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const raw = readFileSync(join(dir, f), 'utf8');
  n++;
  const out = extractText(raw, { source: f });
  if (out.meta.title) titles++;
  if (out.meta.dateline) { datelines++; }
  if (out.meta.outlet) outlets.set(out.meta.outlet, (outlets.get(out.meta.outlet) ?? 0) + 1);
  for (const l of classifyLines(splitLines(raw), p)) if (l.kind === 'boilerplate' || l.kind === 'meta') dropped.set(l.kind + ' ' + l.text.slice(0, 90), (dropped.get(l.kind + ' ' + l.text.slice(0, 90)) ?? 0) + 1);
  if (n <= 6) console.log(f.slice(0, 30), '| title:', out.meta.title?.slice(0, 60), '| dateline:', out.meta.dateline && out.text.slice(out.meta.dateline.start, out.meta.dateline.end));
}
console.log(n, 'titles', titles, 'datelines', datelines, [...outlets]);
console.log([...dropped].sort((a, b) => b[1] - a[1]).slice(0, 60));
