/**
 * Scale: generated streams of articles recombined from benchmark text (scrapinghub bodies and ECB+ articles).
 * Story k takes one source body, keeps 60–90% of its sentences per article, adds a sentence from elsewhere;
 * 10% of articles are exact reprints and 10% near copies (new headline, one sentence dropped). A body is
 * reused for a new story 30 days later, so the time window must keep the two apart.
 *
 * Measures, per stream size: articles/s for dedupe + incremental story clustering (DuplicateIndex + StoryIndex,
 * the streaming path), the cost of each successive tenth of the stream (flat = no all-pairs work), index bytes
 * per article (typed arrays counted exactly, maps estimated) and heap growth; then the batch path
 * (findDuplicates + clusterStories) on the same articles. Per tenth it also prints (stderr) the bucket and
 * posting entries read per article (work that CPU time on a shared machine only blurs) and each part's time.
 * The peer, measured in the same run, is splitting each article's text into words: a floor on any per-article work.
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/clustering/scale.ts [sizes, default 10000,100000]
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../../src/core/doc.js';
import { DuplicateIndex, findDuplicates } from '../../src/dedupe/duplicate-index.js';
import { StoryIndex } from '../../src/cluster/story-index.js';
import { clusterStories } from '../../src/cluster/stories.js';
import { loadEcbPlus, requireData } from './data.js';
import { bcubed } from './scores.js';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const truth = JSON.parse(readFileSync(requireData('extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
// Each source carries its group: ECB+ articles of one topic are one story when they share a window.
const sources = [...Object.entries(truth).map(([id, t]) => ({ text: t.articleBody, group: `s${id}` })), ...loadEcbPlus().map((e) => ({ text: e.doc.text, group: `t${e.topic}` }))]
  .map((s) => ({ sentences: s.text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim().length > 20), group: s.group }))
  .filter((s) => s.sentences.length >= 5);
const PER_STORY = 8;
const DAY = 86_400_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Article i of the stream, generated on demand so that the stream itself holds no memory. */
function article(i: number): { doc: Doc; story: string } {
  const story = Math.floor(i / PER_STORY);
  const random = rng(i * 7919 + 17);
  const source = sources[story % sources.length]!;
  const body = source.sentences;
  const epoch = Math.floor(story / sources.length);
  const published = new Date(Date.UTC(2024, 0, 1) + epoch * 30 * DAY + (story % sources.length) * 600_000 + random() * 3 * DAY).toISOString();
  const kind = random();
  // A window of four to six consecutive sentences of the body, so that two articles of a story overlap in part,
  // with a sentence from elsewhere. Words are dropped so that texts are rewrites, not copies: a sixth per article,
  // and a third chosen per epoch, so that a body reused 30 days later is a new text on the same subject.
  const base = (seed: number) => {
    const r = rng(seed);
    const length = 4 + Math.floor(r() * 3);
    const from = Math.floor(r() * Math.max(1, body.length - length + 1));
    const picked = body.slice(from, from + length);
    const other = sources[Math.floor(r() * sources.length)]!.sentences;
    picked.splice(Math.floor(r() * picked.length), 0, other[Math.floor(r() * other.length)]!);
    return picked.join(' ').split(' ').filter((_, k) => (epoch === 0 || (k * 7 + epoch) % 3 !== 0) && r() > 1 / 6).join(' ');
  };
  // Reprints copy the story's first article (exactly, or with a new headline and a sentence gone).
  const first = base(story * PER_STORY * 7919 + 17);
  let text: string;
  if (kind < 0.1 && i % PER_STORY) text = first;
  else if (kind < 0.2 && i % PER_STORY) text = `Update: ${body[0]}\n${first.split(/(?<=[.!?]) /).filter((_, k) => k !== 2).join(' ')}`;
  else text = base(i * 7919 + 17);
  return { doc: new Doc({ id: `a${i}`, source: `stream#${i}`, text, meta: { published, title: body[0]!.slice(0, 90) } }), story: `${source.group}@${epoch}` };
}

/** CPU time of this process (user + system), in ms: the machine is shared, so wall time would count other work. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

const rows: string[] = [];
for (const n of sizes) {
  // Peer: word splitting of the same articles.
  let started = cpuMs();
  let words = 0;
  for (let i = 0; i < n; i++) words += article(i).doc.text.split(/\s+/).length;
  const generateAndSplit = cpuMs() - started;
  started = cpuMs();
  for (let i = 0; i < n; i++) article(i);
  const generateOnly = cpuMs() - started;
  const peerMs = Math.max(1, generateAndSplit - generateOnly);

  const heapBefore = heapMB();
  const duplicates = new DuplicateIndex();
  const stories = new StoryIndex();
  const tenths: number[] = [];
  const dedupeTenths: number[] = [];
  const reads: string[] = [];
  const bucketReads: number[] = [];
  let work = 0;
  const chunk = Math.ceil(n / 10);
  for (let start = 0; start < n; start += chunk) {
    const batch = Array.from({ length: Math.min(chunk, n - start) }, (_, k) => article(start + k).doc);
    const before = [duplicates.scanned, stories.scanned];
    const t = cpuMs();
    const matches = batch.map((doc) => duplicates.add(doc)?.duplicateOf);
    const dedupeMs = cpuMs() - t;
    batch.forEach((doc, k) => stories.add(doc, matches[k]));
    const ms = cpuMs() - t;
    tenths.push(ms);
    dedupeTenths.push(dedupeMs);
    reads.push(`${Math.round((duplicates.scanned - before[0]!) / batch.length)}/${Math.round((stories.scanned - before[1]!) / batch.length)}`);
    bucketReads.push((duplicates.scanned - before[0]!) / batch.length);
    work += ms;
  }
  const heapAfter = heapMB();
  const labels = Array.from({ length: n }, (_, i) => article(i));
  const incremental = bcubed(labels.map((a) => stories.storyOf(a.doc.id)!), labels.map((a) => a.story));
  const indexBytes = (duplicates.approximateBytes + stories.approximateBytes) / n;
  const split = `dedupe ${Math.round(duplicates.approximateBytes / n)} + stories ${Math.round(stories.approximateBytes / n)}`;

  let batchLine = '';
  if (n <= 100_000) {
    const docs = labels.map((a) => a.doc);
    const t = cpuMs();
    const grouping = clusterStories(docs, { duplicates: findDuplicates(docs) });
    const ms = cpuMs() - t;
    const b3 = bcubed(labels.map((a) => grouping.articles[a.doc.id]!.story), labels.map((a) => a.story));
    batchLine = `| ${n.toLocaleString('en')} | batch: findDuplicates + clusterStories | **${Math.round((n / ms) * 1000).toLocaleString('en')}** | ${(ms / peerMs).toFixed(1)}× | | | ${b3.f1.toFixed(3)} |`;
  }
  const flat = (tenths[tenths.length - 1]! / tenths[0]!).toFixed(2);
  const ratio = (xs: number[]) => (xs[xs.length - 1]! / Math.max(1, xs[0]!)).toFixed(2);
  console.error(`${n}: per tenth, bucket / posting entries read per article ${reads.join(' ')} (bucket entries, last/first tenth ${(bucketReads[bucketReads.length - 1]! / Math.max(1e-9, bucketReads[0]!)).toFixed(2)})`);
  console.error(`${n}: per tenth, dedupe ms ${dedupeTenths.map(Math.round).join(' ')} (last/first ${ratio(dedupeTenths)}); stories ms ${tenths.map((x, k) => Math.round(x - dedupeTenths[k]!)).join(' ')} (last/first ${ratio(tenths.map((x, k) => x - dedupeTenths[k]!))})`);
  rows.push(`| ${n.toLocaleString('en')} | incremental: DuplicateIndex + StoryIndex | **${Math.round((n / work) * 1000).toLocaleString('en')}** | ${(work / peerMs).toFixed(1)}× | last tenth / first tenth ${flat} | ${Math.round(indexBytes).toLocaleString('en')} B = ${split} (heap and buffers +${Math.round(((heapAfter - heapBefore) * 1048576) / n).toLocaleString('en')} B) | ${incremental.f1.toFixed(3)} |`);
  if (batchLine) rows.push(batchLine);
  console.error(`done ${n}: ${words} words`);
}

console.log(`Scale: streams recombined from ${sources.length} source bodies, ${PER_STORY} articles a story; one core (node is single-threaded here)`);
console.log('');
console.log('| articles | path | articles per CPU-second | time vs peer (word splitting) | per-article cost | index memory per article | story B³ F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log('');
console.log('Goals: ≥ 5,000 articles/s per core for dedupe + clustering; flat per-article cost; ≤ 2 KB index memory per article.');
