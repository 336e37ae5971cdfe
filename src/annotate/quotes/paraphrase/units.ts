import { createRequire } from 'node:module';
import stopwords from '../../../../data/quotes/stopwords.json' with { type: 'json' };
import values from '../../../../data/paraphrase/values.json' with { type: 'json' };
import type { Senses } from './wordnet.js';

// wink-lemmatizer knows the irregular forms ("brought" → bring, "fought" → fight) that WordNet's index
// does not list and that suffix rules get wrong; it ships no types.
const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as Record<'verb' | 'noun' | 'adjective', (w: string) => string>;

const STOP = new Set(stopwords.words);
const NEGATORS = new Set(values.negators);


/** A content word, or a WordNet phrase ("bring about", "a lot", "step down"), with what it can mean. */
export interface Unit {
  /** The surface word cut to a crude stem, as the lexical score compares words. */
  stem: string;
  lemmas: string[];
  /** The stem and the lemmas, each once. */
  forms: string[];
  synsets: Set<number>;
  /** Its clause holds a negator ("not", "no", "never", "n't"...). */
  negated: boolean;
}

export function stem(w: string): string {
  return w.replace(/(ing|ed|es|s)$/u, '').slice(0, 7);
}

function lemmasOf(word: string): string[] {
  return [...new Set([word, lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)])];
}

function unit(word: string, senses: Senses | null): Unit {
  const lemmas = lemmasOf(word);
  const synsets = new Set<number>();
  if (senses) for (const l of lemmas) for (const s of senses.of(l) ?? []) synsets.add(s);
  return { stem: stem(word), lemmas, forms: [...new Set([stem(word), ...lemmas])], synsets, negated: false };
}

/**
 * The units of one sentence: WordNet phrases first, longest first (their function words count: "bring
 * about" is not "bring"), then the content words left. A phrase made of stop words only ("at all") is
 * dropped like its words.
 */
export function units(sentence: string, senses: Senses | null): Unit[] {
  // clause marks become a token of their own: a negation does not reach past them
  const words = sentence.toLowerCase().replace(/n['’]t\b/gu, ' not').replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+|[,;:()–—]/gu) ?? [];
  const out: Unit[] = [];
  // a clause ends at a comma, semicolon, colon, dash or bracket, or at "and" / "but"
  let clauseStart = 0;
  let denied = false;
  const close = () => {
    for (let k = clauseStart; k < out.length; k++) out[k]!.negated = denied;
    clauseStart = out.length;
    denied = false;
  };
  const push = (u: Unit) => out.push(u);
  for (let i = 0; i < words.length; ) {
    // "failed" and "stopped" deny what follows and are words of their own; "not" is a stop word
    if (NEGATORS.has(words[i]!)) denied = true;
    if (!/[\p{L}\p{N}]/u.test(words[i]!) || words[i] === 'and' || words[i] === 'but') {
      close();
      i++;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(senses?.longest ?? 1, words.length - i); n >= 2 && senses; n--) {
      const span = words.slice(i, i + n);
      if (span.every((w) => STOP.has(w))) continue;
      // inflection sits on the first word of a verb phrase ("brought about") or the last of a noun phrase
      const tries = [span.join('_'), [lemmatizer.verb(span[0]!), ...span.slice(1)].join('_'), [...span.slice(0, -1), lemmatizer.noun(span[n - 1]!)].join('_')];
      const found = tries.find((t) => senses.of(t));
      if (!found) continue;
      push({ stem: found, lemmas: [found], forms: [found], synsets: new Set(senses.of(found)), negated: false });
      taken = n;
      break;
    }
    if (taken) {
      i += taken;
      continue;
    }
    const w = words[i++]!;
    if (!STOP.has(w)) push(unit(w, senses));
  }
  close();
  return out;
}

/** 1 for the same word or lemma, `synonym` for a shared WordNet sense, else 0. */
export function match(a: Unit, b: Unit, synonym: number): number {
  if (a.stem === b.stem || a.lemmas.some((l) => b.lemmas.includes(l))) return 1;
  for (const s of a.synsets) if (b.synsets.has(s)) return synonym;
  return 0;
}
