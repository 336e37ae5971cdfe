/**
 * Every mention error in MEANTIME's fully annotated scope on the developed corpora, each with its sentence,
 * to read causes one by one:
 *   node --import tsx bench/entities/meantime-detail.ts [missed|spurious|mistyped] [--corpus airbus,apple,gm]
 * airbus + apple by default; gm was opened for reading in round seven. stock is the held-out check and is
 * never listed here.
 */
import { Doc } from '../../src/core/doc.js';
import { sentencesStage } from '../../src/annotate/sentences/stage.js';
import { entitiesStage } from '../../src/annotate/entities/stage.js';
import { linkEntities } from '../../src/annotate/entities/link.js';
import { ARCHIVE, loadMeantime, predictions } from './meantime-data.js';
import { match, type Scored } from './score.js';
import { FULL_LINES, lineIndexer } from './scope.js';

const READABLE = ['airbus', 'apple', 'gm'];
const args = process.argv.slice(2);
const flag = args.indexOf('--corpus');
const DEVELOPED = flag >= 0 ? (args.splice(flag, 2)[1] ?? '').split(',') : ['airbus', 'apple'];
const held = DEVELOPED.filter((c) => !READABLE.includes(c));
if (held.length > 0) {
  console.log(`meantime-detail: ${held.join(', ')} is held out (or unknown) and is not listed; readable: ${READABLE.join(', ')}`);
  process.exit(1);
}
const data = loadMeantime();
if (!data) {
  console.log(`meantime: ${ARCHIVE} is absent; skipped`);
  process.exit(0);
}
const only = args[0];
const golds = data.golds.filter((g) => DEVELOPED.includes(data.corpusOf.get(g.id)!));
const split = await sentencesStage.create({} as never);
const annotate = await entitiesStage.create({} as never);
const context = { report: () => {} };
const docs = golds.map((g) => new Doc({ id: g.id, source: g.id, text: g.text }));
for (const doc of docs) {
  split(doc, context);
  annotate(doc, context);
}
const lineOf = lineIndexer(golds);
const inScope = (s: Scored) => lineOf(s) < FULL_LINES;
const ids = new Set(golds.map((g) => g.id));
const gold = data.gold.filter((s) => ids.has(s.doc) && inScope(s));
// Named events are scored against MEANTIME's event layer (meantime.ts), not listed here as entity errors.
const predicted = predictions(docs, linkEntities(docs)).filter((p) => inScope(p) && !p.event);
const pairs = match(gold, predicted, true);
const textOf = new Map(golds.map((g) => [g.id, g.text]));
const say = (s: Scored) => `${textOf.get(s.doc)!.slice(s.start, s.end)}/${s.type}`;
const lineText = (s: Scored) => {
  const text = textOf.get(s.doc)!;
  const from = text.lastIndexOf('\n', s.start) + 1;
  const to = text.indexOf('\n', s.start);
  const line = text.slice(from, to < 0 ? text.length : to);
  const at = s.start - from;
  return `${line.slice(0, at)}[[${line.slice(at, at + s.end - s.start)}]]${line.slice(at + s.end - s.start)}`;
};
const near = (s: Scored, list: Scored[]) => list.filter((x) => x.doc === s.doc && x.start < s.end && s.start < x.end).map(say).join(', ') || '-';
const matchedG = new Set(pairs.map(([g]) => g));
const matchedP = new Set(pairs.map(([, p]) => p));
const show = (kind: string, s: Scored, extra: string) => console.log(`${kind} ${say(s)}  (${extra})\n    ${s.doc} | ${lineText(s)}`);
if (!only || only === 'missed') for (const g of gold.filter((x) => !matchedG.has(x))) show('MISSED', g, `ours overlapping: ${near(g, predicted)}`);
if (!only || only === 'spurious') for (const p of predicted.filter((x) => !matchedP.has(x))) show('SPURIOUS', p, `gold overlapping: ${near(p, gold)}`);
if (!only || only === 'mistyped') for (const [g, p] of pairs.filter(([a, b]) => a.type !== b.type)) show('MISTYPED', g, `ours ${say(p)}`);
if (!only) {
  console.log('\nby line (0 title, 1 date, 2.. body), overlap:  gold  ours  untyped-matched  typed-matched');
  for (let line = 0; line < FULL_LINES; line++) {
    const at = (s: Scored) => lineOf(s) === line;
    const both = pairs.filter(([g]) => at(g));
    console.log(`  line ${line}  ${String(gold.filter(at).length).padStart(5)} ${String(predicted.filter(at).length).padStart(5)} ${String(both.length).padStart(8)} ${String(both.filter(([g, p]) => g.type === p.type).length).padStart(8)}`);
  }
}
