import type { DocStage } from '../../pipeline/stage.js';
import { findTimes } from './resolve.js';

/**
 * Adds the `times` layer: every time expression of the text with its TIMEX3-like value, normalised against
 * `meta.published` when the document has one (relative expressions get no value otherwise).
 */
export const timesStage: DocStage = {
  name: 'times',
  scope: 'doc',
  requires: ['text'],
  assigns: ['layer:times'],
  create: () => (doc) => {
    doc.setLayer(
      'times',
      findTimes(doc.text, doc.meta.published).map((span) => ({ start: span.start, end: span.end, label: span.label, attrs: { ...span.attrs } })),
    );
  },
};
