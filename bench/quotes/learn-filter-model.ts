// Learns PolNeAR mode's filter (src/annotate/quotes/filter-model.ts) from PolNeAR TRAIN only (dev is never read)
// and writes its weights to data/quotes/filter-model.json. Examples are the attributions the stage finds in PolNeAR
// mode with the shipped cue model and recall pass; the label is whether the scorer pairs the attribution's content
// with a gold one. Logistic regression as for the cue model (learn-cue-model.ts); the threshold is chosen by
// two-fold cross-validation inside train on the stage's end-to-end content overlap F1 (learn-pass.ts).
// Run after learn-cue-model.ts and learn-recall-model.ts: node --import tsx bench/quotes/learn-filter-model.ts
import { fileURLToPath } from 'node:url';
import { filterFeatures } from '../../src/annotate/quotes/filter-model.js';
import type { Item } from './polnear-data.js';
import type { Example } from './learn-cue-model.js';
import { learnPass, scored } from './learn-pass.js';

export const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45];
export const MIN_COUNT = 3;

export function examplesOf(item: Item): Example[] {
  const { spans, score } = scored(item, { filterModel: null, mergeModel: null });
  const matched = new Set(score.pairs.map(([i]) => i));
  return spans.map((s, i) => ({ features: filterFeatures(item.text, s, spans), label: matched.has(i) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  learnPass({
    name: 'learn-filter-model',
    file: 'filter-model.json',
    what: "PolNeAR mode's filter (src/annotate/quotes/filter-model.ts)",
    examples: 'attributions',
    positive: 'paired with gold',
    examplesOf,
    use: (filterModel) => ({ filterModel, mergeModel: null }),
    thresholds: THRESHOLDS,
    minCount: MIN_COUNT,
  });
}
