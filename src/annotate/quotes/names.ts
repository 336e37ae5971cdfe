import type { Doc } from '../../core/doc.js';
import type { Lexicon } from './lexicon.js';
import { isCapitalised } from './source.js';
import { tokenize, type Token } from './text.js';
import { words } from './words.js';

/** A name in the text that a pronoun or role noun may point back to. */
export interface Mention {
  start: number;
  end: number;
  label: 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';
  entity?: string;
}

/**
 * Name mentions from the `entities` layer when a stage made one; otherwise runs of capitalised words, typed
 * by the words around them: a person role just before a name makes it a PERSON ("Information Minister
 * Ilse Varga"), an institution noun inside it an ORG ("Foreign Office"), and a later mention sharing
 * a PERSON's last word is that person ("Varga").
 */
export function mentionsOf(doc: Doc, lex: Lexicon): Mention[] {
  const guessed = guessNames(tokenize(doc.text), lex);
  if (!doc.hasLayer('entities')) return guessed;
  const tagged: Mention[] = doc.layer('entities').map((s) => {
    const label = (['PERSON', 'ORG', 'PLACE'].includes(s.label ?? '') ? s.label : 'OTHER') as Mention['label'];
    const entity = typeof s.attrs?.entity === 'string' ? s.attrs.entity : undefined;
    return { start: s.start, end: s.end, label, ...(entity ? { entity } : {}) };
  });
  // the tagger's mentions win; a guessed name it missed still serves as an antecedent
  const free = guessed.filter((g) => !tagged.some((t) => t.start < g.end && g.start < t.end));
  return [...tagged, ...free];
}

const SKIP_START = words.notNameStarts;

/** "Minister for Information and Broadcasting", "Gov. Jane Roe": words that join capitalised words into one name. */
function joins(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const after = tokens[k + 1];
  if (!after || !isCapitalised(after)) return false;
  if (t.text === '.') return lex.abbreviations.has(tokens[k - 1]!.lower);
  return t.lower === 'for' || t.lower === 'of' || t.lower === 'and';
}

export function guessNames(tokens: Token[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  // a capitalised word that the text also writes in lower case ("As", "Now", "Meanwhile") is not a name
  const lowered = new Set(tokens.filter((t) => t.word && !isCapitalised(t)).map((t) => t.lower));
  const persons = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && (isCapitalised(tokens[j + 1]!) || joins(tokens, j + 1, lex))) j++;
    let from = i;
    let person = false;
    while (from <= j && (SKIP_START.has(tokens[from]!.lower) || lex.modifiers.has(tokens[from]!.lower) || lex.personRoles.has(tokens[from]!.lower) || !tokens[from]!.word || !isCapitalised(tokens[from]!))) {
      if (lex.personRoles.has(tokens[from]!.lower)) person = true;
      from++;
    }
    if (from === j && lowered.has(tokens[from]!.lower)) from = j + 1;
    if (from <= j) {
      const before = tokens[i - 1];
      if (before && lex.personRoles.has(before.lower)) person = true;
      const words = tokens.slice(from, j + 1).map((t) => t.lower);
      const org = words.some((w) => lex.orgRoles.has(w)) || /^\p{Lu}{2,}$/u.test(tokens[from]!.text);
      const label = person && !org ? 'PERSON' : org ? 'ORG' : persons.has(words[words.length - 1]!) ? 'PERSON' : 'OTHER';
      if (label === 'PERSON') persons.add(words[words.length - 1]!);
      out.push({ start: tokens[from]!.start, end: tokens[j]!.end, label });
    }
    i = j;
  }
  return out;
}
