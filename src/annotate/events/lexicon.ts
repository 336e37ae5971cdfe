import verbs from '../../../data/events/verbs.json' with { type: 'json' };
import nouns from '../../../data/events/nouns.json' with { type: 'json' };
import classes from '../../../data/events/classes.json' with { type: 'json' };
import overrides from '../../../data/events/verb-overrides.json' with { type: 'json' };

/** A PETRARCH pattern: word slots (each a list of alternatives, matched as word prefixes) around the verb. */
export interface VerbPattern {
  pre: string[][];
  post: string[][];
  /** CAMEO code, or null for "this phrase is no event". */
  code: string | null;
}

/** One block of the verb dictionary: verbs that share a default code and patterns. */
export interface VerbBlock {
  head: string;
  code: string | null;
  /** One-word verbs, and multi-word ones ("cordon off") whose forms are phrases with the verb at `head`. */
  verbs: Record<string, { forms: string[]; code?: string | null; head?: number }>;
  patterns: VerbPattern[];
}

/** The shape of data/events/verbs.json. */
export interface VerbData {
  source?: string;
  blocks: VerbBlock[];
}

export interface VerbEntry {
  lemma: string;
  /** The verb's own code, else its block's; null when the verb alone is no event. */
  code: string | null;
  block: VerbBlock;
}

export interface NounData {
  nouns: Record<string, NounEntry>;
  speech: string[];
  light: string[];
  notEvents: string[];
}

export interface NounEntry {
  code: string;
  /** "talks between X and Y" names both parties as actors. */
  between?: boolean;
}

export interface EventLexicon {
  /** Lower-case inflected form → verb. */
  verbs: Map<string, VerbEntry>;
  /** Multi-word verbs by their first word: the words of each form and where the verb stands in it. */
  phrases: Map<string, { words: string[]; head: number; entry: VerbEntry }[]>;
  nouns: Map<string, NounEntry>;
  /** Verbs of saying: a frame around another event ("…, officials said"), not an event of their own then. */
  speech: Set<string>;
  /** Verbs whose object noun carries the event, so that their subject is its actor ("Pakistan held talks"). */
  light: Set<string>;
  /** Verb forms that name no action in news prose ("according", "backed" in "India-backed"). */
  notEvents: Set<string>;
  /** CAMEO top-level code ("11") → its name. */
  classes: Record<string, string>;
}

/** Builds the lookup tables from dictionary data; the benchmark passes PETRARCH's validation dictionary here. */
export function buildLexicon(data: VerbData, nounData: NounData = nouns, extra: Record<string, { code: string | null; forms?: string[] }> = {}): EventLexicon {
  const table = new Map<string, VerbEntry>();
  // Overrides win over the dictionary: each becomes a one-verb block without patterns of its own unless
  // the dictionary knows the verb, whose patterns are kept.
  const known = new Map(data.blocks.flatMap((b) => Object.entries(b.verbs).map(([lemma, v]) => [lemma, { block: b, forms: v.forms }] as const)));
  for (const [lemma, o] of Object.entries(extra)) {
    if (lemma.startsWith('_')) continue;
    const k = known.get(lemma);
    const block: VerbBlock = k?.block ?? { head: lemma, code: o.code, verbs: {}, patterns: [] };
    for (const form of o.forms ?? k?.forms ?? [lemma]) table.set(form, { lemma, code: o.code, block });
  }
  const phrases = new Map<string, { words: string[]; head: number; entry: VerbEntry }[]>();
  for (const block of data.blocks) {
    for (const [lemma, verb] of Object.entries(block.verbs)) {
      const entry: VerbEntry = { lemma, code: verb.code === undefined ? block.code : verb.code, block };
      if (lemma.includes(' ')) {
        for (const form of verb.forms) {
          const words = form.split(' ');
          phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), { words, head: verb.head ?? 0, entry }]);
        }
        continue;
      }
      // The first block to list a form keeps it: PETRARCH's dictionaries list a verb's main sense first.
      for (const form of verb.forms) if (!table.has(form)) table.set(form, entry);
    }
  }
  const nounTable = new Map(Object.entries(nounData.nouns).filter(([k]) => !k.startsWith('_')));
  return { verbs: table, phrases, nouns: nounTable, speech: new Set(nounData.speech), light: new Set(nounData.light), notEvents: new Set(nounData.notEvents), classes };
}

let cached: EventLexicon | undefined;

/** The product lexicon: data/events/verbs.json (from CAMEO.2.0, see data/events/README.md) and nouns.json. */
export function loadEventLexicon(): EventLexicon {
  cached ??= buildLexicon(verbs as unknown as VerbData, nouns, overrides.verbs as Record<string, { code: string | null; forms?: string[] }>);
  return cached;
}

/** "1123" → "11"; codes are CAMEO's, whose first two digits are the top-level class. */
export function topLevel(code: string): string {
  return code.slice(0, 2);
}
