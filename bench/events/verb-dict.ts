import type { VerbBlock, VerbData } from '../../src/annotate/events/lexicon.js';

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into the shape of
 * data/events/verbs.json. Kept: one-word verbs with their irregular forms and codes, and the patterns
 * of each block as ordered word slots before and after the verb. Dropped: multi-word verbs (`+ASK_FOR`),
 * patterns with PETRARCH's special markers ($ source, % compound, ^ skip, = agent) whose meaning needs its
 * parse tree. Synsets (&FOOD) are expanded to their words.
 */
export function parseVerbDictionary(text: string): VerbData['blocks'] {
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split('\n').map((l) => l.replace(/#.*$/, '').trimEnd());
  const synsets = new Map<string, string[]>();
  const blocks: VerbBlock[] = [];
  let synset: string[] | undefined;
  let block: VerbBlock | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^&\S+$/.test(line)) {
      synset = [];
      synsets.set(line.toUpperCase(), synset);
      continue;
    }
    const header = /^---\s*(\S+)\s*\[([^\]]*)\]\s*---/.exec(line);
    if (header) {
      synset = undefined;
      block = { head: header[1]!.toLowerCase(), code: codeOf(header[2]!), verbs: {}, patterns: [] };
      blocks.push(block);
      continue;
    }
    if (synset && line.startsWith('+')) {
      synset.push(line.slice(1).replace(/_/g, ' ').trim().toLowerCase());
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const pattern = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(line);
      if (!pattern || /[$%^=]/.test(pattern[1]!)) continue;
      const [pre, post] = pattern[1]!.split('*');
      if (post === undefined) continue;
      block.patterns.push({ pre: slots(pre!, synsets), post: slots(post, synsets), code: codeOf(pattern[2]!) });
      continue;
    }
    const phrase = /^(\+?[A-Z][A-Z'+-]*(?:_\+?[A-Z][A-Z'-]*)+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (phrase) {
      addPhrase(block, phrase[1]!, (phrase[2] ?? '').split(/[\s,]+/).filter(Boolean), phrase[3]);
      continue;
    }
    const verb = /^([A-Z][A-Z'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!verb) continue;
    const lemma = verb[1]!.toLowerCase();
    const irregular = (verb[2] ?? '').split(/[\s,]+/).filter(Boolean).map((f) => f.toLowerCase());
    const forms = [...new Set([lemma, ...(irregular.length ? irregular : regularForms(lemma))])];
    block.verbs[lemma] = { forms, ...(verb[3] !== undefined ? { code: codeOf(verb[3]) } : {}) };
  }
  return blocks;
}

/**
 * A multi-word verb: "+CORDON_OFF {+CORDONED_OFF ...}", "WIRE_+TAP": words joined by "_", the verb marked
 * with "+" (the first word when none is). Stored with its forms as space-separated phrases and the verb's
 * place in them (`head`); regular forms of the verb word are made when the dictionary lists none.
 */
function addPhrase(block: VerbBlock, raw: string, listed: string[], code: string | undefined): void {
  const parse = (p: string) => {
    const words = p.replace(/^\+(?=[A-Z][^_]*_)/, '+').split('_');
    const head = Math.max(0, words.findIndex((w) => w.startsWith('+')));
    return { words: words.map((w) => w.replace(/^\+/, '').toLowerCase()), head };
  };
  const main = parse(raw);
  const forms = listed.length
    ? [main, ...listed.map(parse)]
    : [main, ...regularForms(main.words[main.head]!).map((f) => ({ words: main.words.map((w, i) => (i === main.head ? f : w)), head: main.head }))];
  block.verbs[main.words.join(' ')] = { forms: [...new Set(forms.map((f) => f.words.join(' ')))], head: main.head, ...(code !== undefined ? { code: codeOf(code) } : {}) };
}

/**
 * "---" and empty codes mean "no event". "042:043" is kept whole: the first code is the actor's action on the
 * target, the second the target's on the actor ("X met Y": X meets Y and Y meets X).
 */
function codeOf(raw: string): string | null {
  const [first, second] = raw.trim().split(':').map((c) => c.trim());
  const valid = (c: string | undefined) => !!c && /^\d{2,4}[A-Z]?$/.test(c);
  if (!valid(first)) return null;
  return valid(second) ? `${first}:${second}` : first!;
}

/** "(TO BORDER) {&FOOD AID}" → [["to"], ["border"], [...food words], ["aid"]]. */
function slots(part: string, synsets: ReadonlyMap<string, string[]>): string[][] {
  return part
    .replace(/[(){}]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.startsWith('&') ? (synsets.get(word.toUpperCase()) ?? []) : [word.replace(/_/g, ' ').trim().toLowerCase()]))
    .filter((alternatives) => alternatives.length > 0);
}

/** PETRARCH's regular inflection: -s, -ed, -ing with the usual spelling changes. */
export function regularForms(lemma: string): string[] {
  const forms: string[] = [];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
    // Short verbs ending consonant-vowel-consonant double it (stop → stopped); both spellings are kept.
    if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) forms.push(`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`);
  }
  return forms;
}
