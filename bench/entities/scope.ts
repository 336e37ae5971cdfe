/**
 * The fully annotated scope of MEANTIME: each article is annotated in full only in its title, its date line
 * and its first four body sentences (lines 0–5 of the text meantime-read.ts rebuilds, one sentence a line).
 * Later sentences carry mentions only of the entities taking part in the corpus-level events, so there an
 * unmarked "Apple" is not an error of ours. This view restricts gold AND predictions to those lines.
 */
import type { GoldDoc } from './meantime-read.js';
import { countByType, match, prf, type Counts, type Scored } from './score.js';

/** Lines 0..FULL_LINES-1 are annotated in full: title, date line, four body sentences. */
export const FULL_LINES = 6;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** Start offset of each line of a text. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line index of every scored mention's start, by document. */
export function lineIndexer(golds: GoldDoc[]): (s: { doc: string; start: number }) => number {
  const starts = new Map(golds.map((g) => [g.id, lineStarts(g.text)]));
  return (s) => lineAt(starts.get(s.doc)!, s.start);
}

/** Gold mentions (all syntactic types) and name mentions per line index, and how many articles reach that line. */
export function printDensity(golds: GoldDoc[], gold: Scored[], lines = 14): void {
  const lineOf = lineIndexer(golds);
  const all = new Array<number>(lines).fill(0);
  const named = new Array<number>(lines).fill(0);
  const reach = new Array<number>(lines).fill(0);
  for (const g of golds) {
    const n = lineStarts(g.text).length;
    for (let i = 0; i < Math.min(n, lines); i++) reach[i]!++;
    for (const m of g.mentions) {
      const at = lineOf({ doc: g.id, start: m.start });
      if (at < lines) all[at]!++;
    }
  }
  for (const s of gold) {
    const at = lineOf(s);
    if (at < lines) named[at]!++;
  }
  const row = (label: string, xs: (number | string)[]) => `  ${label.padEnd(26)}${xs.map((x) => String(x).padStart(6)).join('')}`;
  console.log(`\nwhy the scope: gold mentions by line of the article (0 title, 1 date, 2.. body sentences):`);
  console.log(row('line', [...Array(lines).keys()]));
  console.log(row('articles reaching it', reach));
  console.log(row('gold mentions, all kinds', all));
  console.log(row('  per article', all.map((x, i) => (reach[i] ? (x / reach[i]!).toFixed(1) : '-'))));
  console.log(row('gold names (scored set)', named));
  console.log(`  lines 0–${FULL_LINES - 1} are annotated in full; after them density drops about five-fold: only the entities of the corpus's chosen events are marked.`);
}

function printRows(rows: [string, Counts][], peerRows?: Map<string, Counts>): void {
  for (const [type, counts] of rows) {
    const a = prf(counts);
    const peer = peerRows ? prf(peerRows.get(type) ?? { tp: 0, fp: 0, fn: 0 }) : undefined;
    console.log(`  ${type.padEnd(14)} (gold ${String(counts.tp + counts.fn).padStart(4)})  ${pct(a.p)} ${pct(a.r)} ${pct(a.f1)}${peer ? `  |  ${pct(peer.p)} ${pct(peer.r)} ${pct(peer.f1)}` : ''}`);
  }
}

/**
 * The headline view: gold and predictions restricted to the fully annotated lines; exact and overlap, by
 * type; then typed and untyped overlap F1 by topic corpus. `developed` names the corpora whose errors were
 * looked at while writing rules; the others are the held-out check.
 */
export function printScopeView(golds: GoldDoc[], gold: Scored[], predicted: Scored[], peer: Scored[], corpusOf: (doc: string) => string, developed: string[], eventNames: Scored[] = []): { gold: Scored[]; predicted: Scored[] } {
  const lineOf = lineIndexer(golds);
  const inScope = (list: Scored[]) => list.filter((s) => lineOf(s) < FULL_LINES);
  const g = inScope(gold);
  const p = inScope(predicted);
  const q = inScope(peer);
  console.log(`\n=== HEADLINE: the fully annotated scope (title, date line, first four sentences: lines 0–${FULL_LINES - 1}) ===`);
  console.log(`${g.length} gold names, ${p.length} predicted, ${q.length} by compromise, in ${golds.length} articles`);
  printEventNames(golds, g, p, inScope(eventNames));
  for (const [label, overlap] of [['exact extents', false], ['overlap, one-to-one', true]] as const) {
    console.log(`\nscope mentions, ${label}:      P     R    F1   | compromise P     R    F1`);
    printRows([...countByType(g, p, match(g, p, overlap))].sort(), countByType(g, q, match(g, q, overlap)));
  }
  const corpora = [...new Set(golds.map((d) => corpusOf(d.id)))].sort();
  console.log(`\nscope by topic corpus, overlap:       untyped P     R    F1  |  typed P     R    F1`);
  for (const c of corpora) {
    const gc = g.filter((s) => corpusOf(s.doc) === c);
    const pc = p.filter((s) => corpusOf(s.doc) === c);
    const counts = countByType(gc, pc, match(gc, pc, true));
    const u = prf(counts.get('ALL (untyped)')!);
    const t = prf(counts.get('ALL (typed)')!);
    const tag = developed.includes(c) ? 'developed on' : 'held out';
    console.log(`  ${c.padEnd(8)} ${tag.padEnd(13)}(gold ${String(gc.length).padStart(4)})  ${pct(u.p)} ${pct(u.r)} ${pct(u.f1)}  |  ${pct(t.p)} ${pct(t.r)} ${pct(t.f1)}`);
  }
  const held = corpora.filter((c) => !developed.includes(c));
  console.log(`  rules were developed by reading errors on ${developed.join(' + ')} only; ${held.join(' + ')} ${held.length > 1 ? 'are' : 'is'} the held-out check.`);
  printUnlinkedLeftOut(g, p);
  return { gold: g, predicted: p };
}

/**
 * A side view, not the headline: MEANTIME links some names to no entity (an inner "Singapore Airlines"
 * inside a linked "Singapore Airlines (SIA)"), so their type is unknown and scored NONE, which no typed
 * prediction can match. Here those gold names, and the predictions paired with them, are left out.
 */
function printUnlinkedLeftOut(gold: Scored[], predicted: Scored[]): void {
  const pairs = match(gold, predicted, true);
  const unlinked = new Set(pairs.filter(([x]) => x.type === 'NONE').map(([, y]) => y));
  const g = gold.filter((x) => x.type !== 'NONE');
  const p = predicted.filter((y) => !unlinked.has(y));
  const t = prf(countByType(g, p, match(g, p, true)).get('ALL (typed)')!);
  console.log(`  side view: the ${gold.length - g.length} gold names MEANTIME links to no entity (type unknown) left out, with the ${unlinked.size} predictions paired with them: typed P ${pct(t.p)} R ${pct(t.r)} F1 ${pct(t.f1)}`);
}

/**
 * Named events are scored against MEANTIME's event layer, not its entities: its annotators mark "WWDC" and
 * "Conference" as EVENT_MENTIONs and never as entity mentions, so as entity predictions they could only be
 * spurious. Printed: how many of ours overlap a MEANTIME event mention (their precision there), how many
 * overlap a gold entity name (those gold names stay in the gold set, missed unless another prediction
 * matches them), and the entity figure with the event names counted as entity mentions, as before round five.
 */
function printEventNames(golds: GoldDoc[], gold: Scored[], predicted: Scored[], events: Scored[]): void {
  if (!events.length) return;
  const byId = new Map(golds.map((d) => [d.id, d]));
  const overlaps = (a: Scored, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const asEvents = events.filter((e) => byId.get(e.doc)!.events.some((x) => overlaps(e, x))).length;
  const onNames = events.filter((e) => gold.some((x) => x.doc === e.doc && overlaps(e, x))).length;
  const both = [...predicted, ...events];
  const t = prf(countByType(gold, both, match(gold, both, true)).get('ALL (typed)')!);
  console.log(`${events.length} predicted event names (attrs.event) scored against MEANTIME's event layer, not as entities: ${asEvents} of ${events.length} overlap a MEANTIME event mention, ${onNames} a gold entity name`);
  console.log(`  with the event names counted as entity mentions (the figure before round five): typed P ${pct(t.p)} R ${pct(t.r)} F1 ${pct(t.f1)}`);
}
