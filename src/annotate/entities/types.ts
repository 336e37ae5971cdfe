import type { Lexicon } from './lexicon.js';
import type { EntityType, Mention } from './mentions.js';
import { placeCue } from './cues.js';
import { fold, isAllCaps, isCapitalised } from './normalise.js';
import type { Word } from './words.js';

// Words that qualify a title without being a title ("Prime", "Federal", "Acting", "former").
export const TITLE_QUALIFIERS = new Set(['Prime', 'Vice', 'Deputy', 'Acting', 'Former', 'Senior', 'Federal', 'Provincial', 'State', 'Interim', 'Caretaker', 'Chief', 'General', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Operating', 'Financial', 'Technology', 'Marketing']);
const BARE_HONORIFICS = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Syed|Begum|Hafiz|Qari)\.?$/;

const OF_FOR = /^(?:of|for)$/;
const isTitlePart = (w: string | undefined, lex: Lexicon) => w === undefined || lex.titles.has(w) || lex.honorifics.has(w) || TITLE_QUALIFIERS.has(w) || lex.roleTopics.has(w) || lex.connectors.has(w);

/**
 * Splits a leading title from a name: "Defence Minister Kael Orsk" → role "Defence Minister", name from
 * word 2; "Minister for Trade and Ports Ilse Carrow" → role up to "Ports". Undefined when the run does not
 * start with a title. A run that is all title ("Prime Minister") returns nameFrom = run.length.
 */
export function splitTitle(run: Word[], lex: Lexicon, text: string): { nameFrom: number; role?: string } | undefined {
  let k = 0;
  let sawTitle = false;
  let lastTitleWord = -1;
  while (k < run.length) {
    const w = run[k]!.text;
    const entry = lex.gazetteer.get(fold(w));
    // "Chief Executive Officer of General Motors": after "of" a title word that qualifies no other title
    // word starts the name the title governs.
    if (k > 1 && OF_FOR.test(run[k - 1]!.text) && (lex.titles.has(w) || lex.honorifics.has(w)) && !isTitlePart(run[k + 1]?.text, lex)) break;
    if (lex.titles.has(w) || lex.honorifics.has(w)) {
      sawTitle = true;
      lastTitleWord = k;
    } else if (!(TITLE_QUALIFIERS.has(w) || lex.roleTopics.has(w) || (k > 0 && lex.connectors.has(w)) || w === 'and' || (entry && (entry.kind === 'demonym' || entry.kind === 'country')))) break;
    k++;
  }
  if (!sawTitle) return undefined;
  // Qualifiers after the last title word belong to it only when joined by a connector ("Minister for Trade").
  let nameFrom = k;
  if (!run.slice(lastTitleWord + 1, k).some((w) => w.text === 'for' || w.text === 'of')) nameFrom = lastTitleWord + 1;
  while (nameFrom > 0 && nameFrom < run.length && lex.connectors.has(run[nameFrom - 1]!.text)) nameFrom--;
  // The name cannot be a connector or empty of capitals; a one-word "name" after a title that ends the run is kept.
  const titleWords = run.slice(0, nameFrom);
  const firstReal = titleWords.findIndex((w) => !BARE_HONORIFICS.test(w.text));
  const role = firstReal < 0 ? undefined : text.slice(titleWords[firstReal]!.start, titleWords[titleWords.length - 1]!.end);
  return { nameFrom, ...(role ? { role } : {}) };
}

const NOT_ROLE_MODIFIER = /^(the|a|an|of|by|and|or|to|in|on|at|for|from|with|said|says|told|its|his|her|their|our|former|new|top|senior|would|will|could|should|can|may|might|must|did|does|do|not|to|was|is|were|been|be|being|has|had|have)$/i;
// A role word after one of these is a verb ("Varonia would judge Teskár by ...", "to chair Kestrel").
const VERB_BEFORE = /^(would|will|could|should|can|may|might|must|did|does|do|not|to|also|never|shall)$/i;

/** "spokesperson Ilse Carrow", "intelligence chief Kael Orsk", "Trade Office spokesperson ..." → the role words. */
export function roleBefore(words: Word[], first: number, text: string, lex: Lexicon): string | undefined {
  const head = words[first - 1];
  if (!head || !words[first]!.joined || !lex.roleHeads.has(head.text)) return undefined;
  if (words[first - 2] && VERB_BEFORE.test(words[first - 2]!.text)) return undefined;
  let from = first - 1;
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const w = words[k]!;
    if (!words[k + 1]!.joined || NOT_ROLE_MODIFIER.test(w.text)) break;
    from = k;
  }
  return text.slice(words[from]!.start, head.end);
}

/** The `typedBy` of a happening's name ("\"Conference\" ends the name of an event"); stage.ts marks its cluster as an event. */
export const eventTypedBy = (head: string) => `"${head}" ends the name of an event`;
export const isEventTypedBy = (typedBy: string | undefined) => typedBy !== undefined && typedBy.endsWith(' ends the name of an event');

// Module-level so that typeByShape, which runs for most names, allocates no closures.
const strong = (type: EntityType) => ({ type, form: 'name' as const, evidence: 'strong' as const });
const weak = (type: EntityType) => ({ type, form: 'name' as const, evidence: 'weak' as const });

/** The type a run's shape and neighbours suggest when nothing stronger has spoken. */
export function typeByShape(words: Word[], first: number, last: number, text: string, lex: Lexicon): Pick<Mention, 'type' | 'form' | 'evidence' | 'typedBy' | 'role'> | undefined {
  const run = words.slice(first, last + 1);
  const lastWord = run[run.length - 1]!.text;
  const next = words[last + 1];
  // Brand and model names ("iPhone", "Kestrel K400", "Mark 2") are products, typed OTHER.
  if (/^[a-z]\p{Lu}/u.test(run[0]!.text) || /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}-]+$/u.test(lastWord)) return weak('OTHER');
  if (lex.placeWords.has(lastWord) && run.length > 1) return strong('PLACE');
  if (lex.eventWords.has(lastWord) && run.length > 1) return lex.occasionWords.has(lastWord) ? { type: 'OTHER', form: 'name', evidence: 'strong', typedBy: eventTypedBy(lastWord) } : strong('OTHER');
  // "Adam Air", "Lion Air": airlines, though "Adam" is a given name; "Air" inside a name decides nothing ("Paris Air Show").
  if (lex.orgLastWords.has(lastWord) && run.length > 1) return strong('ORG');
  if (next?.joined && lex.placeAfter.has(next.text)) return strong('PLACE');
  // "Sofia Brandt", "Anneli Varg": a known given name and a capitalised word after it make a person, even
  // when the given name is also a city ("Sofia"); a given name that is also a country ("Jordan") only weakly.
  // "the Green Left" is a party: a name after "the" is not a person's.
  const afterThe = /^the$/i.test(words[first - 1]?.text ?? '') && words[first]!.joined;
  if (run.length >= 2 && run.length <= 4 && !afterThe && lex.givenNames.has(run[0]!.text) && run.every((w) => isCapitalised(w.text)) && !lex.gazetteer.has(fold(lastWord))) {
    // A given name that is also a country ("Jordan") or an English word ("Dow Jones", "Ford Taurus",
    // "Will Smith") says so only weakly: an organisation word or a cue elsewhere may still win.
    // "Mark Papermaster": a surname that is no dictionary word lifts the doubt a dictionary given name casts.
    const doubtful = lex.gazetteer.get(fold(run[0]!.text))?.kind === 'country' || (lex.englishWords.has(run[0]!.text.toLowerCase()) && run.slice(1).every((w) => lex.englishWords.has(w.text.toLowerCase())));
    return { type: 'PERSON', form: 'name', evidence: doubtful ? 'weak' : 'strong', typedBy: `"${run[0]!.text}" is a given name` };
  }
  const person = personCue(words, first, last, text, lex);
  if (person) return { type: 'PERSON', form: 'name', evidence: 'weak', typedBy: person.said, ...(person.role ? { role: person.role } : {}) };
  const cue = placeCue(words, first, last, text, lex);
  // "in X" alone is weak ("a stake in Chrysler"); "X's capital", "the city of X", "X-based" are strong.
  if (cue) return { type: 'PLACE', form: 'name', evidence: cue.weak ? 'weak' : 'strong', typedBy: cue.said };
  if (run.length === 1) {
    const word = run[0]!.text;
    if (isAllCaps(word) && /^[\p{Lu}&]{2,6}$/u.test(word.replace(/\./g, ''))) return { type: 'ORG', form: 'acronym', evidence: 'weak' };
    const tags = lex.tags(word);
    if (tags.some((t) => /City|Country|Place|Region/.test(t))) return strong('PLACE');
    if (tags.some((t) => /Organization|SportsTeam/.test(t))) return strong('ORG');
    // '" Darwin "', '“Tiger”': one word set in quotes is what something is called (a code name, a product),
    // not a person, whom news names in full and without quotes.
    if (tags.some((t) => /FemaleName|MaleName|FirstName|LastName|Person/.test(t))) return quoted(text, run[0]!.start, run[0]!.end) ? weak('OTHER') : weak('PERSON');
    if (word.length < 2 || /^\p{N}/u.test(word)) return undefined;
    // An unknown capitalised word in running text is most often an organisation ("Kestrel said it would ...");
    // coreference turns it into a person when it is the surname of one named in full. Tuned on MEANTIME,
    // where defaulting to OTHER typed 118 organisation names wrongly.
    return weak('ORG');
  }
  // A company named after a country or city ("Ferrowind Valdoria", "Air Kestria") is not a person.
  // A division named after its company ("Kestrel Commercial Airplanes") is an organisation too.
  if (run.some((w) => lex.gazetteer.get(fold(w.text))?.type === 'PLACE') || lex.gazetteer.get(fold(run[0]!.text))?.kind === 'organisation') return weak('ORG');
  const tags0 = lex.tags(run[0]!.text);
  if (tags0.some((t) => /FemaleName|MaleName|FirstName/.test(t))) return strong('PERSON');
  if (lex.tags(lastWord).includes('LastName')) return weak('PERSON');
  // People are not joined by "&" ("Standard & Poor", "Marrow & Sons").
  if (text.slice(run[0]!.start, words[last]!.end).includes('&')) return weak('ORG');
  // "WIRE REPORT": a phrase in capitals inside ordinary text is an agency or outlet more often than a person.
  if (run.every((w) => isAllCaps(w.text))) return weak('ORG');
  // A middle initial ("Ilse A. Carrow") or a verb of saying after the name marks a person; other unknown
  // phrases of capitalised words ("Northrop Grumman", "Aer Lingus") are taken for organisations.
  const nextText = text.slice(words[last]!.end, words[last]!.end + 16);
  const sayer = /^,?\s+(?:said|says|told|added|who|stated|noted|explained|argued|wrote)\b/.test(nextText) || /^,\s+\d{1,3},/.test(nextText);
  if (run.length <= 4 && run.every((w) => isCapitalised(w.text)) && (sayer || run.slice(1, -1).some((w) => /^\p{Lu}\.$/u.test(w.text)))) return weak('PERSON');
  if (run.every((w) => isCapitalised(w.text)) && run.length <= 5) return weak('ORG');
  return weak('OTHER');
}

const QUOTE_BEFORE = /(?:["“‘]|``)\s?$/;
const QUOTE_AFTER = /^\s?(?:["”’]|'')/;
/** Whether the text from start to end is set in quotation marks. */
function quoted(text: string, start: number, end: number): boolean {
  return QUOTE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && QUOTE_AFTER.test(text.slice(end, end + 3));
}

const SAY_BEFORE = /^(said|says|told|according|asked|added|wrote)$/i;

/**
 * "said Jorunn Veit", "Jorunn Veit, the mayor of ...", "Port Elma's mayor, Jorunn Veit": two or three
 * capitalised words after a verb of saying, or beside a role word across a comma, name a person. Weak: an
 * organisation word or a gazetteer entry elsewhere in the document still wins.
 */
export function personCue(words: Word[], first: number, last: number, text: string, lex: Lexicon): { said: string; role?: string } | undefined {
  if (last === first || last - first > 2 || words.slice(first, last + 1).some((w) => !isCapitalised(w.text) || lex.gazetteer.has(fold(w.text)))) return undefined;
  const previous = words[first - 1];
  if (previous && words[first]!.joined && SAY_BEFORE.test(previous.text) && !/^the$/i.test(words[first - 2]?.text ?? '')) return { said: `"${previous.text} ${text.slice(words[first]!.start, words[last]!.end)}"` };
  const after = /^,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}\p{M}]*['’]s)?\s*(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\b/u.exec(text.slice(words[last]!.end, words[last]!.end + 60));
  if (after && lex.roleHeads.has(after[1]!.toLowerCase())) return { said: `"${text.slice(words[first]!.start, words[last]!.end)}, ... ${after[1]}"`, role: after[1]!.toLowerCase() };
  const before = /\b([\p{L}-]+),\s*$/u.exec(text.slice(Math.max(0, words[first]!.start - 30), words[first]!.start));
  if (before && lex.roleHeads.has(before[1]!.toLowerCase())) return { said: `"${before[1]}, ${text.slice(words[first]!.start, words[last]!.end)}"`, role: before[1]!.toLowerCase() };
  return undefined;
}
