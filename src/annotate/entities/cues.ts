import type { Lexicon } from './lexicon.js';
import { fold } from './normalise.js';
import type { Word } from './words.js';

// Longest cue phrase looked at before or after a name, in characters.
const WINDOW = 40;

/**
 * Says why the context makes words[first..last] a place, or undefined; `weak` for "in X", which a
 * business text also writes of companies ("a stake in Kestrel"). Cues: "X's capital" / "X's foreign
 * minister" (lower case after the possessive), "the city of X", "X-based", "peace talks between X and Y", "in X".
 * Asked only when neither the gazetteer nor a head word typed the name. A possessive after "in X" ("in
 * Kestrel's report") or a given name at its head ("in Sofia Brandt's office") cancels the "in" cue: the name
 * then belongs to what follows.
 */
export function placeCue(words: Word[], first: number, last: number, text: string, lex: Lexicon): { said: string; weak?: boolean } | undefined {
  const cues = lex.placeCues;
  const start = words[first]!.start;
  const end = words[last]!.end;
  const after = text.slice(end, end + WINDOW);
  const possessive = /^['’]s\b/u.exec(after);
  if (possessive) {
    // Written in lower case: "Varonia's north", not "Kestrel's North American sales".
    const rest = after.slice(possessive[0].length).replace(/^\s+/, '');
    const hit = cues.possessed.find((p) => rest.startsWith(p) && !/^\p{L}/u.test(rest.slice(p.length)));
    return hit ? { said: `"${text.slice(start, end)}'s ${hit}"` } : undefined;
  }
  const next = words[last + 1];
  // "Kestrava-based", but not "Intel-based Mac": what a product is based on is a technology, not a place.
  if (next && next.start === end + 1 && /^[-‐‑]$/.test(text[end]!) && cues.suffixes.has(next.text.toLowerCase()) && lex.gazetteer.get(fold(words[last + 2]?.text ?? ''))?.kind !== 'product') return { said: `"${text.slice(start, next.end)}"` };
  // "Cupertino, California", "Everett, Washington": a name followed by its state or country.
  const region = after.charCodeAt(0) !== 44 ? null : /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[\s,.;:)]|$)(?!['’]s)/u.exec(after);
  // "San Jose, California. The show ...": a sentence's stop ends the region; the next sentence's first word is not in it.
  const regionText = region ? region[0].replace(/\.\s.*$/su, '') : '';
  const kind = region ? lex.gazetteer.get(fold(regionText.replace(/^,\s+/, '')))?.kind : undefined;
  if (last - first <= 2 && (kind === 'country' || kind === 'place') && !/^\s*['’]s\b/u.test(after.slice(regionText.length))) return { said: `"${text.slice(start, end)}${regionText}"` };
  if (last - first > 2 || lex.givenNames.has(words[first]!.text)) return undefined;
  const previous = words[first - 1];
  const inWord = previous && words[first]!.joined && cues.before.has(previous.text.toLowerCase());
  if (inWord && !cues.notBeforeIn.has(words[first - 2]?.text.toLowerCase() ?? '')) return { said: `"${previous!.text} ${text.slice(start, end)}"`, weak: true };
  // Cheap test first: most names have no "between" in the 60 characters before them. Only those 60
  // characters are searched: a search back through the whole text made long documents quadratic.
  if (text.slice(Math.max(0, start - 59), start + 7).includes('between')) {
    const near = text.slice(Math.max(0, start - 80), start);
    if (cues.between.some((r) => r.test(near))) return { said: `"between ... ${text.slice(start, end)}"` };
  }
  const before = text.slice(Math.max(0, start - WINDOW), start).toLowerCase();
  // The last word first ("... the city of " ends in "of"): most names follow none of the phrases' last words.
  const lastWord = before.endsWith(' ') ? before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1) : undefined;
  const of = lastWord !== undefined && cues.ofLastWords.has(lastWord) ? cues.ofPhrases.find((p) => before.endsWith(p.inText) || before === p.atStart) : undefined;
  return of ? { said: `"${of.phrase} ${text.slice(start, end)}"` } : undefined;
}

/**
 * "at Moscone Center", "at the Kestrel Centre", "at the Moscone West center": where something is held, a
 * venue (a place); "the Pew Research Center found ..." acts and stays an organisation. Returns the venue
 * word (`venuesAfterAt` in name-words.json, as the name's last word or the lower-case noun after it) or undefined.
 */
export function venueAt(words: Word[], first: number, last: number, lex: Lexicon): string | undefined {
  const own = last > first && lex.venuesAfterAt.has(words[last]!.text) ? words[last]!.text : undefined;
  const venue = own ?? venueAfter(words, last, lex);
  return venue && afterAt(words, first) ? venue : undefined;
}

/** The lower-case venue noun right after a name ("the Moscone West center"), if any. */
function venueAfter(words: Word[], last: number, lex: Lexicon): string | undefined {
  const next = words[last + 1];
  if (!next?.joined || next.text.length < 5 || next.text.charCodeAt(0) < 97) return undefined;
  const head = next.text[0]!.toUpperCase() + next.text.slice(1);
  return lex.venuesAfterAt.has(head) ? next.text : undefined;
}

/** "at X", "at the X". */
function afterAt(words: Word[], first: number): boolean {
  const before = words[first - 1];
  if (!before || !words[first]!.joined) return false;
  if (before.text === 'at') return true;
  return /^the$/i.test(before.text) && before.joined && words[first - 2]?.text === 'at';
}
