// ROUGE of the briefing's consensus part against NeuS's neutral human roundups (val split), next to lead-3 and a
// LexRank-style baseline computed in the same run. Reads /work/shared/bench/summaries/neus at run time.
// Run: node --import tsx bench/summaries/neus.ts [limit]
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../../src/core/doc.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../../src/pipeline/order.js';
import { reconcile } from '../../src/reconcile/stage.js';
import { buildBriefing } from '../../src/brief/compose.js';
import type { Grouping } from '../../src/cluster/index.js';
import { contentWords } from '../../src/reconcile/claims.js';
import { rouge, type RougeScores } from './rouge.js';

const DIR = '/work/shared/bench/summaries/neus';
if (!existsSync(`${DIR}/val.source`)) {
  console.log(`skipped: ${DIR} is not present`);
  process.exit(0);
}
const limit = Number(process.argv[2] ?? Infinity);
const sources = readFileSync(`${DIR}/val.source`, 'utf8').split('\n').filter(Boolean).slice(0, limit);
const targets = readFileSync(`${DIR}/val.target`, 'utf8').split('\n').filter(Boolean);
const parse = (part: string) => {
  const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)$/s.exec(part.trim());
  return { title: m?.[1] ?? '', body: m?.[2] ?? part };
};
const pipeline = await buildPipeline(ANALYZE_STAGES);
const sums: Record<string, RougeScores & { words: number }> = {};
const add = (name: string, s: RougeScores, text: string) => {
  const t = (sums[name] ??= { rouge1: 0, rouge2: 0, rougeL: 0, words: 0 });
  t.rouge1 += s.rouge1;
  t.rouge2 += s.rouge2;
  t.rougeL += s.rougeL;
  t.words += text.split(/\s+/).filter(Boolean).length;
};
let noConsensus = 0;
const t0 = performance.now();
sources.forEach((line, i) => {
  const reference = parse(targets[i]!).body;
  const docs = line.split(' [SEP] ').map((part, k) => {
    const { title, body } = parse(part);
    return new Doc({ id: `n${i}-${k}`, source: `neus-${i}-${k}`, text: `${title}\n\n${body}`, meta: { title, outlet: `outlet ${k + 1}`, published: '2020-01-01' } });
  });
  const { corpus } = pipeline.run(docs);
  // NeuS gives the three articles as one story: hold them together whatever clustering made of them.
  const g = corpus.results.get('corpus:events') as Grouping;
  const story = { ...g.stories[0]!, id: 's', articles: docs.map((d) => d.id), events: [] };
  corpus.results.set('corpus:events', { stories: [story], articles: Object.fromEntries(docs.map((d) => [d.id, { story: 's', event: 'e' }])) });
  corpus.results.set('corpus:reconciliation', reconcile(corpus));
  const b = buildBriefing(corpus, 's');
  if (!b.happened.length) noConsensus++;
  const consensus = b.happened.map((s) => s.text);
  // With no statement in common, the briefing's consensus part is its headline alone.
  const system3 = [b.headline.text, ...consensus].slice(0, 3).join(' ');
  const sentences = docs.map((d) => d.layer('sentences').filter((s) => s.label !== 'dateline').map((s) => d.slice(s)).filter((s) => s.trim() !== d.meta.title));
  const lead3 = sentences[0]!.slice(0, 3).join(' ');
  const lex = lexrank(sentences.flat(), 3).join(' ');
  add('briefing (headline + consensus, ≤3 sentences)', rouge(system3, reference), system3);
  add('briefing consensus only (all)', rouge(consensus.join(' '), reference), consensus.join(' '));
  add('lead-3 (first outlet)', rouge(lead3, reference), lead3);
  add('LexRank-style, 3 sentences', rouge(lex, reference), lex);
});
const n = sources.length;
console.log(`NeuS val: ${n} triplets, ${((performance.now() - t0) / 1000).toFixed(1)} s; ${noConsensus} with no statement shared by two outlets`);
console.log('system | ROUGE-1 | ROUGE-2 | ROUGE-L | words');
for (const [name, s] of Object.entries(sums)) console.log(`${name} | ${(100 * s.rouge1 / n).toFixed(2)} | ${(100 * s.rouge2 / n).toFixed(2)} | ${(100 * s.rougeL / n).toFixed(2)} | ${(s.words / n).toFixed(1)}`);

/** LexRank with a cosine threshold of 0.1 over content-word vectors (IDF over the triplet's sentences). */
function lexrank(sentences: string[], k: number): string[] {
  const bags = sentences.map((s) => contentWords(s));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const vec = bags.map((b) => new Map(b.map((w) => [w, Math.log(sentences.length / df.get(w)!) + 1])));
  const norm = vec.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1);
  const m = sentences.length;
  const adj: number[][] = vec.map((a, i) => vec.map((b, j) => {
    let dot = 0;
    for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
    return i !== j && dot / (norm[i]! * norm[j]!) > 0.1 ? 1 : 0;
  }));
  const degree = adj.map((row) => row.reduce((a, x) => a + x, 0) || 1);
  let rank = new Array<number>(m).fill(1 / m);
  for (let it = 0; it < 30; it++) {
    const prev = rank;
    rank = prev.map((_, j) => {
      let sum = 0;
      for (let i = 0; i < m; i++) if (adj[i]![j]) sum += prev[i]! / degree[i]!;
      return 0.15 / m + 0.85 * sum;
    });
  }
  return rank.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]).slice(0, k).sort((a, b) => a[1] - b[1]).map(([, i]) => sentences[i]!);
}
