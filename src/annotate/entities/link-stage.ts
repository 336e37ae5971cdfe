import type { CorpusStage } from '../../pipeline/stage.js';
import { loadLexicon } from './lexicon.js';
import { linkEntities } from './link.js';

/** Assigns `corpus:entities`: the Entity[] of linkEntities over every document's `entities` layer. */
export const entityLinkStage: CorpusStage = {
  name: 'entity-link',
  scope: 'corpus',
  requires: ['layer:entities'],
  assigns: ['corpus:entities'],
  create: () => {
    loadLexicon();
    return (corpus) => {
      corpus.results.set('corpus:entities', linkEntities(corpus.docs));
    };
  },
};
