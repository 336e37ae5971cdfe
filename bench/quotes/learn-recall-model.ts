// Learns PolNeAR mode's recall pass (src/annotate/quotes/recall-model.ts) from PolNeAR TRAIN only (dev is never
// read) and writes its weights to data/quotes/recall-model.json. Candidates are the words the pass would rate:
// every word outside the attributions the rules (and the cue model) find and outside quotation marks; the label
// is whether the word stands in the gold Cue of an attribution whose content no rule-found attribution overlaps.
// Logistic regression as for the cue model (learn-cue-model.ts: L2, AdaGrad); the threshold is chosen by two-fold
// cross-validation inside train on the stage's end-to-end content overlap F1, then the model is fitted on all of train.
// Run after learn-cue-model.ts: node --import tsx bench/quotes/learn-recall-model.ts
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/core/doc.js';
import { lexicon } from '../../src/annotate/quotes/lexicon.js';
import { outermost, pairQuotes } from '../../src/annotate/quotes/marks.js';
import type { QuoteAttrs } from '../../src/annotate/quotes/quotes.js';
import { occupiedBy, recallFeatures } from '../../src/annotate/quotes/recall-model.js';
import { inside, sentencesOf, tokenize } from '../../src/annotate/quotes/text.js';
import type { Item } from './polnear-data.js';
import type { Example } from './learn-cue-model.js';
import { learnPass, scored } from './learn-pass.js';

export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
/** Lexical features (a word, its neighbours) are many; one seen on fewer candidates than this gets no weight. */
export const MIN_COUNT = 5;

/** The candidates of one article with their labels, as the pass would see them after the rules. */
export function examplesOf(item: Item): Example[] {
  const lex = lexicon(true, { recallModel: null, filterModel: null, mergeModel: null });
  const text = item.text;
  const { spans, predicted } = scored(item, { recallModel: null, filterModel: null, mergeModel: null });
  const taken = occupiedBy(spans.map((s) => ({ ...(s.attrs as unknown as QuoteAttrs), start: s.start, end: s.end })));
  const quoted = outermost(pairQuotes(text)).map((q) => ({ start: q.open, end: q.close ?? q.end }));
  // a gold attribution whose content no attribution of the rules overlaps (a gold one the scorer leaves unpaired
  // for all that was tried as the label too, and did no better in the cross-validation)
  const overlaps = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) => !!a && !!b && a.start < b.end && b.start < a.end;
  const missed = item.gold.filter((g) => g.cue && g.content && !predicted.some((p) => overlaps(p.content, g.content)));
  const out: Example[] = [];
  for (const sentence of sentencesOf(new Doc({ id: item.name, source: item.name, text }), lex)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const found = taken.marks.filter((s) => s.start < sentence.end && sentence.start < s.end).length;
    tokens.forEach((t, i) => {
      if (inside(t.start, taken.marks) || inside(t.start, taken.contents) || inside(t.start, quoted)) return;
      const features = recallFeatures(tokens, i, lex, found);
      if (features) out.push({ features, label: missed.some((g) => g.cue!.start <= t.start && t.start < g.cue!.end) });
    });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  learnPass({
    name: 'learn-recall-model',
    file: 'recall-model.json',
    what: "PolNeAR mode's recall pass (src/annotate/quotes/recall-model.ts)",
    examples: 'candidates',
    positive: 'in gold cues the rules miss',
    examplesOf,
    use: (recallModel) => ({ recallModel, filterModel: null, mergeModel: null }),
    thresholds: THRESHOLDS,
    minCount: MIN_COUNT,
  });
}
