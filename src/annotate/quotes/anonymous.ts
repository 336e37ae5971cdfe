import type { Lexicon } from './lexicon.js';
import { isCapitalised } from './source.js';
import type { Token } from './text.js';
import { words } from './words.js';

const POST_MODIFIERS = words.postModifiers;

/** The head word of a source phrase: the last word before any post-modifier ("sources close to the talks"). */
export function headOf(tokens: Token[]): Token | undefined {
  const words = tokens.filter((t) => t.word);
  const cut = words.findIndex((t, k) => k > 0 && POST_MODIFIERS.has(t.lower));
  return cut > 0 ? words[cut - 1] : words[words.length - 1];
}

/**
 * A source that names nobody: "sources", "Ukrainian officials", "people familiar with the matter", or any
 * unnamed source in a sentence that grants anonymity ("a senior official said on condition of anonymity").
 * Such a quote is never given a guessed speaker.
 */
export function isAnonymous(mention: Token[], sentence: string, lex: Lexicon): boolean {
  const head = headOf(mention);
  if (!head) return false;
  if (lex.anonymousHeads.has(head.lower)) return true;
  if (isCapitalised(head) && mention.indexOf(head) > 0) return false;
  const lower = sentence.toLowerCase();
  return !isCapitalised(head) && !lex.personPronouns.has(head.lower) && lex.anonymousPhrases.some((p) => lower.includes(p));
}
