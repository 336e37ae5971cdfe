import type { Sentence } from '../sentences/split.js';
import type { ReadSentence } from '../sentences/tokens.js';
import { isNameWord, tagReader } from './name-word.js';
import { mention } from './mention.js';
import type { Lexicon } from './lexicon.js';
import type { NounPhrase } from './noun-phrases.js';
import { fold, isAllCaps, isCapitalised } from './normalise.js';
import { TITLE_QUALIFIERS, personCue, typeByShape, roleBefore, splitTitle } from './types.js';
import { atHead, connectorFits, dictionaryProductAtHead, gazetteerAt, nameGoesOnAfterAnd, splitCompounds, type GazetteerHit } from './phrases.js';
import { headlineMentions, isTitleCase, type Headline } from './headlines.js';
import { venueAt } from './cues.js';
import { loneAdjective } from './not-names.js';
import { elidedProduct, isModel, productAfterMaker, productEnd } from './products.js';
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
  /** The model designation of a product named by maker and model ("787" in "Boeing 787"). */
  model?: string;
  /** The noun phrase the name heads, when wider than the name (noun-phrases.ts). */
  phrase?: NounPhrase;
}

/**
 * Finds the names in one sentence: runs of capitalised words (with connectors such as "of", "al", "bin"),
 * typed by the gazetteer, organisation and place words, titles and role words before them, and shape.
 * In a sentence written in capitals only the gazetteer is trusted. `named` holds the words the document
 * capitalises in running text: at the head of a sentence they are names too ("Brisk recalled ...").
 */
export function detectMentions(text: string, sentence: Sentence | ReadSentence, lex: Lexicon, named: ReadonlySet<string> = new Set(), headline?: Headline): Mention[] {
  const words = splitCompounds(scanWords(text, sentence.start, sentence.end), lex);
  if (!words.length) return [];
  const tagAt = tagReader(sentence);
  // Capitals say nothing in a line written in capitals or in title case (a headline): trust only the gazetteer.
  const chunk = text.slice(sentence.start, sentence.end);
  const capitalsOnly = !/\p{Ll}/u.test(chunk) && chunk.replace(/[^\p{L}]/gu, '').length > 12;
  const shouting = capitalsOnly || isTitleCase(words, text, sentence.end);
  // A headline waits for the names of the running text (headlines.ts), when the caller has them to give.
  if (shouting && headline) {
    headline.shouting = true;
    if (!headline.known) return [];
  }
  const gaz: (GazetteerHit | undefined)[] = [];
  const cap: boolean[] = [];
  for (let i = 0; i < words.length; i++) gaz.push(gazetteerAt(words, i, lex, text));
  for (let i = 0; i < words.length; i++) cap.push(!shouting && isNameWord(words[i]!, i, words, text, tagAt, lex, gaz[i] !== undefined, named));
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
      if (after?.joined && (cap[end + 2] || gaz[end + 2]) && (connectorFits(next.text, words.slice(i, end + 1), lex) || nameGoesOnAfterAnd(words, i, end, cap, lex))) {
        end += 2;
        continue;
      }
      break;
    }
    // "US$ 40 billion", "HK$ 2", "9.99 US dollars": a country code before a dollar names a currency, not the country.
    if (i === end && (text[words[end]!.end] === '$' || text.startsWith(' dollar', words[end]!.end)) && /^\p{Lu}{1,3}$/u.test(words[i]!.text.replace(/\./g, ''))) {
      i = end + 1;
      continue;
    }
    // "Air France Flight 447": the flight number goes with "Flight", which is not part of the airline's name.
    const numbered = end > i && lex.numbered.has(words[end]!.text) && words[end + 1]?.joined === true && /^\d/.test(words[end + 1]!.text);
    if (numbered) end--;
    // A lone capitalised word that wink does not read as a proper noun ("Governments") is left out.
    const found = typeRun(words, i, end, gaz, text, lex, shouting);
    // A maker's name and a model number make a product ("Boeing 787 Dreamliner").
    // "Chapter 11", "Gate 12": a numbering word alone before its number names no product (not-names.ts drops it).
    const numberedAlone = i === end && lex.numbered.has(words[i]!.text);
    const product = !shouting && !numbered && !numberedAlone && found.length === 1 && (found[0]!.type === 'ORG' || found[0]!.type === 'OTHER') && found[0]!.start === words[i]!.start && found[0]!.end === words[end]!.end
      ? productEnd(words, end, (k) => cap[k]! || gaz[k] !== undefined, found[0]!.gazetteer?.startsWith('product:'))
      : -1;
    if (product > 0) {
      const model = words[end + 1]!.text;
      const maker = text.slice(words[i]!.start, words[end]!.end);
      // Only a model designation is looked for elsewhere in the text: a version ("4" in "iPhone 4") is not.
      mentions.push(mention({ start: words[i]!.start, end: words[product]!.end, type: 'OTHER', form: 'name', evidence: 'strong', typedBy: `"${model}" is a ${isModel(model) ? 'model' : 'version'} of "${maker}"`, ...(isModel(model) ? { model } : {}) }));
      i = product + 1;
      continue;
    }
    // A lone unknown word at the head of a sentence ("Envoys from ...") is kept only if coreference ties it to another.
    for (const m of found) {
      // "the Shuffle" in a document that names the "iPod": the iPod Shuffle, whatever wink makes of the word.
      // A person's guess stays one: "Cooper said" is no Mini Cooper.
      const elided = i === end && m.evidence === 'weak' && m.form === 'name' && m.type !== 'PERSON' && !atHead(words, i, text) ? elidedProduct(words[i]!.text, text, lex) : undefined;
      if (elided) {
        mentions.push(mention({ start: m.start, end: m.end, type: 'OTHER', form: 'name', evidence: 'strong', gazetteer: elided.id, typedBy: `"${words[i]!.text}" of "${elided.prefix} ${words[i]!.text}"` }));
        continue;
      }
      // Model designations ("A380") are kept whatever wink makes of them.
      const lone = m.evidence === 'weak' && m.form === 'name' && (m.type === 'OTHER' || m.type === 'ORG') && i === end && !isModel(words[i]!.text);
      // Unless the document capitalises it in running text ("said Angers"): then it stays if coreference
      // ties it to another mention (the surname of "Paul Angers").
      if (lone && tagAt(m.start) !== 'PROPN') {
        if (named.has(words[i]!.text) && !atHead(words, i, text)) mentions.push(mention({ ...m, tentative: true }));
        continue;
      }
      // A capitalised plural or dictionary word at the head of a sentence ("Envoys", "Freight", "Lorry") is
      // rarely a name: kept only when coreference ties it to another mention of the document.
      const single = i === end && !m.gazetteer && !m.typedBy && m.form === 'name';
      const common = (lone || single) && atHead(words, i, text) && !named.has(words[i]!.text) && ((lone && /s$/.test(words[i]!.text)) || lex.englishWords.has(words[i]!.text.toLowerCase()));
      // "in Black and White": a lone capitalised adjective that shape alone made an organisation is kept only
      // if coreference ties it to a name ("White" of "Jack White"); not-names.ts says when it is one.
      const adjective = !common && single && m.evidence === 'weak' && m.type === 'ORG' && loneAdjective(words[i]!.text, text, m.end, lex);
      mentions.push(common || adjective ? mention({ ...m, tentative: true }) : m);
    }
    i = numbered ? end + 2 : end + 1;
  }
  return shouting && headline?.known ? headlineMentions(words, text, headline.known, mentions) : mentions;
}

// Suffixes that close a company's name ("Kestrel Inc.", "Marrow Ltd").
const CORPORATE_SUFFIX = /^(?:Inc|Corp|Ltd|LLC|plc|PLC|Co|GmbH|N\.V|S\.A)\.?$/;

/** "the spokesperson", "the minister": a role word that refers back to a person named earlier. */
function roleMention(words: Word[], i: number, lex: Lexicon): Mention | undefined {
  const w = words[i]!;
  const the = words[i - 1]?.text;
  if (the?.length !== 3 || !/^the$/i.test(the) || !lex.roleHeads.has(w.text.toLowerCase())) return undefined;
  const next = words[i + 1];
  if (next?.joined && isCapitalised(next.text)) return undefined;
  return mention({ start: w.start, end: w.end, type: 'PERSON', form: 'role', evidence: 'weak', role: w.text.toLowerCase() });
}

function typeRun(words: Word[], first: number, last: number, gaz: (GazetteerHit | undefined)[], text: string, lex: Lexicon, shouting: boolean): Mention[] {
  const run = words.slice(first, last + 1);
  const whole = lex.gazetteer.get(fold(text.slice(run[0]!.start, run[run.length - 1]!.end)));
  if (whole && !(first === last && dictionaryProductAtHead(whole, words, first, text, lex))) return [fromGazetteer(words, first, last, whole)];
  if (shouting) {
    // Only gazetteer phrases inside the run.
    const out: Mention[] = [];
    for (let k = first; k <= last; k++) {
      const g = gaz[k];
      if (!g) continue;
      out.push(fromGazetteer(words, k, g.last, g.entry));
      k = g.last;
    }
    return out;
  }
  // "Kestrel Motors CEO Ilse Carrow": an organisation, then a title and a name; the person's role keeps both.
  const t = titleAfterPrefix(run, lex);
  if (t > 0) {
    // "Presiding Judge Ilse Carrow", "Outgoing CEO ...": a participle or adjective at a sentence's head
    // before the title is no name ("Apple CEO ..." is one: a noun).
    const word = run[0]!.text;
    const plainWord = t === 1 && atHead(words, first, text) && lex.englishWords.has(word.toLowerCase()) && (/(?:ing|ed)$/.test(word) || lex.tags(word).some((x) => /^(?:Adjective|Gerund|PastTense)$/.test(x)));
    // "Kestrel Foreign Minister Ilse Carrow": the words that say what the title is about belong to it.
    let h = t;
    while (h > 1 && (lex.roleTopics.has(run[h - 1]!.text) || TITLE_QUALIFIERS.has(run[h - 1]!.text))) h--;
    const head = plainWord ? [] : typeRun(words, first, first + h - 1, gaz, text, lex, false);
    const rest = typeRun(words, first + t, last, gaz, text, lex, false).map((m) =>
      m.type === 'PERSON' && m.role ? mention({ ...m, role: `${text.slice(words[first]!.start, words[first + t - 1]!.end)} ${m.role}` }) : m,
    );
    return [...head, ...rest];
  }
  // "Apple Inc. Steve Jobs": a corporate suffix ends the company's name; what follows is another name.
  const suffix = run.length < 3 ? -1 : run.findIndex((w, k) => k > 0 && k < run.length - 1 && CORPORATE_SUFFIX.test(w.text));
  if (suffix > 0) return [...typeRun(words, first, first + suffix, gaz, text, lex, false), ...typeRun(words, first + suffix + 1, last, gaz, text, lex, false)];
  // "Ryanair CEO, Michael O'Leary", "the White House Press Secretary": a title that ends the run, with the
  // words that say what it is about ("Press"), is not part of the company's name.
  if (run.length > 1 && lex.titles.has(run[run.length - 1]!.text) && !splitTitle(run, lex, text)) {
    let cut = last;
    while (cut - 1 > first && (lex.roleTopics.has(words[cut - 1]!.text) || TITLE_QUALIFIERS.has(words[cut - 1]!.text))) cut--;
    if (!run.slice(0, cut - first).some((w) => lex.orgWords.has(w.text))) return typeRun(words, first, cut - 1, gaz, text, lex, false);
  }
  // "Moscone West Convention Center" is a venue: a place, though "Center" alone heads organisations.
  if (run.length > 2 && lex.venues.has(`${run[run.length - 2]!.text} ${run[run.length - 1]!.text}`)) return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'PLACE', form: 'name', evidence: 'strong' })];
  // "at Moscone Center", "at the Moscone West center": a venue, a place (cues.ts).
  const venue = venueAt(words, first, last, lex);
  if (venue) return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'PLACE', form: 'name', evidence: 'strong', typedBy: `"at ... ${venue}"` })];
  // "Chairman and Chief Operating Officer of Kestrel Airways": the title governs the organisation, whose word does not make the title part of its name.
  const governed = lex.titles.has(run[0]!.text) ? splitTitle(run, lex, text) : undefined;
  let from = governed && /^(?:of|for)$/.test(run[governed.nameFrom]?.text ?? '') ? first + governed.nameFrom : -1;
  while (from >= 0 && from < last && lex.connectors.has(words[from]!.text)) from++;
  if (from >= 0 && isCapitalised(words[from]!.text)) return typeRun(words, from, last, gaz, text, lex, false);
  // "said Jim Press", "Ella Bank, the mayor of ...": a given name, a surname that is also an organisation word,
  // and a person's cue around them make a person, not a newspaper or a bank.
  if (run.length <= 3 && lex.givenNames.has(run[0]!.text) && lex.orgWords.has(run[run.length - 1]!.text) && !run.slice(0, -1).some((w) => lex.orgWords.has(w.text))) {
    const person = personCue(words, first, last, text, lex);
    if (person) return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'PERSON', form: 'name', evidence: 'strong', typedBy: person.said, role: person.role })];
  }
  // "Press Secretary Dana Perino": an organisation word that says what a title is about is part of the title.
  if (run.some((w, k) => lex.orgWords.has(w.text) && !(k === 0 && run.length > 1 && lex.titles.has(w.text)) && !(lex.roleTopics.has(w.text) && k + 1 < run.length && lex.titles.has(run[k + 1]!.text)))) {
    return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'ORG', form: 'name', evidence: 'strong' })];
  }
  // A run made of gazetteer phrases only ("Kestria Valdor" with both known) is several mentions.
  const pieces: [number, number][] = [];
  for (let k = first; k <= last; ) {
    const g = gaz[k];
    if (!g || g.last > last) break;
    pieces.push([k, g.last]);
    k = g.last + 1;
    if (k > last) {
      return pieces.map(([a, b]) => fromGazetteer(words, a, b, gaz[a]!.entry));
    }
  }
  // A product's name and what follows it are one product: a version or edition ("Varo OS Lynx", "iPod Classic").
  const lead = gaz[first];
  if (lead && (lead.entry.kind === 'product' || lead.entry.kind === 'index') && lead.last < last) {
    return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'OTHER', form: 'name', evidence: 'strong', gazetteer: lead.id, typedBy: `"${text.slice(words[first]!.start, words[lead.last]!.end)}" is a product` })];
  }
  // "Apple Macintosh", "Kestrel iPhone": an unknown maker's name before a product line names the product.
  const tail = productAfterMaker(gaz, first, last);
  if (tail > 0) return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'OTHER', form: 'name', evidence: 'strong', gazetteer: gaz[tail]!.id, typedBy: `"${text.slice(words[tail]!.start, words[last]!.end)}" is a product` })];
  const titled = splitTitle(run, lex, text);
  if (titled) {
    const out: Mention[] = [];
    // Gazetteer names inside the title ("Turkish Foreign Minister") are mentions too.
    for (let k = first; k < first + titled.nameFrom; k++) {
      const g = gaz[k];
      if (g && g.last < first + titled.nameFrom) {
        out.push(fromGazetteer(words, k, g.last, g.entry));
        k = g.last;
      }
    }
    // "CEO of Kestrel Aero": after "of" or "for" comes what the title governs, not the holder's name.
    const from = first + titled.nameFrom;
    if (titled.nameFrom < run.length && /^(?:of|for)$/.test(words[from]!.text) && from < last) out.push(...typeRun(words, from + 1, last, gaz, text, lex, false));
    // "Chief Operating Officer": a name does not end on a title word; the run is all title.
    else if (titled.nameFrom < run.length && !lex.titles.has(run[run.length - 1]!.text)) out.push(mention({ start: words[from]!.start, end: words[last]!.end, type: 'PERSON', form: 'name', evidence: 'strong', ...(titled.role ? { role: titled.role } : {}) }));
    return out;
  }
  // A leading demonym is its own mention ("Valdorian Ilse Carrow"), and so is a country before an acronym ("UK RAF").
  const countryAcronym = gaz[first]?.entry.kind === 'country' && gaz[first]!.last === last - 1 && isAllCaps(words[last]!.text) && words[last]!.text.length > 1;
  if ((gaz[first]?.entry.kind === 'demonym' || countryAcronym) && gaz[first]!.last < last) {
    const g = gaz[first]!;
    return [fromGazetteer(words, first, g.last, g.entry), ...typeRun(words, g.last + 1, last, gaz, text, lex, false)];
  }
  // "President of the United States Barack Obama": a title's place, then the holder's name; two mentions.
  const place = gaz[first];
  if (place && place.entry.type === 'PLACE' && last - place.last >= 2 && last - place.last <= 3) {
    const rest = typeRun(words, place.last + 1, last, gaz, text, lex, false);
    if (rest.length === 1 && rest[0]!.type === 'PERSON' && rest[0]!.start === words[place.last + 1]!.start && rest[0]!.end === words[last]!.end) return [fromGazetteer(words, first, place.last, place.entry), rest[0]!];
  }
  const role = roleBefore(words, first, text, lex);
  if (role) return [mention({ start: words[first]!.start, end: words[last]!.end, type: 'PERSON', form: 'name', evidence: 'strong', role })];
  const shape = typeByShape(words, first, last, text, lex);
  if (!shape) return [];
  // Field by field: a spread of the shape's object is several times slower on this hot path.
  return [mention({ start: words[first]!.start, end: words[last]!.end, type: shape.type, form: shape.form, evidence: shape.evidence, typedBy: shape.typedBy, role: shape.role })];
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

function fromGazetteer(words: Word[], a: number, b: number, entry: { id: string; type: EntityType; kind: string }): Mention {
  return mention({ start: words[a]!.start, end: words[b]!.end, type: entry.type, form: entry.kind === 'demonym' ? 'demonym' : 'name', evidence: 'strong', gazetteer: entry.id });
}
