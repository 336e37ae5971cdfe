import values from '../../../../data/paraphrase/values.json' with { type: 'json' };
import { match, units, type Unit } from './units.js';
import type { Senses } from './wordnet.js';

/** One sentence of a quote, read once for every comparison it takes part in. */
export interface SentenceFeatures {
  units: Unit[];
  said: Commitments;
  /** Where each stem or lemma occurs among the units, and each synset: a comparison looks words up. */
  forms: Map<string, number[]>;
  synsets: Map<number, number[]>;
}

/**
 * Longer sentences are compared on their words alone, and their negation over the whole sentence: a
 * 20,000-word "sentence" (a quote with no full stop) must not cost its length squared.
 */
export const MAX_UNITS = 200;
const NONE: readonly number[] = [];

export function sentenceFeatures(sentence: string, senses: Senses | null): SentenceFeatures {
  const us = units(sentence, senses);
  const forms = new Map<string, number[]>();
  const synsets = new Map<number, number[]>();
  if (us.length <= MAX_UNITS) {
    us.forEach((u, k) => {
      for (const f of u.forms) (forms.get(f) ?? forms.set(f, []).get(f)!).push(k);
      for (const id of u.synsets) (synsets.get(id) ?? synsets.set(id, []).get(id)!).push(k);
    });
  }
  return { units: us, said: commitments(sentence), forms, synsets };
}

/**
 * Dice over words where a word's match in the other sentence may be partial: 1 for the same word or lemma,
 * `synonym` for a WordNet synonym ("postpone" / "defer", "a lot" / "much"). Each word counts its best match once.
 */
export function softDice(a: SentenceFeatures, b: SentenceFeatures, synonym: number): number {
  if (!a.units.length || !b.units.length || a.units.length > MAX_UNITS || b.units.length > MAX_UNITS) return 0;
  // each unit of a looks its forms and synsets up in b: the best match of each row and of each column
  const cols = new Float64Array(b.units.length);
  let sum = 0;
  for (const x of a.units) {
    let row = 0;
    for (const f of x.forms) {
      for (const j of b.forms.get(f) ?? NONE) {
        row = 1;
        cols[j] = 1;
      }
    }
    for (const id of x.synsets) {
      for (const j of b.synsets.get(id) ?? NONE) {
        if (row < synonym) row = synonym;
        if (cols[j]! < synonym) cols[j] = synonym;
      }
    }
    sum += row;
  }
  for (const c of cols) sum += c;
  return sum / (a.units.length + b.units.length);
}

/**
 * Whether two sentences could render one statement at all: a number, day or month may be left out but never
 * changed, and a denial is not its claim ("we will raise rates" / "we will not raise rates"). Negation is
 * compared over the clauses that share a word with the other sentence (`clause`, the default: "we should
 * have tested it, and I am sorry we did not" still renders "we should have checked it"), over the whole
 * sentence, or not at all.
 */
export function compatible(a: SentenceFeatures, b: SentenceFeatures, negation: 'clause' | 'sentence' | 'off' = 'clause'): boolean {
  if (!valuesAgree(a.said, b.said)) return false;
  const long = a.units.length > MAX_UNITS || b.units.length > MAX_UNITS;
  if (negation === 'sentence' || (negation === 'clause' && long)) return a.said.negated === b.said.negated;
  return negation === 'off' || deniesShared(a.units, b.units) === deniesShared(b.units, a.units);
}

/** A clause of `a` holds a negator and a word that `b` shares: "will not raise rates" against "will raise rates". */
function deniesShared(a: readonly Unit[], b: readonly Unit[]): boolean {
  return a.some((x) => x.negated && b.some((y) => match(x, y, 1) > 0));
}

/**
 * Whether the words the two sentences do not share include a pair of antonyms ("rose" / "fell", "well" /
 * "badly", "hardest" / "easy"): then one sentence says the opposite of the other. Shared words are left out
 * so that "rather early than too late" said both ways is no contrast.
 */
export function contrasted(a: SentenceFeatures, b: SentenceFeatures, senses: Senses): boolean {
  if (a.units.length > MAX_UNITS || b.units.length > MAX_UNITS) return false;
  const left = (xs: readonly Unit[], ys: readonly Unit[]) => xs.filter((x) => ys.every((y) => match(x, y, 1) === 0));
  const onlyA = left(a.units, b.units);
  const onlyB = left(b.units, a.units);
  for (const x of onlyA) for (const y of onlyB) for (const s of x.synsets) for (const t of y.synsets) if (senses.opposed(s, t)) return true;
  return false;
}

const SPELLED = new Map(Object.entries(values.numbers as Record<string, number>));
const NAMES = new Set(values.names);
const NEGATORS = new Set(values.negators);

/** What a sentence commits to besides its words: the numbers, days and months it names, and whether it denies. */
export interface Commitments {
  values: Set<string>;
  negated: boolean;
}

export function commitments(sentence: string): Commitments {
  const found = new Set<string>();
  // "12,000" and "4.5" are one number each; "3-1" is two
  for (const m of sentence.matchAll(/\d+(?:[.,]\d+)*/gu)) found.add(String(Number(m[0].replace(/,(?=\d{3}\b)/gu, ''))));
  const words = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (const w of words) {
    const n = SPELLED.get(w);
    if (n !== undefined) found.add(String(n));
    else if (NAMES.has(w)) found.add(w);
  }
  const negated = words.some((w) => NEGATORS.has(w)) || /n['’]t\b/iu.test(sentence);
  return { values: found, negated };
}

/**
 * Two renderings of one statement may leave a number out ("68 percent, the highest in two decades" /
 * "68 percent"), never change one ("1,200 jobs" / "200 jobs"): the values of one must all be among the other's.
 */
export function valuesAgree(a: Commitments, b: Commitments): boolean {
  const [small, large] = a.values.size <= b.values.size ? [a.values, b.values] : [b.values, a.values];
  for (const v of small) if (!large.has(v)) return false;
  return true;
}
