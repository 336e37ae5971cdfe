import type { Doc } from '../../core/doc.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import { inferPublished, type InferOptions, type InferredPublished } from './infer.js';

/**
 * Dates every report of a story that lacks a publication time. Two passes: each report alone (with the
 * metadata dates of its siblings), then each again with its siblings' first-pass estimates, so that a report
 * whose text dates it well ("held on November 7", "on Friday") helps one whose text does not. A report never
 * leans on its own estimate.
 */
export function inferStoryPublished(docs: Doc[], options: InferOptions = {}): Map<string, InferredPublished> {
  const undated = docs.filter((d) => !d.meta.published);
  const first = new Map(undated.map((d) => [d.id, inferPublished(d, docs, options)]));
  const second = new Map<string, InferredPublished>();
  for (const doc of undated) {
    const others = new Map([...first].filter(([id]) => id !== doc.id));
    second.set(doc.id, inferPublished(doc, docs, options, others));
  }
  return second;
}

/** The part of `corpus:stories` this stage reads: which articles belong together. */
interface StoryGrouping {
  stories: Array<{ articles: string[] }>;
}

/**
 * `corpus:inferredPublished`: a record from article id to its inferred publication period, for the articles
 * with no `meta.published`. Metadata is left alone: an inference is not a stated date.
 */
export const publishedInferenceStage: CorpusStage<InferOptions> = {
  name: 'infer-published',
  scope: 'corpus',
  requires: ['text', 'corpus:stories'],
  assigns: ['corpus:inferredPublished'],
  defaults: {},
  create: (options) => (corpus) => {
    const grouping = corpus.results.get('corpus:stories') as StoryGrouping | undefined;
    const byId = new Map(corpus.docs.map((d) => [d.id, d]));
    const grouped = new Set<string>();
    const result: Record<string, InferredPublished> = {};
    for (const story of grouping?.stories ?? []) {
      const docs = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
      docs.forEach((d) => grouped.add(d.id));
      for (const [id, inferred] of inferStoryPublished(docs, options)) result[id] = inferred;
    }
    for (const doc of corpus.docs) if (!grouped.has(doc.id) && !doc.meta.published) result[doc.id] = inferPublished(doc, [], options);
    corpus.results.set('corpus:inferredPublished', result);
  },
};
