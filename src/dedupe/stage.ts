import { message } from '../core/message.js';
import type { CorpusStage } from '../pipeline/stage.js';
import { type DuplicateMatch, type DuplicateOptions, DuplicateIndex } from './duplicate-index.js';

/** `corpus:duplicates`: for each article that copies another, its original and similarity, by article id. */
export type DuplicatesResult = Record<string, DuplicateMatch>;

export const dedupeStage: CorpusStage<DuplicateOptions> = {
  name: 'dedupe',
  scope: 'corpus',
  requires: ['text', 'meta:published'],
  assigns: ['corpus:duplicates'],
  defaults: {},
  create: (options) => {
    // Built here so that bad options fail when the pipeline is built, not mid-run.
    new DuplicateIndex(options);
    return (corpus, context) => {
      const index = new DuplicateIndex(options);
      for (const doc of corpus.docs) {
        if (!/[\p{L}\p{N}]/u.test(doc.text)) context.report(message('warning', 'group-no-text', doc.source, {}, { stage: 'dedupe' }));
        index.add(doc);
      }
      corpus.results.set('corpus:duplicates', Object.fromEntries(index.matches()) as DuplicatesResult);
    };
  },
};
