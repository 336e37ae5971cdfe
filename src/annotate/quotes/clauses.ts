// Where a clause of reported content starts after its cue (after "that", past an aside) and where it ends:
// before a later attribution's source that opens a clause of its own, at a semicolon, never on a dangling
// conjunction.
import type { Cue } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import { words } from './words.js';

/** Words left dangling at the end of content cut before a later clause ("…, but", "…, after", "…, which"). */
const TRAILING_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'or', 'because', 'as', 'if', 'when', 'after', 'before', 'since', 'so', 'where', 'than', 'which', 'who', 'whom']);
/** "…, which I said was not …": a relative pronoun before a source opens a clause of its own too. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom']);
/** How many tokens an aside between dashes after a cue may hold. */
const MAX_ASIDE = 12;
/** Punctuation that ends the search for a complementizer "that" after a cue. */
const CONTENT_STOPS = new Set([',', ';', ':', '.', '!', '?', '—', '(', ')', '“', '”', '"']);
const COORDINATORS = new Set([',', ';', ':', '—', '–', 'but', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'or', 'so']);

/**
 * Does the source at token `from` open a clause of its own, after a comma, a coordinating or subordinating
 * word ("…, after half said so") or a relative pronoun?
 */
export function coordinated(tokens: Token[], from: number, lex: Lexicon): boolean {
  // "… while about 6 in 10 white men supported …": a qualifier before a share belongs to the source
  while (from > 0 && words.shareQualifiers.has(tokens[from - 1]!.lower)) from--;
  const before = tokens[from - 1]?.lower ?? '';
  return from === 0 || COORDINATORS.has(before) || lex.boundaryWords.has(before) || RELATIVE_OPENERS.has(before);
}

/**
 * Where reported content after its cue ends: at a semicolon, where a clause of the writer's usually follows
 * ("said the dock is ready; the cranes have not come"). Not at ", but" or ", while": in news the clause after
 * them is as often still the source's ("Sources said A, while B"), and PolNeAR train gained nothing from it.
 */
export function clauseEnd(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (tokens[k]!.text === ';') return k - 1;
  return end;
}

/** The end of the last content word before offset `cut`. */
export function trimEndAt(tokens: Token[], cut: number): number {
  let k = tokens.findIndex((t) => t.start >= cut) - 1;
  // "…, but he urged": the conjunction that joins the next attribution is not part of this content
  // (nor the qualifier of the next source's share: "…, while about 6 in 10 …")
  while (k > 0 && (!tokens[k]!.word || TRAILING_CONJUNCTIONS.has(tokens[k]!.lower) || words.shareQualifiers.has(tokens[k]!.lower))) k--;
  return tokens[Math.max(k, 0)]!.end;
}

/** Where the reported clause starts after a cue: after "that" when it comes within a few words (told a briefing that). */
export function contentStart(tokens: Token[], cue: Cue): number {
  // "said — on Twitter, as it happens — that …": an aside between dashes or brackets comes before the content
  const open = tokens[cue.last + 1]?.text;
  if (open === '—' || open === '–' || open === '(') {
    const shut = open === '(' ? ')' : open;
    let close = cue.last + 2;
    while (close < Math.min(tokens.length, cue.last + MAX_ASIDE) && tokens[close]!.text !== shut) close++;
    if (tokens[close]?.text === shut && tokens[close + 1]) return tokens[close + 1]!.lower === 'that' ? close + 2 : close + 1;
  }
  for (let k = cue.last + 1; k < Math.min(tokens.length, cue.last + 11); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && k > cue.last) return k + 1;
    // "said Karimov had resisted any wording that …": the clause has begun; its "that" is a relative pronoun
    if (CONTENT_STOPS.has(t.text) || words.finiteVerbs.has(t.lower)) break;
  }
  const next = tokens[cue.last + 1];
  if (next && (next.text === ':' || next.text === ',')) return cue.last + 2;
  return cue.last + 1;
}
