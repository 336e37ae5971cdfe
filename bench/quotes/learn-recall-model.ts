// Learns PolNeAR mode's recall pass (src/annotate/quotes/recall-model.ts) from PolNeAR TRAIN only (dev is never
// read) and writes its weights to data/quotes/recall-model.json. Candidates are the words the pass would rate:
// every word outside the attributions the rules (and the cue model) find and outside quotation marks; the label
// is whether the word stands in the gold Cue of an attribution whose content no rule-found attribution overlaps.
// Logistic regression as for the cue model (learn-cue-model.ts: L2, AdaGrad); the threshold is chosen by two-fold
// cross-validation inside train on the stage's end-to-end content overlap F1, then the model is fitted on all of train.
// Run after learn-cue-model.ts: node --import tsx bench/quotes/learn-recall-model.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/core/doc.js';
import type { CueModel } from '../../src/annotate/quotes/cue-model.js';
import { lexicon } from '../../src/annotate/quotes/lexicon.js';
import { outermost, pairQuotes } from '../../src/annotate/quotes/marks.js';
import { annotateQuotes, type QuoteAttrs } from '../../src/annotate/quotes/quotes.js';
import { occupiedBy, recallFeatures } from '../../src/annotate/quotes/recall-model.js';
import { inside, sentencesOf, tokenize } from '../../src/annotate/quotes/text.js';
import { extract, load, type Item } from './polnear-data.js';
import { add, emptyScore, prf, scoreDoc, withComplementizer, type Attribution } from './score.js';
import { fit, type Example } from './learn-cue-model.js';

export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
/** Lexical features (a word, its neighbours) are many; one seen on fewer candidates than this gets no weight. */
export const MIN_COUNT = 5;

function run(item: Item, recallModel: CueModel | null): { spans: ReturnType<typeof annotateQuotes>; predicted: Attribution[] } {
  const spans = annotateQuotes(new Doc({ id: item.name, source: item.name, text: item.text }), { attitudes: true, recallModel, filterModel: null, mergeModel: null });
  const predicted = spans
    .filter((s) => !(s.attrs as unknown as QuoteAttrs).partial)
    .map((s) => {
      const a = s.attrs as unknown as QuoteAttrs;
      return { source: a.mention, cue: a.cue, content: s.label === 'indirect' ? withComplementizer(item.text, s) : { start: s.start, end: s.end } };
    });
  return { spans, predicted };
}

/** The candidates of one article with their labels, as the pass would see them after the rules. */
export function examplesOf(item: Item): Example[] {
  const lex = lexicon(true, { recallModel: null, filterModel: null, mergeModel: null });
  const text = item.text;
  const { spans, predicted } = run(item, null);
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

export function evaluate(items: Item[], recallModel: CueModel | null): { f1: number; p: number; r: number; speaker: number } {
  const total = emptyScore();
  for (const item of items) add(total, scoreDoc(item.text, run(item, recallModel).predicted, item.gold));
  const { f1, p, r } = prf(total.overlap.content);
  return { f1, p, r, speaker: total.speaker.right / (total.speaker.of || 1) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = extract('learn-recall-model');
  if (dir) {
    const train = load(dir, 'train');
    const examples = train.map(examplesOf);
    const all = examples.flat();
    console.log(`learn-recall-model: ${all.length} candidates on train, ${all.filter((e) => e.label).length} of them in gold cues the rules miss`);
    const folds = [0, 1].map((k) => train.filter((_, i) => i % 2 === k));
    const fx = [0, 1].map((k) => examples.filter((_, i) => i % 2 === k).flat());
    const results = new Map<number | null, number[]>();
    for (const k of [0, 1]) {
      const model = fit(fx[1 - k]!, undefined, undefined, undefined, MIN_COUNT);
      for (const threshold of [null, ...THRESHOLDS]) {
        const r = evaluate(folds[k]!, threshold === null ? null : { ...model, threshold });
        (results.get(threshold) ?? results.set(threshold, []).get(threshold)!).push(r.f1);
        console.log(`  fold ${k} threshold ${threshold ?? 'none'}: content overlap F1 ${(100 * r.f1).toFixed(2)} (P ${(100 * r.p).toFixed(1)}, R ${(100 * r.r).toFixed(1)}), speaker ${(100 * r.speaker).toFixed(1)}`);
      }
    }
    const mean = (t: number | null) => results.get(t)!.reduce((s, x) => s + x, 0) / 2;
    const best = THRESHOLDS.reduce((a, b) => (mean(b) > mean(a) ? b : a));
    const model: CueModel = { ...fit(all, undefined, undefined, undefined, MIN_COUNT), threshold: best };
    const path = fileURLToPath(new URL('../../data/quotes/recall-model.json', import.meta.url));
    const comment = `Generated by bench/quotes/learn-recall-model.ts from PolNeAR train only: logistic-regression weights of PolNeAR mode's recall pass (src/annotate/quotes/recall-model.ts); threshold ${best} chosen by two-fold cross-validation inside train (mean content overlap F1 ${(100 * mean(best)).toFixed(2)} against ${(100 * mean(null)).toFixed(2)} without the pass). Regenerate rather than edit.`;
    const lines = Object.entries(model.weights).map(([f, v]) => `  ${JSON.stringify(f)}: ${v}`);
    writeFileSync(path, `{\n "_comment": ${JSON.stringify(comment)},\n "bias": ${model.bias},\n "threshold": ${model.threshold},\n "weights": {\n${lines.join(',\n')}\n }\n}\n`);
    console.log(`learn-recall-model: threshold ${best}, ${lines.length} weights written to ${path}`);
  }
}
