/**
 * Names in a headline. A headline in title case ("Beatles' Apple Corps Sues Apple Computer") or a line in
 * capitals says nothing by its capitals, so detectMentions trusts only the gazetteer there; but the names
 * the article's running text found are names in its headline too, and keep the type the text gave them.
 */
import { mention } from './mention.js';
import type { EntityType, Mention } from './mentions.js';
import { fold, isCapitalised } from './normalise.js';
import type { Word } from './words.js';

/** Set by detectMentions when a sentence reads as a headline; `known` holds the running text's names. */
export interface Headline {
  shouting?: boolean;
  known?: KnownNames;
}

/** A name the running text of a document found: how it was typed there. */
export interface KnownName {
  type: EntityType;
  form: Mention['form'];
  gazetteer?: string;
}

// Longest name looked for, in words.
const LONGEST = 6;

/** The names of running text by folded form, and the folded first words of those names. */
export interface KnownNames {
  names: Map<string, KnownName>;
  firstWords: Set<string>;
}

/** The names of running text; role words, demonyms and tentative mentions left out. */
export function knownNames(text: string, mentions: readonly Mention[]): KnownNames {
  const names = new Map<string, KnownName>();
  const firstWords = new Set<string>();
  for (const m of mentions) {
    if (m.tentative || (m.form !== 'name' && m.form !== 'acronym') || m.end - m.start < 2) continue;
    const key = fold(text.slice(m.start, m.end));
    if (names.has(key)) continue;
    names.set(key, { type: m.type, form: m.form, ...(m.gazetteer ? { gazetteer: m.gazetteer } : {}) });
    const space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
  }
  return { names, firstWords };
}

/**
 * A headline's mentions: the longest runs of its words that the running text named, then the gazetteer
 * mentions (`found`) that none of them covers. Weak: the cluster takes its type from the running text.
 */
export function headlineMentions(words: Word[], text: string, known: KnownNames, found: Mention[]): Mention[] {
  // A text in capitals throughout has no running text to learn names from.
  if (!known.names.size) return found;
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNameShaped(words[i]!.text) || !known.firstWords.has(fold(words[i]!.text))) continue;
    let hit = -1;
    let name: KnownName | undefined;
    for (let j = Math.min(words.length - 1, i + LONGEST - 1); j >= i; j--) {
      if (!isNameShaped(words[j]!.text)) continue;
      let joined = true;
      for (let k = i + 1; k <= j && joined; k++) joined = words[k]!.joined;
      if (!joined) continue;
      name = known.names.get(fold(text.slice(words[i]!.start, words[j]!.end)));
      if (name) {
        hit = j;
        break;
      }
    }
    if (!name) continue;
    // A gazetteer phrase that covers the run is the better reading ("OS X", not "OS").
    const start = words[i]!.start;
    const end = words[hit]!.end;
    if (found.some((f) => f.start <= start && end <= f.end)) continue;
    out.push(mention({ start, end, type: name.type, form: name.form, evidence: 'weak', typedBy: 'named so in the running text', ...(name.gazetteer ? { gazetteer: name.gazetteer } : {}) }));
    i = hit;
  }
  if (!out.length) return found;
  const free = found.filter((m) => !out.some((x) => x.start < m.end && m.start < x.end));
  return [...out, ...free].sort((a, b) => a.start - b.start);
}

// "Apple", "iPhone", "A380": what a name's first and last words look like.
const isNameShaped = (w: string) => isCapitalised(w) || /^[a-z]\p{Lu}|^\p{N}/u.test(w);

/** A headline: no final stop and nearly every word of four or more letters capitalised. */
export function isTitleCase(words: Word[], text: string, end: number): boolean {
  // Most sentences have more than 20 words: settled before any string is read.
  if (words.length > 20 || /[.!?”"]\s*$/.test(text.slice(Math.max(0, end - 2), end))) return false;
  const long = words.filter((w) => w.text.length >= 4);
  return long.length >= 3 && long.filter((w) => isCapitalised(w.text)).length >= long.length * 0.8;
}
