// Learns PolNeAR mode's segmentation pass (src/annotate/quotes/merge-model.ts) from PolNeAR TRAIN only (dev is
// never read) and writes its weights to data/quotes/merge-model.json. Examples are the neighbouring attributions of
// a paragraph that the stage finds with the other shipped models; a pair is one attribution when both overlap the
// same gold content and neither overlaps another, two when together they overlap two or more gold contents (pairs
// that overlap none say nothing and are left out). Logistic regression as for the cue model (learn-cue-model.ts);
// the threshold is chosen by two-fold cross-validation inside train on the stage's content overlap F1 (learn-pass.ts).
// Run after the other learners: node --import tsx bench/quotes/learn-merge-model.ts
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/core/span.js';
import { mergeFeatures } from '../../src/annotate/quotes/merge-model.js';
import type { Item } from './polnear-data.js';
import { scoredContent } from './score.js';
import type { Example } from './learn-cue-model.js';
import { learnPass, scored } from './learn-pass.js';

export const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8];
export const MIN_COUNT = 3;

export function examplesOf(item: Item): Example[] {
  const text = item.text;
  const { spans } = scored(item, { mergeModel: null });
  const touched = (s: Span) => {
    const c = scoredContent(text, s);
    return item.gold.flatMap((g, j) => (g.content && g.content.start < c.end && c.start < g.content.end ? [j] : []));
  };
  const out: Example[] = [];
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (text.slice(Math.min(a.end, b.start), b.start).includes('\n')) continue;
    const ga = touched(a);
    const gb = touched(b);
    const union = new Set([...ga, ...gb]);
    if (union.size === 0) continue;
    out.push({ features: mergeFeatures(text, a, b), label: union.size === 1 && ga.length === 1 && gb.length === 1 });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  learnPass({
    name: 'learn-merge-model',
    file: 'merge-model.json',
    what: "PolNeAR mode's segmentation pass (src/annotate/quotes/merge-model.ts)",
    examples: 'neighbouring pairs',
    positive: 'one gold attribution',
    examplesOf,
    use: (mergeModel) => ({ mergeModel }),
    thresholds: THRESHOLDS,
    minCount: MIN_COUNT,
  });
}
