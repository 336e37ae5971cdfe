// Learns the PolNeAR-mode cue classifier (src/annotate/quotes/cue-model.ts) from PolNeAR TRAIN only (dev is never
// read) and writes its weights to data/quotes/cue-model.json. Candidates are the words the scorer would see: a
// WordNet verb in no cue list, after a source phrase (or after "and"/"but"/a comma behind an earlier cue); the label
// is whether it stands in the gold Cue of an attribution the stage without the model misses. Logistic
// regression (L2, AdaGrad); the threshold is chosen by two-fold cross-validation inside train on the end-to-end
// content overlap F1 of the quotes stage, then the model is fitted on all of train.
// Run: node --import tsx bench/quotes/verb-classes.ts && node --import tsx bench/quotes/learn-cue-model.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/core/doc.js';
import { cueFeatures, type CueModel } from '../../src/annotate/quotes/cue-model.js';
import { findCues } from '../../src/annotate/quotes/cues.js';
import { lexicon } from '../../src/annotate/quotes/lexicon.js';
import { outermost, pairQuotes } from '../../src/annotate/quotes/marks.js';
import { annotateQuotes, type QuoteAttrs } from '../../src/annotate/quotes/quotes.js';
import { sentencesOf, tokenize } from '../../src/annotate/quotes/text.js';
import { extract, load, type Item } from './polnear-data.js';
import { add, emptyScore, match, prf, scoreDoc, scoredContent, type Attribution } from './score.js';

export interface Example { features: string[]; label: boolean }

/**
 * L2 strength: 1e-3, 1e-2 and 3e-2 were tried on one half of train, scored on the other, and held-out precision
 * at equal recall was no better. The number of passes was not tuned.
 */
export const L2 = 1e-4;
export const EPOCHS = 15;
export const THRESHOLDS = [0.2, 0.25, 0.3, 0.4, 0.5, 0.6];
/** A feature seen on fewer candidates than this gets no weight: a word met once or twice would be memorised. */
export const MIN_COUNT = 3;

/**
 * The candidates of one article with their labels: a positive is a word inside the gold cue of an attribution
 * whose content the stage without the model misses (a cue of an attribution already found adds nothing).
 */
export function examplesOf(item: Item): Example[] {
  const lex = lexicon(true, { cueModel: null, recallModel: null, filterModel: null, mergeModel: null });
  const text = item.text;
  const doc = new Doc({ id: item.name, source: item.name, text });
  const quoted = outermost(pairQuotes(text)).map((q) => ({ start: q.open, end: q.close ?? q.end }));
  const found = new Set(match(text, predictions(item, null).map((p) => p.content), item.gold.map((g) => g.content), false).map(([, j]) => j));
  const cues = item.gold.flatMap((g, j) => (g.cue && !found.has(j) ? [g.cue] : []));
  const out: Example[] = [];
  for (const sentence of sentencesOf(doc, lex)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    // the listed cues of the sentence, as the stage finds them (the scorer sees whether one stands before)
    const first = findCues(tokens, lex, quoted)[0]?.index ?? Infinity;
    tokens.forEach((t, i) => {
      if (!t.word || lex.cues.has(t.lower) || quoted.some((q) => q.start <= t.start && t.start < q.end)) return;
      const features = cueFeatures(tokens, i, lex, first < i);
      if (features) out.push({ features, label: cues.some((c) => c.start <= t.start && t.start < c.end) });
    });
  }
  return out;
}

/** Fits logistic regression by AdaGrad with L2; deterministic (examples in their given order). */
export function fit(examples: Example[], l2 = L2, epochs = EPOCHS, rate = 0.2, minCount = MIN_COUNT): Omit<CueModel, 'threshold'> {
  const seen = new Map<string, number>();
  for (const { features } of examples) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
  examples = examples.map(({ features, label }) => ({ features: features.filter((f) => seen.get(f)! >= minCount), label }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let b2 = 1e-8;
  for (let e = 0; e < epochs; e++) {
    for (const { features, label } of examples) {
      let z = bias;
      for (const f of features) z += w.get(f) ?? 0;
      const grad = 1 / (1 + Math.exp(-z)) - (label ? 1 : 0);
      b2 += grad * grad;
      bias -= (rate * grad) / Math.sqrt(b2);
      for (const f of features) {
        const wf = w.get(f) ?? 0;
        const gf = grad + l2 * wf;
        const acc = (g2.get(f) ?? 1e-8) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (rate * gf) / Math.sqrt(acc));
      }
    }
  }
  // weights this small change no decision; leaving them out keeps the data file short
  const weights = Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.01).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, v]) => [f, Math.round(v * 1000) / 1000]));
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** The stage's attributions in PolNeAR mode with a given cue model, as the PolNeAR bench scores them. */
function predictions(item: Item, cueModel: CueModel | null): Attribution[] {
  const spans = annotateQuotes(new Doc({ id: item.name, source: item.name, text: item.text }), { attitudes: true, cueModel, recallModel: null, filterModel: null, mergeModel: null }).filter((s) => !(s.attrs as unknown as QuoteAttrs).partial);
  return spans.map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    return { source: a.mention, cue: a.cue, content: scoredContent(item.text, s) };
  });
}

/** Content overlap F1 and speaker accuracy of the stage in PolNeAR mode with a given cue model. */
export function evaluate(items: Item[], cueModel: CueModel | null): { f1: number; p: number; r: number; speaker: number } {
  const total = emptyScore();
  for (const item of items) add(total, scoreDoc(item.text, predictions(item, cueModel), item.gold));
  const { f1, p, r } = prf(total.overlap.content);
  return { f1, p, r, speaker: total.speaker.right / (total.speaker.of || 1) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = extract('learn-cue-model');
  if (dir) {
    const train = load(dir, 'train');
    const examples = train.map(examplesOf);
    const folds = [0, 1].map((k) => train.filter((_, i) => i % 2 === k));
    const fx = [0, 1].map((k) => examples.filter((_, i) => i % 2 === k).flat());
    console.log(`learn-cue-model: ${examples.flat().length} candidates on train, ${examples.flat().filter((e) => e.label).length} of them gold cues`);
    // two-fold cross-validation: fit on one half, run the stage on the other, sum the counts over both halves
    const results = new Map<number | null, { f1: number; speaker: number }[]>();
    for (const k of [0, 1]) {
      const model = fit(fx[1 - k]!);
      for (const threshold of [null, ...THRESHOLDS]) {
        const r = evaluate(folds[k]!, threshold === null ? null : { ...model, threshold });
        (results.get(threshold) ?? results.set(threshold, []).get(threshold)!).push(r);
        console.log(`  fold ${k} threshold ${threshold ?? 'none'}: content overlap F1 ${(100 * r.f1).toFixed(1)} (P ${(100 * r.p).toFixed(1)}, R ${(100 * r.r).toFixed(1)}), speaker ${(100 * r.speaker).toFixed(1)}`);
      }
    }
    const mean = (t: number | null) => results.get(t)!.reduce((s, r) => s + r.f1, 0) / 2;
    const best = THRESHOLDS.reduce((a, b) => (mean(b) > mean(a) ? b : a));
    const model: CueModel = { ...fit(examples.flat()), threshold: best };
    const path = fileURLToPath(new URL('../../data/quotes/cue-model.json', import.meta.url));
    const comment = `Generated by bench/quotes/learn-cue-model.ts from PolNeAR train only: logistic-regression weights of the PolNeAR-mode cue classifier (src/annotate/quotes/cue-model.ts); threshold ${best} chosen by two-fold cross-validation inside train (mean content overlap F1 ${(100 * mean(best)).toFixed(1)} against ${(100 * mean(null)).toFixed(1)} without the model). Regenerate rather than edit.`;
    const lines = Object.entries(model.weights).map(([f, v]) => `  ${JSON.stringify(f)}: ${v}`);
    writeFileSync(path, `{\n "_comment": ${JSON.stringify(comment)},\n "bias": ${model.bias},\n "threshold": ${model.threshold},\n "weights": {\n${lines.join(',\n')}\n }\n}\n`);
    console.log(`learn-cue-model: threshold ${best}, ${lines.length} weights written to ${path}`);
  }
}
