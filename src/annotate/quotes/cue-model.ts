import { createRequire } from 'node:module';
import verbClasses from '../../../data/quotes/verb-classes.json' with { type: 'json' };
import type { Lexicon } from './lexicon.js';
import { isCapitalised, skipBack, sourceEndingAt, verbish } from './source.js';
import type { Token } from './text.js';
import { words } from './words.js';

// wink-lemmatizer knows irregular forms ("made" → make) that suffix rules get wrong; it ships no types.
export const lemmatizeVerb = (createRequire(import.meta.url)('wink-lemmatizer') as { verb: (w: string) => string }).verb;

/**
 * A logistic-regression cue classifier for PolNeAR mode, learned from PolNeAR train by
 * bench/quotes/learn-cue-model.ts (weights in data/quotes/cue-model.json). PolNeAR's cues are a long tail
 * of ordinary verbs ("signed", "recapitulated") that are cues only in some contexts (after a source, before
 * "that", a colon or a clause); no word list can hold them, and a verb after a pronoun is a cue only about
 * one time in ten, so the decision is left to context features weighed on train.
 */
export interface CueModel {
  bias: number;
  /** A candidate whose probability reaches this is read as a cue (chosen by two-fold cross-validation on train). */
  threshold: number;
  weights: Record<string, number>;
}

/** WordNet lexicographer file of each verb lemma's most frequent sense (29 body … 43 weather). */
const CLASSES = verbClasses.classes as Record<string, number>;

/** The WordNet verb class of a lemma, or -1 when WordNet lists it as no verb. */
export function verbClass(lemma: string): number {
  return CLASSES[lemma] ?? -1;
}
const WH = new Set(['what', 'who', 'why', 'how', 'whether', 'when', 'where', 'which', 'if']);
const AUXILIARIES = new Set([...words.finiteVerbs, 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'to', 'not', "n't"]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const QUOTE_MARKS = /^[“"‘'«]$/u;

/** What kind of token follows the candidate: the slot a cue's content opens with. */
export function slot(t: Token | undefined, lex: Lexicon): string {
  if (!t) return 'end';
  if (QUOTE_MARKS.test(t.text)) return 'quote';
  if (!t.word) return t.text === ':' ? 'colon' : t.text === ',' ? 'comma' : /[.!?]/.test(t.text) ? 'stop' : 'punct';
  if (t.lower === 'that' || t.lower === 'to' || t.lower === 'of' || t.lower === 'for' || t.lower === 'about' || t.lower === 'on') return t.lower;
  if (WH.has(t.lower)) return 'wh';
  if (SUBJECT_PRONOUNS.has(t.lower)) return 'subject';
  if (lex.determiners.has(t.lower)) return 'det';
  if (words.prepositions.has(t.lower)) return 'prep';
  if (isCapitalised(t)) return 'name';
  if (/^\d/.test(t.text)) return 'number';
  return 'word';
}

/** What kind of source phrase ends before the candidate. */
function sourceKind(tokens: Token[], from: number, to: number, lex: Lexicon): string {
  const head = tokens[to - 1]!;
  if (SUBJECT_PRONOUNS.has(head.lower)) return `pronoun:${head.lower}`;
  if (lex.personPronouns.has(head.lower) || lex.groupPronouns.has(head.lower)) return 'pronoun';
  if (lex.anonymousHeads.has(head.lower)) return 'anonymous';
  if (lex.personRoles.has(head.lower)) return 'role';
  if (lex.orgRoles.has(head.lower) || lex.groupHeads.has(head.lower)) return 'group';
  if (/['’]s$/u.test(head.lower)) return 'possessive';
  return to - from > 1 ? 'name' : 'name1';
}

/** How far the candidate's complement runs before punctuation, and whether it holds a clause of its own. */
function complement(tokens: Token[], i: number, lex: Lexicon): [string, boolean] {
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.word) k++;
  const n = k - i - 1;
  // a subject then a finite verb within the next few words: "… that he would …", "… the plan was …"
  let clause = false;
  for (let j = i + 1; j < Math.min(k, i + 6) && !clause; j++) clause = j > i + 1 && verbish(tokens[j]!, lex) && tokens[j - 1]!.word;
  return [n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '>10', clause];
}

function inflection(form: string): string {
  return form.endsWith('ing') ? 'ing' : form.endsWith('ed') ? 'ed' : /[^s]s$/.test(form) ? 's' : 'bare';
}

const CONJOINING = new Set(['and', 'but', ',', 'or']);

/**
 * The features of a word as a possible cue, or null when it is no candidate: a lower-case word whose lemma is
 * a WordNet verb, standing after a source phrase (with auxiliaries and adverbs between allowed), or after
 * "and", "but" or a comma when a cue stands earlier in the sentence ("Roe complained about X but defended Y":
 * the verbs share its subject). `afterCue`: whether one does.
 */
export function cueFeatures(tokens: Token[], i: number, lex: Lexicon, afterCue = false): string[] | null {
  const t = tokens[i]!;
  if (i === 0 || !t.word || t.text !== t.lower || t.lower.length < 3 || words.beForms.has(t.lower) || AUXILIARIES.has(t.lower) || words.prepositions.has(t.lower) || lex.determiners.has(t.lower)) return null;
  // the source test first: most words have none before them, and lemmatising is the dearer step
  const b = skipBack(tokens, i - 1, lex);
  if (b < 0) return null;
  const source = sourceEndingAt(tokens, b, lex);
  const conjoined = !source && afterCue && CONJOINING.has(tokens[b]!.lower);
  if (!source && !conjoined) return null;
  const lemma = lemmatizeVerb(t.lower);
  const cls = CLASSES[lemma];
  if (cls === undefined) return null;
  const next = slot(tokens[i + 1], lex);
  const after = slot(tokens[i + 2], lex);
  const kind = source ? sourceKind(tokens, source.from, source.to, lex) : `conjoined:${tokens[b]!.lower}`;
  const between = tokens.slice(b + 1, i).map((x) => (AUXILIARIES.has(x.lower) ? x.lower : 'adv'));
  const form = inflection(t.lower);
  const [reach, clause] = complement(tokens, i, lex);
  return [
    `reach=${reach}`,
    `clause=${clause}`,
    `class+clause=${cls}+${clause}`,
    `position=${i < 4 ? 'start' : i > tokens.length - 4 ? 'end' : 'middle'}`,
    `form=${t.lower}`,
    `lemma=${lemma}`,
    `class=${cls}`,
    `infl=${form}`,
    `next=${next}`,
    `next2=${next}+${after}`,
    `source=${kind}`,
    `between=${between.join('+') || 'none'}`,
    `class+next=${cls}+${next}`,
    `class+infl=${cls}+${form}`,
    `lemma+next=${lemma}+${next}`,
    `sourceStart=${!source ? 'none' : source.from === 0 ? 'first' : tokens[source.from - 1]!.word ? 'word' : tokens[source.from - 1]!.text}`,
  ];
}

/** A count as a feature value: the first of `edges` it does not exceed ("<=5"), or ">last". */
export function bucket(n: number, edges: number[]): string {
  const k = edges.findIndex((e) => n <= e);
  return k < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[k]}`;
}

/** The model's probability that a candidate with these features is a cue. */
export function cueProbability(model: CueModel, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether word `i` reads as a cue by the model (PolNeAR mode only: `lex.cueModel` is null otherwise). */
export function learnedCue(tokens: Token[], i: number, lex: Lexicon, afterCue = false): boolean {
  if (!lex.cueModel) return false;
  const features = cueFeatures(tokens, i, lex, afterCue);
  return features !== null && cueProbability(lex.cueModel, features) >= lex.cueModel.threshold;
}
