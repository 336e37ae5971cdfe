import type { Span } from '../../core/span.js';
import { bucket, cueProbability, lemmatizeVerb, type CueModel } from './cue-model.js';
import { ruleOf } from './filter-model.js';
import type { QuoteAttrs } from './quotes.js';

/**
 * PolNeAR mode's segmentation pass: whether two neighbouring attributions of a paragraph are one as PolNeAR
 * marks them. Its annotators take "Trump said Iowa's caucus system is “complex” and he feels he can win" as
 * one attribution whose content holds the second, and a run of quotes as one statement, where the rules read
 * two; yet "X said A, while Y argued B" is two. A logistic regression over the two attributions' rules, cues,
 * sources and what stands between them, fitted on PolNeAR train by bench/quotes/learn-merge-model.ts
 * (data/quotes/merge-model.json), joins a pair rated at or above its threshold (two-fold cross-validated
 * inside train): the first keeps its cue and source, its content runs over the second's.
 */

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'his', 'her', 'their']);

function sourceKind(a: QuoteAttrs): string {
  const m = (a.mentionText ?? '').toLowerCase();
  if (!m) return 'none';
  if (PRONOUNS.has(m)) return `pronoun`;
  return a.anonymous ? 'anonymous' : 'name';
}

/** The features of the pair (a, b), a starting first, in `text`. */
export function mergeFeatures(text: string, a: Span, b: Span): string[] {
  const x = a.attrs as unknown as QuoteAttrs;
  const y = b.attrs as unknown as QuoteAttrs;
  const gap = b.start > a.end ? text.slice(a.end, b.start) : '';
  const nested = b.start < a.end ? (b.end <= a.end ? 'inside' : 'overlap') : 'apart';
  const cueInA = y.cue.start >= a.start && y.cue.end <= a.end;
  const sameSource = !!x.mentionText && x.mentionText === y.mentionText;
  const sameSpeaker = !!x.speakerText && x.speakerText === y.speakerText;
  const kinds = `${a.label?.[0]}${b.label?.[0]}`;
  const lemmaB = lemmatizeVerb((y.cueText.toLowerCase().split(/\s+/).pop() ?? ''));
  const between = gap.replace(/[\p{L}\p{N}]+/gu, 'w').replace(/\s+/g, ' ').replace(/(?:w ?)+/g, 'w ').trim().slice(0, 12);
  return [
    `kinds=${kinds}`,
    `nested=${nested}`,
    `kinds+nested=${kinds}+${nested}`,
    `cueInA=${cueInA}`,
    `same=${sameSource}+${sameSpeaker}`,
    `kinds+same=${kinds}+${sameSource || sameSpeaker}`,
    `sources=${sourceKind(x)}+${sourceKind(y)}`,
    `ruleA=${ruleOf(x.evidence)}`,
    `ruleB=${ruleOf(y.evidence)}`,
    `lemmaB=${lemmaB}`,
    `gap=${bucket(gap.length, [0, 2, 10, 40, 120])}`,
    `between=${between}`,
    `sentenceEnd=${/[.!?]["”’]?\s/.test(gap)}`,
    `cueB+same=${lemmaB}+${sameSource || sameSpeaker}`,
  ];
}

/**
 * Joins the neighbouring attributions of a paragraph that the model rates as one, left to right; partial
 * quotes stay as they are. Returns the spans in their order, ids not yet renumbered.
 */
export function merged(text: string, spans: Span[], model: CueModel | null): Span[] {
  if (!model) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    const attrs = s.attrs as unknown as QuoteAttrs;
    // the nearest earlier whole attribution, when no line break stands between them
    const prev = [...out].reverse().find((o) => !(o.attrs as unknown as QuoteAttrs).partial);
    if (!attrs.partial && prev && !text.slice(Math.min(prev.end, s.start), s.start).includes('\n') && cueProbability(model, mergeFeatures(text, prev, s)) >= model.threshold) {
      const p = prev.attrs as unknown as QuoteAttrs;
      // a second attribution inside the first's content adds nothing to its extent
      const parts = s.end <= prev.end ? p.parts : [...(p.parts ?? [{ start: prev.start, end: prev.end }]), ...(attrs.parts ?? [{ start: s.start, end: s.end }])];
      const joined = { ...prev, end: Math.max(prev.end, s.end), attrs: { ...p, ...(parts ? { parts } : {}), evidence: `${p.evidence}; joined with the next attribution as one (merge model)` } as unknown as Record<string, unknown> };
      out[out.indexOf(prev)] = joined;
      continue;
    }
    out.push(s);
  }
  return out;
}
