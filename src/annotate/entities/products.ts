import type { Lexicon } from './lexicon.js';
import { mention } from './mention.js';
import { fold } from './normalise.js';
import type { Mention } from './mentions.js';
import type { GazetteerHit } from './phrases.js';
import type { Word } from './words.js';

/**
 * Model designations: "787", "737-800", "777-200LR", "A380", "747s", "F-150", "3310". Four-digit years
 * (1800–2099) are dates, not models.
 */
const MODEL = /^(?:\p{Lu}{1,3}[-‐]?)?\d{2,4}(?:[-‐]?\p{L}{0,3}\d*)*(?:s|['’]s)?$/u;
const YEAR = /^(?:18|19|20)\d\d(?:s|['’]s)?$/;

const VERSION = /^(?:\d{1,2}(?:\.\d+)*[A-Z]{0,2}|[A-Z]\d{1,2})$/;

export function isModel(word: string): boolean {
  return MODEL.test(word) && !YEAR.test(word) && /\d{2}/.test(word);
}

/** The model's key: "777-200LR" and "777s" are both the 777. */
export const modelKey = (word: string) => word.replace(/['’]?s$/, '').split(/[-‐]/)[0]!;

/**
 * A maker's name followed by a model designation is a product ("Boeing 787", "Nokia 3310 phones" → "Nokia
 * 3310"); capitalised words right after the model belong to it ("Boeing 787 Dreamliner"). Returns the index
 * of the product's last word, or -1 when no model follows words[last]. `isName` says which words are names.
 */
export function productEnd(words: Word[], last: number, isName: (k: number) => boolean, product = false): number {
  const model = words[last + 1];
  // After a known product a short version counts too ("iPhone 4", "iPhone 3G", "iPhone 3.0").
  if (!model?.joined || !(isModel(model.text) || (product && VERSION.test(model.text)))) return -1;
  let end = last + 1;
  while (words[end + 1]?.joined && isName(end + 1)) end++;
  return end;
}

/**
 * Index of a product line that ends the run words[first..last] after one or two words no gazetteer knows
 * (a maker: "Apple Macintosh", "Kestrel Windows"), or -1.
 */
export function productAfterMaker(gaz: readonly (GazetteerHit | undefined)[], first: number, last: number): number {
  for (let k = first + 1; k <= first + 2 && k <= last; k++) {
    if (gaz[k - 1]) return -1;
    if (gaz[k]?.entry.kind === 'product' && gaz[k]!.last === last) return k;
  }
  return -1;
}

/**
 * A model the document named after its maker ("Boeing 787") is a product wherever it stands alone ("the
 * 787", "787s", "a 777-200LR"). A product name right after the bare model ("787 Dreamliner") takes the
 * model into its extent. Returns the new mentions and the mentions whose start moved.
 */
export function bareModels(text: string, mentions: Mention[]): Mention[] {
  const models = new Map<string, string>();
  for (const m of mentions) if (m.model) models.set(modelKey(m.model), text.slice(m.start, m.end));
  if (!models.size) return mentions;
  const out = [...mentions];
  const covered = (a: number, b: number) => out.some((m) => m.start < b && a < m.end);
  for (const [key, product] of models) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}$£€.,/-])${key.replace(/[-‐]/g, '[-‐]')}(?:[-‐][\\p{L}\\p{N}]+)*(?:s\\b|(?=['’]s\\b))?(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(pattern)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (covered(start, end)) continue;
      const said = `"${hit[0]}" is a model, as in "${product}"`;
      // "787 Dreamliner": the product name after the model starts at the model.
      const k = out.findIndex((m) => m.start === end + 1 && m.type === 'OTHER' && text[end] === ' ');
      if (k >= 0) out[k] = mention({ ...out[k]!, start, typedBy: said });
      else out.push(mention({ start, end, type: 'OTHER', form: 'name', evidence: 'strong', typedBy: said }));
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// "Boeing's 787" then punctuation, a verb or the product's own name; not "Boeing's 150 workers".
const POSSESSED_MODEL = /^['’]s ((?:\p{Lu}{1,3}[-‐]?)?\d{2,4}(?:[-‐][\p{L}\p{N}]+)*)(?=([.,;:!?)]|\s+(\p{L}+)|$))/u;
// Not PresentTense: "shops", "plans" are plural nouns as often ("Nokia's 300 shops").
const VERB_TAG = /^(?:Verb|PastTense|Copula|Modal|Auxiliary)$/;

/**
 * A known maker's model after its possessive ("Boeing's 787 was delayed", "over Boeing's 787.") is a
 * product, as "Boeing 787" is: only after an organisation the gazetteer knows (not "Standard & Poor's 500"),
 * and only when punctuation, a verb or a capitalised name follows the number ("Boeing's 150 workers" and
 * "Ford's 500 dealers" count people and shops). The model is recorded, so bareModels finds it elsewhere too.
 */
export function possessedModels(text: string, mentions: Mention[], lex: Lexicon): Mention[] {
  let out: Mention[] | undefined;
  for (const m of mentions) {
    if (m.type !== 'ORG' || !m.gazetteer?.startsWith('org:') || text.charCodeAt(m.end + 1) !== 115) continue;
    const hit = POSSESSED_MODEL.exec(text.slice(m.end, m.end + 40));
    if (!hit || !isModel(hit[1]!)) continue;
    const after = hit[3];
    if (after !== undefined && !/^\p{Lu}/u.test(after) && !lex.tags(after).some((t) => VERB_TAG.test(t))) continue;
    const start = m.end + 3;
    const end = start + hit[1]!.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    (out ??= [...mentions]).push(mention({ start, end, type: 'OTHER', form: 'name', evidence: 'strong', typedBy: `"${hit[1]}" is a model of "${text.slice(m.start, m.end)}"`, model: hit[1] }));
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

/**
 * "after the Shuffle was introduced", "while the Pro can be bought": the last word of a product's name
 * ("iPod Shuffle", "MacBook Pro") standing alone in a document that names the line ("iPod", "MacBook")
 * elsewhere is that product, not an organisation its capital suggested. The gazetteer entry of the full name.
 */
export function elidedProduct(word: string, text: string, lex: Lexicon): { prefix: string; id: string } | undefined {
  const lines = lex.productTails.get(word);
  if (!lines) return undefined;
  for (const line of lines) if (hasWord(text, line.prefix)) return line;
  return undefined;
}

/** Whether the text writes the words as words of their own: "App" is not in "Apple", nor "Mini" in "Ministry". */
function hasWord(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + words.length))) return true;
  }
  return false;
}

// What may stand before a maker's model: an article, a possessive pronoun or a possessive name.
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|[\p{Lu}][\p{L}\p{M}.&-]*['’]s?)\s$/u;
const RUNNING_BEFORE = /\p{Ll}[,;]?\s$/u;
const afterDeterminer = (text: string, at: number) => DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 20), at));

/**
 * "the Chrysler Aspen", "its Kestrel Orbis": a maker the document names alone as an organisation, followed
 * by one or two capitalised words, after a determiner wherever the document writes them, is the maker's
 * model (OTHER), as "Boeing 787" is; a company named by two words is written bare somewhere ("Northrop
 * Grumman said"). Only names their shape alone typed; not when a word after the maker is an organisation
 * or place word, a gazetteer name, or a name the document also uses alone as an organisation ("the Fiat
 * Chrysler").
 */
export function namedModels(text: string, mentions: Mention[], lex: Lexicon): Mention[] {
  let makers: Set<string> | undefined;
  let bare: Set<string> | undefined;
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.evidence !== 'weak' || m.form !== 'name' || (m.type !== 'ORG' && m.type !== 'PERSON') || m.typedBy) continue;
    const space = text.indexOf(' ', m.start);
    if (space < 0 || space >= m.end || text.charCodeAt(m.start - 1) !== 32 || !afterDeterminer(text, m.start)) continue;
    const parts = text.slice(m.start, m.end).split(' ');
    if (parts.length > 3) continue;
    // A maker is named alone in running text, after a lower-case word: a capitalised word at a sentence's head
    // ("Congressional lawmakers ...") may be no name at all.
    makers ??= new Set(mentions.filter((x) => x.type === 'ORG' && x.form === 'name' && !text.slice(x.start, x.end).includes(' ') && RUNNING_BEFORE.test(text.slice(Math.max(0, x.start - 3), x.start))).map((x) => text.slice(x.start, x.end)));
    const tail = parts.slice(1);
    if (!makers.has(parts[0]!) || tail.some((w) => !/^\p{Lu}/u.test(w) || makers!.has(w) || lex.orgWords.has(w) || lex.orgLastWords.has(w) || lex.placeWords.has(w) || lex.gazetteer.has(fold(w)))) continue;
    // A company named by two words ("Northrop Grumman") is written without a determiner somewhere too.
    bare ??= namesWrittenBare(text, mentions);
    if (lex.gazetteer.has(fold(tail.join(' '))) || bare.has(text.slice(m.start, m.end))) continue;
    out ??= mentions.slice();
    out[i] = mention({ start: m.start, end: m.end, type: 'OTHER', form: 'name', evidence: 'strong', typedBy: `"${tail.join(' ')}" is a model of "${parts[0]}"` });
  }
  return out ?? mentions;
}

/** The names of several words that some mention writes without a determiner before it ("Orsk Varga said"). */
function namesWrittenBare(text: string, mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const space = text.indexOf(' ', m.start);
    if (space >= 0 && space < m.end && !afterDeterminer(text, m.start)) out.add(text.slice(m.start, m.end));
  }
  return out;
}
