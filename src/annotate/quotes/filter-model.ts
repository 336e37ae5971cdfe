import type { Span } from '../../core/span.js';
import { bucket, cueProbability, lemmatizeVerb, verbClass, type CueModel } from './cue-model.js';
import type { QuoteAttrs } from './quotes.js';

/**
 * PolNeAR mode's last learned pass: how likely each attribution the rules and the recall pass found is one
 * PolNeAR marks. Every rule was kept because it gains on train as a whole, yet some of its readings are
 * mostly wrong ("I said" in a memoir excerpt, "support" after a poll figure, a quote with no cue in a
 * headline); a logistic regression over the rule that fired, the cue, the source and the content's shape,
 * fitted on PolNeAR train by bench/quotes/learn-filter-model.ts (data/quotes/filter-model.json), drops an
 * attribution rated below the model's threshold (two-fold cross-validated inside train).
 */

/** The rule that fired, without the words it quotes: `cue "said" before …` → `cue "_" before …`. */
export function ruleOf(evidence: string): string {
  return evidence.split(';')[0]!.replace(/"[^"]*"/g, '"_"').replace(/\(recall model, p [\d.]+\)/, '(recall model)').replace(/\d+/g, 'N');
}

/** How the speaker was resolved: the clause after the rule in the evidence, without names and offsets. */
function resolution(evidence: string): string {
  const rest = evidence.split(';')[1] ?? '';
  return rest.replace(/"[^"]*"/g, '_').replace(/ at \d+/g, '').replace(/\d+/g, 'N').trim().slice(0, 40);
}

/** How many line breaks stand before offset `at`, counted up to `cap` (the feature tells only the first few apart). */
function linesBefore(text: string, at: number, cap: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < at && n < cap; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** The features of one attribution (a span of the quotes layer) in `text`, beside the others of its document. */
export function filterFeatures(text: string, span: Span, all: readonly Span[]): string[] {
  const a = span.attrs as unknown as QuoteAttrs;
  const rule = ruleOf(a.evidence);
  const cue = a.cueText.toLowerCase().replace(/\s+/g, ' ');
  const head = cue.split(' ').pop() ?? cue;
  const lemma = lemmatizeVerb(head);
  const source = (a.mentionText ?? '').toLowerCase();
  const sourceHead = source ? source.split(/\s+/).pop()! : '∅';
  const content = text.slice(span.start, span.end);
  const words = content.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
  const lineStart = text.lastIndexOf('\n', span.start) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const overlapping = all.filter((o) => o !== span && o.start < span.end && span.start < o.end).length;
  const kind = span.label ?? '';
  return [
    `rule=${kind} ${rule}`,
    `resolved=${resolution(a.evidence)}`,
    `cue=${cue}`,
    `lemma=${lemma}`,
    `cls=${verbClass(lemma)}`,
    `kind+lemma=${kind}+${lemma}`,
    `source=${sourceHead}`,
    `source+kind=${sourceHead}+${kind}`,
    `anonymous=${a.anonymous}`,
    `named=${a.speaker !== null}`,
    `words=${bucket(words.length, [1, 2, 4, 8, 16, 32])}`,
    `first=${first}`,
    `marks=${/["“”]/.test(content)}`,
    `lineWords=${bucket(line.split(/\s+/).length, [6, 12, 25, 50])}`,
    `paragraph=${bucket(linesBefore(text, span.start, 4) + 1, [1, 2, 4])}`,
    `overlapping=${Math.min(overlapping, 2)}`,
    `unclosed=${a.unclosed === true}`,
    `parts=${a.parts ? a.parts.length : 1}`,
  ];
}

/** The attributions the filter keeps (all of them when there is no model); partial quotes are never dropped. */
export function filtered(text: string, spans: Span[], model: CueModel | null): Span[] {
  if (!model) return spans;
  return spans.filter((s) => (s.attrs as unknown as QuoteAttrs).partial || cueProbability(model, filterFeatures(text, s, spans)) >= model.threshold);
}
