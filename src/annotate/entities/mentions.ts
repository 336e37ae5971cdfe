import type { Sentence } from '../sentences/split.js';
import type { GazetteerEntry, Lexicon } from './lexicon.js';
import { fold, isAllCaps, isCapitalised } from './normalise.js';
import { TITLE_QUALIFIERS, typeByShape, roleBefore, splitTitle } from './types.js';
import { scanWords, type Word } from './words.js';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';

/** A mention found in one sentence, before within-document coreference. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** name: a proper name; acronym: "TTP"; demonym: "Afghan"; role: "the spokesperson" (refers back to a person). */
  form: 'name' | 'acronym' | 'demonym' | 'role';
  /** strong: the gazetteer, an organisation word, a title or role said so; weak: guessed from shape. */
  evidence: 'strong' | 'weak';
  role?: string;
  gazetteer?: string;
  /** Dropped unless coreference joins it to another mention. */
  tentative?: boolean;
  /** The context that decided the type, when it was context ("in Varonia", "\"Sofia\" is a given name"). */
  typedBy?: string;
  /** Read from the dateline ("PORT ELMA (Harbour Wire):"), whose brackets credit an agency, not an alias. */
  dateline?: boolean;
}

// Parts of speech that never start a name at the head of a sentence ("According", "He", "Although").
const NOT_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'VERB', 'PART', 'NUM', 'INTJ', 'ADJ', 'PUNCT']);
const NOT_NAME_TAGS = /^(Determiner|Pronoun|Preposition|Conjunction|Adverb|QuestionWord|Modal|Copula|PastTense|PresentTense|Infinitive|Gerund|Adjective|Plural|Expression|Comparative|Superlative)$/;

/**
 * Finds the names in one sentence: runs of capitalised words (with connectors such as "of", "al", "bin"),
 * typed by the gazetteer, organisation and place words, titles and role words before them, and shape.
 * In a sentence written in capitals only the gazetteer is trusted. `named` holds the words the document
 * capitalises in running text: at the head of a sentence they are names too ("Brisk recalled ...").
 */
export function detectMentions(text: string, sentence: Sentence, lex: Lexicon, named: ReadonlySet<string> = new Set()): Mention[] {
  const words = splitCompounds(scanWords(text, sentence.start, sentence.end), lex);
  if (!words.length) return [];
  const pos = lazyTags(sentence);
  // Capitals say nothing in a line written in capitals or in title case (a headline): trust only the gazetteer.
  const chunk = text.slice(sentence.start, sentence.end);
  const capitalsOnly = !/\p{Ll}/u.test(chunk) && chunk.replace(/[^\p{L}]/gu, '').length > 12;
  const shouting = capitalsOnly || isTitleCase(words, text, sentence.end);
  const gaz = words.map((_, i) => gazetteerAt(words, i, lex, text));
  const cap = words.map((w, i) => !shouting && isNameWord(w, i, words, text, pos, lex, gaz[i] !== undefined || named.has(w.text)));
  const mentions: Mention[] = [];

  let i = 0;
  while (i < words.length) {
    if (!cap[i] && !gaz[i]) {
      const role = roleMention(words, i, lex);
      if (role) mentions.push(role);
      i++;
      continue;
    }
    // Grow the run over capitalised words, gazetteer phrases and connectors between capitalised words.
    let end = gaz[i] ? gaz[i]!.last : i;
    for (;;) {
      const next = words[end + 1];
      if (!next?.joined) break;
      if (cap[end + 1] || gaz[end + 1]) {
        end = gaz[end + 1] ? Math.max(end + 1, gaz[end + 1]!.last) : end + 1;
        continue;
      }
      const after = words[end + 2];
      if (after?.joined && (cap[end + 2] || gaz[end + 2]) && connectorFits(next.text, words.slice(i, end + 1), lex)) {
        end += 2;
        continue;
      }
      break;
    }
    // A lone capitalised word that wink does not read as a proper noun ("Governments") is left out.
    const found = typeRun(words, i, end, gaz, text, lex, shouting);
    // A lone unknown word at the head of a sentence ("Envoys from ...") is kept only if coreference ties it to another.
    for (const m of found) {
      const lone = m.evidence === 'weak' && m.form === 'name' && (m.type === 'OTHER' || m.type === 'ORG') && i === end;
      if (lone && pos.get(m.start) !== 'PROPN') continue;
      // A capitalised plural or dictionary word at the head of a sentence ("Envoys", "Freight", "Lorry") is
      // rarely a name: kept only when coreference ties it to another mention of the document.
      const single = i === end && !m.gazetteer && !m.typedBy && m.form === 'name';
      const common = (lone || single) && atHead(words, i, text) && !named.has(words[i]!.text) && ((lone && /s$/.test(words[i]!.text)) || lex.englishWords.has(words[i]!.text.toLowerCase()));
      mentions.push(common ? { ...m, tentative: true } : m);
    }
    i = end + 1;
  }
  return mentions;
}

/** wink's tag of the token starting at an offset; the map is built only for sentences that ask. */
function lazyTags(sentence: Sentence): { get(start: number): string | undefined } {
  let map: Map<number, string> | undefined;
  return {
    get(start) {
      map ??= new Map(sentence.tokens.map((t) => [t.start, t.pos]));
      return map.get(start);
    },
  };
}

/** The first word of a sentence, or the first after an opening quote, bracket or colon. */
function atHead(words: Word[], i: number, text: string): boolean {
  return i === 0 || /[“"‘'(\[:—–>|]\s*$/.test(text.slice(Math.max(0, words[i]!.start - 3), words[i]!.start));
}

/** A headline: no final stop and nearly every word of four or more letters capitalised. */
function isTitleCase(words: Word[], text: string, end: number): boolean {
  if (/[.!?”"]\s*$/.test(text.slice(Math.max(0, end - 2), end))) return false;
  const long = words.filter((w) => w.text.length >= 4);
  return long.length >= 3 && words.length <= 20 && long.filter((w) => isCapitalised(w.text)).length >= long.length * 0.8;
}

/** Splits "India-backed" and "anti-Pakistan" into parts, and "Kestria-Valdor" when both parts are places. */
function splitCompounds(words: Word[], lex: Lexicon): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (!/[‐‑-]/.test(w.text)) {
      out.push(w);
      continue;
    }
    const parts = [...w.text.matchAll(/[^‐‑-]+/g)];
    if (parts.length < 2 || lex.gazetteer.has(fold(w.text))) {
      out.push(w);
      continue;
    }
    // Lower-case connectors inside a name ("Tehreek-e-Taliban", "Jaish-al-Adl") do not make it a compound.
    const lower = parts.some((p, k) => !isCapitalised(p[0]) && !(k > 0 && k < parts.length - 1 && lex.connectors.has(p[0])));
    const allKnown = parts.every((p) => lex.gazetteer.has(fold(p[0])));
    if (!lower && !allKnown) {
      out.push(w);
      continue;
    }
    parts.forEach((p, k) => out.push({ start: w.start + p.index, end: w.start + p.index + p[0].length, text: p[0], joined: k === 0 ? w.joined : false }));
  }
  return out;
}

type GazetteerHit = { last: number; id: string; entry: GazetteerEntry };

function gazetteerAt(words: Word[], i: number, lex: Lexicon, text: string): GazetteerHit | undefined {
  if (!/^\p{Lu}/u.test(words[i]!.text)) return undefined;
  const head = fold(words[i]!.text);
  const most = lex.starts.get(head.split(' ')[0]!);
  if (most === undefined) return undefined;
  let found: GazetteerHit | undefined;
  // The folded phrase grows word by word; a gap with an ampersand ("AT & T") is folded from the text.
  let key = head;
  for (let j = i; j < words.length && j < i + most; j++) {
    if (j > i) {
      if (!words[j]!.joined) break;
      key = text.slice(words[j - 1]!.end, words[j]!.start).includes('&') ? fold(text.slice(words[i]!.start, words[j]!.end)) : `${key} ${fold(words[j]!.text)}`;
    }
    const entry = lex.gazetteer.get(key);
    // "Who" is a question, "WHO" the organisation: a one-word organisation that is also a dictionary word
    // counts only when written in capitals.
    if (entry && j === i && entry.kind === 'organisation' && !isAllCaps(words[i]!.text) && lex.englishWords.has(words[i]!.text.toLowerCase())) continue;
    // A phrase must end on a capitalised word ("Bank of England", not "Bank of").
    if (entry && /^\p{Lu}/u.test(words[j]!.text)) found = { last: j, id: entry.id, entry };
  }
  // One-letter and lower-case look-alikes of common words ("US" is a country, "us" is not) are checked by case above.
  return found;
}

function isNameWord(w: Word, i: number, words: Word[], text: string, pos: { get(start: number): string | undefined }, lex: Lexicon, inGazetteer: boolean): boolean {
  // Brand names in camel case ("iPhone", "eBay") are names despite the lower-case first letter.
  if (/^[a-z]\p{Lu}\p{Ll}/u.test(w.text)) return true;
  // "A." is an initial, "A" an article: the list of never-names is matched with the dot.
  if (!isCapitalised(w.text) || lex.neverNames.has(w.text)) return false;
  if (/^\p{N}/u.test(w.text)) return false;
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  const initial = i === 0 || /[“"‘'(\[:]\s*$/.test(before);
  if (!initial || inGazetteer) return true;
  // At the head of a sentence capitals say nothing: keep the word only if it reads as a name.
  const tags = lex.tags(w.text);
  if (tags.some((t) => /Name|City|Country|Place|Region|Organization|Person|Honorific/.test(t))) return true;
  if (lex.honorifics.has(w.text) || lex.titles.has(w.text)) return true;
  if (tags.some((t) => NOT_NAME_TAGS.test(t))) return false;
  // "Brisk Mobility said ...": an unknown word before another capitalised word starts a name, whatever
  // part of speech wink guesses for it (it reads many such words as adjectives or verbs).
  if (words[i + 1]?.joined && isCapitalised(words[i + 1]!.text) && !lex.neverNames.has(words[i + 1]!.text) && !tags.length) return true;
  const tag = pos.get(w.start);
  if (tag && NOT_NAME_POS.has(tag)) return false;
  if (isAllCaps(w.text) && w.text.length > 1) return true;
  // An unknown capitalised word followed by another name word is the start of a name ("Khawaja Asif said").
  return tag === 'PROPN' || (words[i + 1]?.joined === true && isCapitalised(words[i + 1]!.text));
}

function connectorFits(word: string, run: Word[], lex: Lexicon): boolean {
  const hasHead = run.some((w) => lex.orgWords.has(w.text) || lex.titles.has(w.text) || lex.placeWords.has(w.text) || lex.honorifics.has(w.text));
  if (word === 'of' || word === 'for' || word === 'and' || word === 'on' || word === 'the') return hasHead;
  return lex.connectors.has(word) && word === word.toLowerCase();
}

/** "the spokesperson", "the minister": a role word that refers back to a person named earlier. */
function roleMention(words: Word[], i: number, lex: Lexicon): Mention | undefined {
  const w = words[i]!;
  if (!lex.roleHeads.has(w.text.toLowerCase()) || !/^the$/i.test(words[i - 1]?.text ?? '')) return undefined;
  const next = words[i + 1];
  if (next?.joined && isCapitalised(next.text)) return undefined;
  return { start: w.start, end: w.end, type: 'PERSON', form: 'role', evidence: 'weak', role: w.text.toLowerCase() };
}

function typeRun(words: Word[], first: number, last: number, gaz: (GazetteerHit | undefined)[], text: string, lex: Lexicon, shouting: boolean): Mention[] {
  const run = words.slice(first, last + 1);
  const span = (a: number, b: number) => ({ start: words[a]!.start, end: words[b]!.end });
  const whole = lex.gazetteer.get(fold(text.slice(run[0]!.start, run[run.length - 1]!.end)));
  if (whole) return [fromGazetteer(span(first, last), whole)];
  if (shouting) {
    // Only gazetteer phrases inside the run.
    const out: Mention[] = [];
    for (let k = first; k <= last; k++) {
      const g = gaz[k];
      if (!g) continue;
      out.push(fromGazetteer(span(k, g.last), g.entry));
      k = g.last;
    }
    return out;
  }
  // "Kestrel Motors CEO Ilse Carrow": an organisation, then a title and a name; the person's role keeps both.
  const t = titleAfterPrefix(run, lex);
  if (t > 0) {
    const head = typeRun(words, first, first + t - 1, gaz, text, lex, false);
    const rest = typeRun(words, first + t, last, gaz, text, lex, false).map((m) =>
      m.type === 'PERSON' && m.role ? { ...m, role: `${text.slice(words[first]!.start, words[first + t - 1]!.end)} ${m.role}` } : m,
    );
    return [...head, ...rest];
  }
  if (run.some((w, k) => lex.orgWords.has(w.text) && !(k === 0 && run.length > 1 && lex.titles.has(w.text)))) {
    return [{ ...span(first, last), type: 'ORG', form: 'name', evidence: 'strong' }];
  }
  // A run made of gazetteer phrases only ("Kestria Valdor" with both known) is several mentions.
  const pieces: [number, number][] = [];
  for (let k = first; k <= last; ) {
    const g = gaz[k];
    if (!g || g.last > last) break;
    pieces.push([k, g.last]);
    k = g.last + 1;
    if (k > last) {
      return pieces.map(([a, b]) => fromGazetteer(span(a, b), gaz[a]!.entry));
    }
  }
  const titled = splitTitle(run, lex, text);
  if (titled) {
    const out: Mention[] = [];
    // Gazetteer names inside the title ("Turkish Foreign Minister") are mentions too.
    for (let k = first; k < first + titled.nameFrom; k++) {
      const g = gaz[k];
      if (g && g.last < first + titled.nameFrom) {
        out.push(fromGazetteer(span(k, g.last), g.entry));
        k = g.last;
      }
    }
    if (titled.nameFrom < run.length) out.push({ ...span(first + titled.nameFrom, last), type: 'PERSON', form: 'name', evidence: 'strong', ...(titled.role ? { role: titled.role } : {}) });
    return out;
  }
  // A leading demonym is its own mention ("Valdorian Ilse Carrow").
  if (gaz[first]?.entry.kind === 'demonym' && gaz[first]!.last < last) {
    const g = gaz[first]!;
    return [fromGazetteer(span(first, g.last), g.entry), ...typeRun(words, g.last + 1, last, gaz, text, lex, false)];
  }
  const role = roleBefore(words, first, text, lex);
  if (role) return [{ ...span(first, last), type: 'PERSON', form: 'name', evidence: 'strong', role }];
  const shape = typeByShape(words, first, last, text, lex);
  return shape ? [{ ...span(first, last), ...shape }] : [];
}

/** Index of a title word that follows a non-title prefix and precedes a name, or -1. */
function titleAfterPrefix(run: Word[], lex: Lexicon): number {
  const isTitle = (w: Word) => lex.titles.has(w.text) || (lex.honorifics.has(w.text) && w.text !== 'General');
  for (let t = 1; t < run.length - 1; t++) {
    if (!isTitle(run[t]!)) continue;
    // "Defence Minister", "Federal Information Minister": qualifiers only before the title; splitTitle's case.
    if (run.slice(0, t).every((w) => TITLE_QUALIFIERS.has(w.text) || lex.roleTopics.has(w.text) || lex.titles.has(w.text) || lex.honorifics.has(w.text) || lex.gazetteer.get(fold(w.text))?.kind === 'demonym')) return -1;
    const after = run.slice(t + 1);
    if (after.some((w) => lex.orgWords.has(w.text)) || after.every((w) => isTitleWord(w, lex))) continue;
    return t;
  }
  return -1;
}

const isTitleWord = (w: Word, lex: Lexicon) => lex.titles.has(w.text) || lex.honorifics.has(w.text) || lex.roleTopics.has(w.text) || lex.connectors.has(w.text);

function fromGazetteer(where: { start: number; end: number }, entry: { id: string; type: EntityType; kind: string }): Mention {
  return { ...where, type: entry.type, form: entry.kind === 'demonym' ? 'demonym' : 'name', evidence: 'strong', gazetteer: entry.id };
}
