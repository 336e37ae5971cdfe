/**
 * Time expressions against TempEval-3 training data (TimeBank + AQUAINT, TimeML). Each document's creation
 * time (the TIMEX3 with functionInDocument="CREATION_TIME") stands in for its publication time.
 *
 *   node --import tsx bench/time/tempeval.ts [--errors N]
 *
 * Reads /work/shared/bench/time/TBAQ-cleaned.tar.gz at run time (extracted to a temporary folder) and skips
 * with a message when it is absent. Prints TempEval-3 figures, then the worst misses grouped by error type.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTimes } from '../../src/annotate/times/resolve.js';
import { addCounts, countDocument, emptyCounts, sameValue, summarise, type Timex } from './score.js';

const ARCHIVE = '/work/shared/bench/time/TBAQ-cleaned.tar.gz';
const SHOW = Number(process.argv[process.argv.indexOf('--errors') + 1]) || 12;

interface Document {
  name: string;
  text: string;
  dct: string;
  gold: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Strips the TimeML tags of the TEXT section, keeping TIMEX3 extents as offsets into the plain text. */
export function readTimeML(name: string, xml: string): Document | undefined {
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) return undefined;
  let text = '';
  const gold: Timex[] = [];
  let open: Timex | undefined;
  for (const part of body[1]!.split(/(<[^>]+>)/)) {
    if (part.startsWith('<TIMEX3')) open = { start: text.length, end: text.length, type: attr(part, 'type'), value: attr(part, 'value') };
    else if (part.startsWith('</TIMEX3') && open) {
      gold.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = undefined;
    } else if (!part.startsWith('<')) text += decode(part);
  }
  return { name, text, dct: attr(dct[0], 'value')!, gold };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tml') ? [path] : [];
  });
}

function main(): void {
  if (!existsSync(ARCHIVE)) {
    console.log(`skipped: ${ARCHIVE} is not present`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tbaq-'));
  try {
    execFileSync('tar', ['xzf', ARCHIVE, '-C', dir]);
    const docs = files(dir).sort().map((path) => readTimeML(path.slice(dir.length + 1), readFileSync(path, 'utf8'))).filter((d): d is Document => d !== undefined);
    let total = emptyCounts();
    const errors = new Map<string, Map<string, number>>();
    const note = (kind: string, key: string) => {
      const bucket = errors.get(kind) ?? new Map<string, number>();
      bucket.set(key, (bucket.get(key) ?? 0) + 1);
      errors.set(kind, bucket);
    };
    const started = performance.now();
    for (const doc of docs) {
      const predicted: Timex[] = findTimes(doc.text, doc.dct).map((s) => ({
        start: s.start,
        end: s.end,
        type: s.label,
        value: typeof s.attrs.value === 'object' ? s.attrs.value.start : s.attrs.value,
        text: doc.text.slice(s.start, s.end),
      }));
      const counts = countDocument(doc.gold, predicted);
      total = addCounts(total, counts);
      for (const m of counts.missed) note(`missed ${m.type}`, `${m.text!.toLowerCase()} = ${m.value}`);
      for (const s of counts.spurious) note(`spurious ${s.type}`, `${s.text!.toLowerCase()} = ${s.value}`);
      for (const p of counts.pairs) {
        if (!sameValue(p.gold.value, p.predicted.value)) note(`wrong value (gold ${p.gold.type})`, `${p.gold.text!.toLowerCase()} = ${p.gold.value} | ours "${p.predicted.text!.toLowerCase()}" = ${p.predicted.value}`);
        else if (p.gold.start !== p.predicted.start || p.gold.end !== p.predicted.end) note('span differs', `gold "${p.gold.text!.toLowerCase()}" | ours "${p.predicted.text!.toLowerCase()}"`);
      }
    }
    const ms = performance.now() - started;
    const s = summarise(total);
    const pct = (x: number) => (100 * x).toFixed(1);
    const row = (name: string, r: { precision: number; recall: number; f1: number }) => console.log(`${name.padEnd(16)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`);
    console.log(`TBAQ-cleaned: ${docs.length} documents, ${total.gold} gold TIMEX3 (creation times excluded), ${total.predicted} predicted, ${ms.toFixed(0)} ms`);
    row('strict span', s.strict);
    row('relaxed span', s.relaxed);
    row('value', s.value);
    console.log(`value accuracy over relaxed matches: ${pct(s.valueAccuracy)}  (TempEval-3 test value F1: HeidelTime 77.6, CogComp 70.5)`);
    for (const [kind, bucket] of [...errors].sort((a, b) => sum(b[1]) - sum(a[1]))) {
      console.log(`\n${kind}: ${sum(bucket)}`);
      for (const [key, n] of [...bucket].sort((a, b) => b[1] - a[1]).slice(0, SHOW)) console.log(`  ${String(n).padStart(3)}  ${key}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

main();
