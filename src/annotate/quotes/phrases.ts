// Source phrases between a quote and its cue, or before a colon: appositions ("the White House spokesman,
// Josh Earnest, said"), short descriptions ("the real estate developer said"), names with a post-modifier
// ("Ann Roe of the Centre for Port Studies, wrote") and digest labels ("TOLLS - Ana Reyes: “…”").
import type { Lexicon } from './lexicon.js';
import { isCapitalised, sourceEndingAt, STARTERS, type TokenRange } from './source.js';
import type { Token } from './text.js';
import { words } from './words.js';

/** The longest apposition between a source and its cue, in tokens. */
const APPOSITION = 30;

/**
 * A source with an apposition set off by commas before the cue: "the White House spokesman, Josh Earnest,
 * said" (the whole phrase; the name in it is the speaker) or "Senator Jeff Sessions, a close advisor to
 * Trump, told" (the name before the apposition, so that "Trump" is not taken for the speaker).
 */
export function apposition(tokens: Token[], b: number, floor: number, lex: Lexicon): TokenRange | null {
  if (tokens[b]?.text !== ',' || b - floor > APPOSITION) return null;
  // the first comma closes the head: "Ann Roe, 61, a pilot in Allentown, Pa., said" is Ann Roe's
  for (let k = floor + 1; k < b; k++) {
    if (tokens[k]!.text !== ',') continue;
    const head = sourceEndingAt(tokens, k - 1, lex, floor);
    if (!head || head.from !== floor) return null;
    const last = tokens[head.to - 1]!;
    const named = isCapitalised(last) && !lex.personRoles.has(last.lower) && !lex.orgRoles.has(last.lower);
    return named ? head : { from: floor, to: b };
  }
  return null;
}

/** "“…,” said the designer, who …": a determiner and a few words up to a comma or the end are the source. */
export function describedAfter(tokens: Token[], from: number, lex: Lexicon): TokenRange | null {
  if (!tokens[from] || !lex.determiners.has(tokens[from]!.lower)) return null;
  let to = from + 1;
  while (to < tokens.length && to - from <= 5 && tokens[to]!.word && !lex.cues.has(tokens[to]!.lower)) to++;
  const end = tokens[to];
  return to > from + 1 && (!end || [',', '.', ';', '—'].includes(end.text)) ? { from, to } : null;
}

/** "“…,” the real estate developer said": a short noun phrase between the quote and its cue is the source. */
export function shortPhrase(tokens: Token[], from: number, cue: number, lex: Lexicon): TokenRange | null {
  if (cue - from < 1 || cue - from > 5) return null;
  const first = tokens[from]!;
  // "…” When I began to speak": a clause opener starts a new sentence, not a source
  if (!(lex.determiners.has(first.lower) || isCapitalised(first)) || STARTERS.has(first.lower)) return null;
  return tokens.slice(from, cue).every((t) => t.word || t.text === '.' || t.text === '-') ? { from, to: cue } : null;
}

/**
 * "…,” Ann Roe of the Centre for Port Studies, wrote: a name, a post-modifier of capitalised words ("of",
 * "at", "from" …), then a comma before the cue. `comma` is that comma's token.
 */
const GLUE = new Set(['of', 'at', 'from', 'for', 'the', 'and', 'in', '-', '.', '&']);

export function nameOfPlace(tokens: Token[], from: number, comma: number, lex: Lexicon): TokenRange | null {
  if (tokens[comma]?.text !== ',' || comma - from < 3 || comma - from > 14 || !isCapitalised(tokens[from]!) || STARTERS.has(tokens[from]!.lower)) return null;
  const stretch = tokens.slice(from, comma);
  if (!stretch.some((t) => ['of', 'at', 'from'].includes(t.lower))) return null;
  return stretch.every((t) => isCapitalised(t) || GLUE.has(t.lower) || /['’]s$/u.test(t.lower)) && isCapitalised(stretch[stretch.length - 1]!) && !lex.personPronouns.has(stretch[0]!.lower) ? { from, to: comma } : null;
}

/** "…,” another friend, Mariam Emara told CNN: a short description, a comma, then the name before the cue. */
export function namedAfterRole(tokens: Token[], from: number, name: TokenRange | null, lex: Lexicon): TokenRange | null {
  if (!name || name.from - 1 <= from || tokens[name.from - 1]!.text !== ',' || !isCapitalised(tokens[name.to - 1]!)) return null;
  return shortPhrase(tokens, from, name.from - 1, lex) ? { from, to: name.to } : null;
}

/**
 * "TOLLS TOO HIGH - Ana Reyes and Tomas Varga: “…”", "More from the report: “…”": a digest's byline or a
 * document named right before the colon; the phrase must follow a dash or "from", so that an ordinary
 * clause ending in a name ("the vote went to Varga:") is not read as a label.
 */
export function labelBeforeColon(tokens: Token[], colon: number, lex: Lexicon): TokenRange | null {
  const last = tokens[colon - 1];
  if (!last) return null;
  // a byline after the headline's dash: capitalised words (and "and") from the dash to the colon
  let d = colon - 1;
  while (d > 0 && colon - d <= 8 && (isCapitalised(tokens[d]!) || ['and', '.', '&'].includes(tokens[d]!.lower))) d--;
  if (d < colon - 1 && ['-', '—', '–'].includes(tokens[d]!.text) && isCapitalised(tokens[d + 1]!) && isCapitalised(last)) return { from: d + 1, to: colon };
  const src = sourceEndingAt(tokens, colon - 1, lex);
  if (!src || src.from === 0) return null;
  const document = tokens[src.from - 1]!.lower === 'from' && lex.determiners.has(tokens[src.from]!.lower) && words.documents.has(last.lower);
  return document ? src : null;
}

/**
 * "…,” former harbour pilot Noam Roe wrote: lower-case modifiers before the name the source phrase ends in
 * (no verb, preposition or clause opener among them) belong to the source.
 */
export function leadIn(tokens: Token[], from: number, name: TokenRange | null, lex: Lexicon): TokenRange | null {
  if (!name || name.from <= from || name.from - from > 6) return null;
  const lead = tokens.slice(from, name.from);
  const plain = (t: Token) => (t.word || t.text === '.' || t.text === '-') && !STARTERS.has(t.lower) && !words.prepositions.has(t.lower) && !words.finiteVerbs.has(t.lower) && !words.beForms.has(t.lower) && !lex.cues.has(t.lower) && !lex.personPronouns.has(t.lower) && !['and', 'but', 'or'].includes(t.lower);
  // a determiner only opens the lead ("the former pilot"); "features a" is a verb and its object
  const np = lead.every((t, k) => k === 0 || !lex.determiners.has(t.lower)) && !lead.some((t) => !isCapitalised(t) && /[^s]s$/.test(t.lower));
  return np && lead.every(plain) && isCapitalised(tokens[name.to - 1]!) ? { from, to: name.to } : null;
}
