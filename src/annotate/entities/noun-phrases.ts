/**
 * The noun phrase a name heads: "German airline Lufthansa", "Kestrel chief executive Ilse Carrow",
 * "Ilse Carrow, minister of transport for Varonia", "the Varonian Air Force (VAF)". News writes who or
 * what someone is in these phrases, so their head noun types the name ("Lynx, the new version of ..." is
 * a product), and annotated corpora (MEANTIME among them) mark the whole phrase as the entity's mention,
 * with the names inside it as mentions of their own. The name's span stays the mention; the phrase is
 * recorded beside it (`phrase` in the span's attrs) for readers of roles and for scoring.
 */
import type { Lexicon } from './lexicon.js';
import type { EntityType, Mention } from './mentions.js';

export interface NounPhrase {
  start: number;
  end: number;
  /** acronym: "Name (ABC)"; apposition: "Name, the role ..." or "role ..., Name"; descriptor: "Org role Name". */
  by: 'acronym' | 'apposition' | 'descriptor';
}

/** What the text says around a name: its phrase, and the noun that describes it with the type that noun gives. */
export interface Described {
  phrase?: NounPhrase;
  head?: string;
  headType?: EntityType;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

interface Words {
  headType(w: string): EntityType | undefined;
  isStop(w: string): boolean;
}

// Words that end a descriptive phrase: verbs, relatives, most prepositions, conjunctions, pronouns.
const STOP = new Set(('who which that whose said says say told is was are were be been being has had have will would could can may '
  + 'might should must did does do also not but or when where while after before since because if than as with by from to on into over '
  + 'under about against between during including like via announced reported added according until unless although though there here '
  + 'this these those it he she they we i you his her him them their its our my your').split(' '));
// compromise reads "market" or "record" as infinitives too, so only tensed forms end a phrase.
const TENSED = /^(?:PastTense|PresentTense|Copula|Modal|Auxiliary)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;
// Words that open a sentence's adjunct ("In the region, ...", "After the merger, ...").
const INTRO = /^(?:as|in|at|on|after|with|for|from|like|unlike|despite|since|while|when|although|because|if|under|during|before|by|through|across|among|amid|following)$/i;
const GOVERNED_DETERMINER = /^(?:its|their|his|her|this|these|our)$/i;
// Inside a phrase after its head ("minister of transport for Varonia", "analyst at Kestrel Bank").
const AFTER_HEAD = /^(?:of|for|at|in|and|the)$/;
// "U.S." and "10.4" are one word each (an inner dot before a letter or digit); so is "Inc." (ABBREVIATED).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATED = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'Bros']);
// "U.S", "U.K", "N.Y" as WORD reads them: the last dot belongs to the initials ("U.S. carmaker Brisk Motors").
const INITIALISM = /^\p{Lu}(?:\.\p{Lu})+$/u;
const isPunct = (t: string) => !/^[\p{L}\p{N}]/u.test(t);
const isCapital = (t: string) => /^\p{Lu}/u.test(t);
const isPossessive = (t: string) => /['’]s$/.test(t);

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const chunk = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const end = m.index + m[0].length;
    const dotted = chunk.charCodeAt(end) === 46 && (ABBREVIATED.has(m[0]) || INITIALISM.test(m[0]));
    if (dotted) WORD.lastIndex = end + 1;
    out.push({ text: dotted ? `${m[0]}.` : m[0], start: from + m.index, end: from + end + (dotted ? 1 : 0) });
  }
  return out;
}

/**
 * What describes each of a document's mentions (sorted by start), one entry per mention, undefined where
 * nothing does. `sentences` bound the search: a phrase never crosses a sentence.
 */
export function describeMentions(text: string, mentions: readonly Mention[], sentences: readonly { start: number; end: number }[], lex: Lexicon): (Described | undefined)[] {
  const headType = (w: string): EntityType | undefined => {
    if (isPossessive(w)) return undefined;
    if (lex.titles.has(w)) return 'PERSON';
    // Capitalised, "Bank" or "Capital" is part of a name, not a noun describing one.
    if (isCapital(w)) return undefined;
    return lex.roleHeads.has(w) ? 'PERSON' : lex.descriptors.get(w);
  };
  const words: Words = {
    headType,
    isStop: (w) => STOP.has(w.toLowerCase()) || (!isCapital(w) && !headType(w) && lex.tags(w).some((t) => TENSED.test(t))),
  };
  // Binary search over starts (a list of 5,000 names stays fast); mentions arrive sorted by start.
  const mentionAt = (offset: number): Mention | undefined => {
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (mentions[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; k >= 0 && k >= lo - 2; k--) if (mentions[k]!.start <= offset && offset < mentions[k]!.end) return mentions[k];
    return undefined;
  };
  return mentions.map((m) => {
    if (m.form !== 'name' && m.form !== 'acronym') return undefined;
    // Cheap character tests first: most names have nothing around them that could make a phrase.
    const next = text.charCodeAt(m.end);
    const comma = text.charCodeAt(m.start - 2) === 44 && text.charCodeAt(m.start - 1) === 32;
    if (next !== 44 && next !== 32 && text.charCodeAt(m.start - 1) !== 32) return undefined;
    // "Kestrel's" opens a phrase about something else ("Kestrel's new jet").
    if ((next === 39 || next === 8217) && text.charCodeAt(m.end + 1) === 115) return undefined;
    const sentence = sentenceAt(sentences, m.start) ?? { start: 0, end: text.length };
    // "Name (ABC)": the acronym the text gives in brackets belongs to the phrase.
    if (next === 32 && text.charCodeAt(m.end + 1) === 40) {
      const bracket = /^ \(([^()]{1,12})\)/.exec(text.slice(m.end, m.end + 16));
      // Only an acronym: a dateline's "(Agency)" credits a source.
      if (bracket && !m.dateline && /^[\p{Lu}\p{N}&.-]+$/u.test(bracket[1]!) && mentions.some((x) => x.start === m.end + 2 && x.end === m.end + 2 + bracket[1]!.length)) {
        const the = /\bthe $/i.test(text.slice(Math.max(sentence.start, m.start - 4), m.start)) ? 4 : 0;
        return { phrase: { start: m.start - the, end: m.end + bracket[0].length, by: 'acronym' } };
      }
    }
    let start = m.start;
    let end = m.end;
    let by: NounPhrase['by'] | undefined;
    let head: string | undefined;
    // An honorific before the name ("Mr. ") is inside the phrase.
    let core = m.start;
    if (!comma) {
      const before = wordBefore(text, m.start, sentence.start);
      if (before && lex.honorifics.has(before.word)) core = before.start;
    }
    if (next === 44) {
      const after = appositionAfter(tokens(text, m.end, Math.min(sentence.end, m.end + 120)), words);
      if (after?.open) head = after.head;
      else if (after) [end, by, head] = [after.end, 'apposition', after.head];
    }
    const previous = wordBefore(text, core, sentence.start);
    const apposed = previous?.word === ',';
    if (previous && (apposed || headType(previous.word))) {
      const before = tokens(text, Math.max(sentence.start, core - 100), core);
      // "In the capital, Karimov said ...": a name that goes on into its clause is not in apposition.
      const closed = next === 44 || /^(?:[.;:)]|$)/.test(text.slice(m.end, m.end + 1)) || m.end >= sentence.end;
      const appositive = apposed && closed ? appositionBefore(before, words, core - 100 <= sentence.start) : undefined;
      if (appositive) [start, by, head] = [appositive.start, 'apposition', appositive.head];
      else if (!apposed && !mentionAt(previous.start) && !(core - 100 <= sentence.start && inOpeningAdjunct(before, text, m.end, words))) {
        head ??= previous.word;
        const described = descriptorBefore(before, words, (t) => {
          const x = mentionAt(t.start);
          return x !== undefined && x !== m && x.form !== 'role';
        });
        // "Heathrow airport Boeing" (a caption run into the text): a noun of another type describes no name.
        const type = headType(previous.word);
        if (described !== undefined && (!type || type === m.type || m.evidence === 'weak')) [start, by] = [described, 'descriptor'];
      }
    }
    if (!by && !head) return undefined;
    const type = head ? headType(head) : undefined;
    return { ...(by ? { phrase: { start, end, by } } : {}), ...(head && type ? { head, headType: type } : {}) };
  });
}

/**
 * "In the new version Apple has ...": a sentence that opens with a preposition and no comma before the
 * name, whose name is followed by its verb, puts the noun before the name in the adjunct, not in the
 * name's phrase ("version" does not describe Apple).
 */
function inOpeningAdjunct(before: Tok[], text: string, end: number, words: Words): boolean {
  const first = before[0]?.text ?? '';
  if (!INTRO.test(first) || before.length > 8 || before.some((t) => t.text === ',')) return false;
  const next = /^ ([\p{L}']+)/u.exec(text.slice(end, end + 20))?.[1];
  return next !== undefined && words.isStop(next);
}

/** The word (or a comma) that ends one space before `at`, within the sentence; undefined when there is none. */
function wordBefore(text: string, at: number, from: number): { word: string; start: number } | undefined {
  if (at - 2 < from || text.charCodeAt(at - 1) !== 32) return undefined;
  if (text.charCodeAt(at - 2) === 44) return { word: ',', start: at - 2 };
  let k = at - 1;
  while (k > from && /[\p{L}\p{N}.'’-]/u.test(text[k - 1]!)) k--;
  return k < at - 1 ? { word: text.slice(k, at - 1), start: k } : undefined;
}

function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** ", the role of X," after a name: the end of the phrase and its head noun, or undefined. */
function appositionAfter(toks: Tok[], words: Words): { end: number; head: string; open?: boolean } | undefined {
  if (toks[0]?.text !== ',') return undefined;
  let head = -1;
  let governs = false;
  let k = 1;
  // "Lion, the new version of their OS that brings ...": a relative clause after the head leaves the head
  // describing the name, though where the phrase ends is not read.
  let open = false;
  for (; k < toks.length && k < 14; k++) {
    const w = toks[k]!.text;
    if (isPunct(w)) break;
    if (governs && /^(?:that|which|who)$/.test(w)) {
      open = true;
      break;
    }
    // What the head governs may have its own determiner ("the new version of their Lynx OS").
    if (words.isStop(w) && !(head >= 0 && AFTER_HEAD.test(w)) && !(governs && GOVERNED_DETERMINER.test(w))) return undefined;
    // ", at the airport": a preposition before any head starts an adjunct, not a description.
    if (head < 0 && /^(?:of|for|at|in)$/.test(w)) return undefined;
    if (head >= 0 && AFTER_HEAD.test(w)) governs = true;
    // "Kestrel, chief executive Ilse Carrow, ...": a name right after the head is another phrase's.
    else if (head >= 0 && !governs && isCapital(w) && !words.headType(w)) return undefined;
    else if (!governs && words.headType(w)) head = k;
  }
  // A long phrase whose end lies past the window, its head found and governing: read the same way.
  if (k === 14 && governs && head >= 0) open = true;
  if (head < 0 || k === 1 || (!open && k < toks.length && !/^[,.;:)]$/.test(toks[k]!.text))) return undefined;
  // The phrase describes: it starts with a determiner, a possessive or its head, not with another name.
  const first = toks[1]!.text;
  if (!(DETERMINER.test(first) || isPossessive(first) || head <= 3)) return undefined;
  if (isCapital(first) && !DETERMINER.test(first) && !words.headType(first) && head > 2) return undefined;
  return { end: toks[k - 1]!.end, head: toks[head]!.text, ...(open ? { open } : {}) };
}

/** "the role of X, " before a name: the start of the phrase and its head noun, or undefined. */
function appositionBefore(toks: Tok[], words: Words, atStart: boolean): { start: number; head: string } | undefined {
  if (toks[toks.length - 1]?.text !== ',') return undefined;
  let k = toks.length - 2;
  let from = -1;
  for (; k >= 0 && toks.length - 2 - k < 8; k--) {
    const w = toks[k]!.text;
    if (isPunct(w) || /^(?:and|in|at)$/.test(w) || words.isStop(w)) break;
    from = k;
    if (DETERMINER.test(w)) break;
  }
  if (from < 0) return undefined;
  // "As the largest carrier, Kestrel ...", "In the region, Kestrel ...": an opening adjunct, not a phrase
  // about the name.
  if (k >= 0 && /^(?:as|like|unlike|than)$/i.test(toks[k]!.text)) return undefined;
  if (atStart && INTRO.test(toks[0]!.text) && !toks.slice(1, -1).some((t) => t.text === ',')) return undefined;
  const list = toks.slice(from, toks.length - 1).map((t) => t.text);
  // The phrase ends on its head, or on "of"/"for" and what the head governs ("the Prime Minister of Varonia").
  let last = list.length - 1;
  while (last > 0 && !words.headType(list[last]!) && (isCapital(list[last]!) || AFTER_HEAD.test(list[last]!))) last--;
  if (!words.headType(list[last]!) || (last < list.length - 1 && !/^(?:of|for)$/.test(list[last + 1]!))) return undefined;
  return { start: toks[from]!.start, head: list[last]! };
}

/** "Kestrel chief executive " or "Varonian airline " right before a name: the start, or undefined. */
function descriptorBefore(toks: Tok[], words: Words, isName: (t: Tok) => boolean): number | undefined {
  const n = toks.length;
  // Back over the description to the name that leads it; that name must be another mention.
  for (let k = n - 2; k >= 0 && n - k <= 6; k--) {
    const t = toks[k]!;
    if (isPunct(t.text) || words.isStop(t.text) || /^(?:and|of|for|in|at)$/.test(t.text)) return undefined;
    if (isName(t)) {
      let j = k;
      while (j > 0 && isName(toks[j - 1]!) && !isPunct(toks[j - 1]!.text)) j--;
      return j > 0 && /^the$/i.test(toks[j - 1]!.text) ? toks[j - 1]!.start : toks[j]!.start;
    }
  }
  return undefined;
}
