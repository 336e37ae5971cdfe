/**
 * Capitalised words that name no entity, found once the mentions of a document are read:
 * - holidays ("New Year", "Ramadan", "Lunar New Year"): dates, which the times stage reads;
 * - a title written with dots ("Apple's C.E.O."), which "CEO" already is without them;
 * - a word that numbers things, alone before its number ("Terminal 3", "Gate 12");
 * - terms a text defines by their initials ("Maintenance, Repair and Overhaul (MRO)", "Gross Domestic
 *   Product (GDP)"): dictionary words capitalised only to show where the initials come from (not people in
 *   the plural: "United Auto Workers (UAW)" is a union);
 * and a politician's party and state in brackets ("Senator Jo Marlow (R-AZ)"), which is no alias of the
 * politician but the party (ORG).
 */
import { capitalsOf } from './acronyms.js';
import type { Lexicon } from './lexicon.js';
import { mention } from './mention.js';
import type { Mention } from './mentions.js';
import { fold, isCapitalised } from './normalise.js';

/** "R-AZ", "D-N.Y.", "R-Texas": a party's initial and a state, the way US news tags members of Congress. */
export const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]{1,5}$/;

// Lower-case words allowed between the words of a defined term ("Research and Development", "Return on Equity").
const TERM_GLUE = new Set(['and', 'of', 'for', 'on', 'to', 'in', 'the', '&', ',']);
// A capitalised function word inside a name is the writer's styling of a proper name ("Research In Motion").
const FUNCTION_WORDS = new Set(['and', 'of', 'for', 'on', 'to', 'in', 'the', 'at', 'by', 'with', 'a', 'an']);
const BRACKET = /^\s?\((\p{Lu}[\p{Lu}&]{1,5})\)/u;
const TOKEN = /[\p{L}\p{M}'’-]+|[,&]/gu;

/** The mentions that name something, party tags retyped; `mentions` sorted by start. */
export function dropNonNames(text: string, mentions: Mention[], lex: Lexicon): Mention[] {
  const drop = new Set<number>();
  const terms = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const s = text.slice(m.start, m.end);
    // "Terminal 3", "Gate 12": the word before a number names nothing alone (and makes no product, products.ts).
    const numberedAlone = lex.numbered.has(s) && /^\s\d/.test(text.slice(m.end, m.end + 2));
    if (numberedAlone || isHoliday(s, lex) || (m.form === 'acronym' && s.includes('.') && lex.titles.has(s.replace(/\./g, '')))) {
      drop.add(i);
      continue;
    }
    // The initials in brackets after the term: a mention of their own, or initials never taken for a name ("GDP").
    if (m.gazetteer || m.evidence === 'strong' || !(text.charCodeAt(m.end + 1) === 40 || text.charCodeAt(m.end) === 40)) continue;
    const bracket = BRACKET.exec(text.slice(m.end, m.end + 12));
    if (!bracket) continue;
    const paren = m.end + bracket[0].indexOf('(');
    const from = definedTerm(text, paren, capitalsOf(bracket[1]!), lex);
    if (from < 0) continue;
    // The words of the term must be names only by their capitals: a gazetteer entry or a strong type keeps them.
    const inside: number[] = [];
    for (let k = i; k >= 0 && mentions[k]!.end > from; k--) if (mentions[k]!.start >= from) inside.push(k);
    if (inside.some((k) => mentions[k]!.gazetteer || mentions[k]!.evidence === 'strong')) continue;
    terms.add(bracket[1]!);
    for (const k of inside) drop.add(k);
  }
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (drop.has(i)) continue;
    const s = text.slice(m.start, m.end);
    if (terms.size && terms.has(s)) continue;
    if (text[m.start - 1] === '(' && PARTY_TAG.test(s)) out.push(mention({ ...m, type: 'ORG', form: 'name', evidence: 'strong', typedBy: `"${s}": a party and a state` }));
    else out.push(m);
  }
  return out;
}

/** "New Year", "Ramadan", "New Year's Day"; also a name that ends in one ("Lunar New Year", "Chinese New Year"). */
function isHoliday(s: string, lex: Lexicon): boolean {
  if (lex.holidays.has(s)) return true;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) if (lex.holidays.has(s.slice(at + 1))) return true;
  return false;
}

/**
 * Where a term defined by the initials `letters` starts, reading back from its bracket at `paren`, or -1:
 * as many capitalised words as there are letters (three to six), their initials those letters, each a lower-case
 * dictionary word and none a head word or gazetteer name, with only lower-case glue between them.
 */
function definedTerm(text: string, paren: number, letters: string, lex: Lexicon): number {
  // Three letters at least: two dictionary words with initials are as often a company ("Brisk Light (BL)").
  if (letters.length < 3 || letters.length > 6) return -1;
  const from = Math.max(0, paren - 120);
  const tokens = [...text.slice(from, paren).matchAll(TOKEN)];
  let need = letters.length;
  let start = -1;
  for (let k = tokens.length - 1; k >= 0 && need > 0; k--) {
    const t = tokens[k]![0];
    if (!/^\p{Lu}/u.test(t)) {
      if (!TERM_GLUE.has(t)) return -1;
      continue;
    }
    const lower = t.toLowerCase();
    if (t[0] !== letters[need - 1] || FUNCTION_WORDS.has(lower) || !lex.englishWords.has(lower)) return -1;
    if (lex.orgWords.has(t) || lex.placeWords.has(t) || lex.eventWords.has(t) || lex.gazetteer.has(fold(t))) return -1;
    // "United Auto Workers (UAW)", "Airline Pilots ...": people in the plural name a body of them, not a term.
    if (isPeople(t, lex)) return -1;
    need--;
    start = from + tokens[k]!.index!;
  }
  return need === 0 ? start : -1;
}

/** "Workers", "Pilots", "Veterans": a plural noun for people (compromise's Actor). */
function isPeople(word: string, lex: Lexicon): boolean {
  const tags = lex.tags(word);
  return tags.includes('Plural') && tags.includes('Actor');
}

/**
 * "in Black and White", "a Standard plan": one capitalised word that compromise knows only as an adjective
 * names nothing alone (detectMentions keeps it only if coreference ties it to a name: "White" of "Jack
 * White") unless the document writes it as the last word of a longer name ("its Urban bikes" after "the
 * Brisk Urban") or lists it with another name ("its Urban and Cargo bikes": two models). `end`: the word's end.
 */
export function loneAdjective(word: string, text: string, end: number, lex: Lexicon): boolean {
  const tags = lex.tags(word);
  if (!tags.length || !tags.every((t) => t === 'Adjective')) return false;
  return !LISTED_WITH_NAME.test(text.slice(end, end + 8)) && !endsLongerName(text, word);
}

const LISTED_WITH_NAME = /^(?: and| or|,) \p{Lu}/u;

/** Whether the text writes the word after another capitalised word ("Brisk Urban" for "Urban"). */
function endsLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`); at >= 0; at = text.indexOf(` ${word}`, at + 1)) {
    const before = text.lastIndexOf(' ', at - 1) + 1;
    if (at > before && isCapitalised(text.slice(before, at)) && /^\P{L}?$/u.test(text.charAt(at + word.length + 1))) return true;
  }
  return false;
}
