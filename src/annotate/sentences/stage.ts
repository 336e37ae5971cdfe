import type { DocStage } from '../../pipeline/stage.js';
import { splitSentences } from './split.js';
import { packTokens } from './tokens.js';

/**
 * Assigns `sentences` (label `sentence`, or `dateline` for a dateline split off the first line) and `tokens`
 * (packed per sentence, see tokens.ts). Requires nothing but the text; uses `meta.dateline` when present.
 */
export const sentencesStage: DocStage = {
  name: 'sentences',
  scope: 'doc',
  requires: ['text'],
  assigns: ['layer:sentences', 'layer:tokens'],
  create: () => (doc) => {
    const sentences = splitSentences(doc.text, doc.meta.dateline);
    doc.setLayer(
      'sentences',
      sentences.map((s) => ({ start: s.start, end: s.end, label: s.dateline ? 'dateline' : 'sentence' })),
    );
    doc.setLayer('tokens', packTokens(sentences));
  },
};
