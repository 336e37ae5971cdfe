import type { Doc } from '../../src/core/doc.js';
import { cutMerges, type Merge } from '../../src/cluster/agglomerative.js';
import { termCounts } from '../../src/cluster/terms.js';
import { tfidf, type SparseVector } from '../../src/cluster/vectors.js';
import { Vocabulary } from '../../src/cluster/vocabulary.js';

/** Plain TF-IDF of content words over the whole text: no name or title weighting, no truncation. */
export function plainTfidf(docs: readonly Doc[]): SparseVector[] {
  const vocabulary = new Vocabulary();
  const options = { nameWeight: 1, titleWeight: 0, maxChars: Infinity };
  const counted = docs.map((d) => {
    const counts = termCounts(d, options);
    return { counts, ids: vocabulary.count(counts.keys()) };
  });
  return counted.map(({ counts, ids }) => tfidf(counts, ids, vocabulary, Infinity));
}

/** All-pairs cosine through an inverted index (the vectors are unit length). */
export function cosineMatrix(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<number, [number, number][]>();
  vectors.forEach((v, d) => v.ids.forEach((id, k) => {
    const list = postings.get(id) ?? [];
    list.push([d, v.weights[k]!]);
    postings.set(id, list);
  }));
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, wi] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [j, wj] = list[b]!;
        sim[i * n + j] = sim[i * n + j]! + wi * wj;
      }
    }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j]!;
  return sim;
}

/** The baseline: average-linkage clusters cut at a similarity; returns a label per document. */
export function baselineLabels(merges: readonly Merge[], n: number, cutoff: number): number[] {
  const labels = new Array<number>(n).fill(-1);
  cutMerges(merges, n, cutoff).forEach((members, c) => members.forEach((i) => (labels[i] = c)));
  return labels;
}
