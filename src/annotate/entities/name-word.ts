/**
 * Whether a word of a sentence may be part of a name (`isNameWord`, for detectMentions in mentions.ts):
 * capitals, camel-case brands and models in running text; at the head of a sentence, where capitals say
 * nothing, compromise's lexicon and wink's part-of-speech tag decide.
 */
import type { Sentence } from '../sentences/split.js';
import type { ReadSentence } from '../sentences/tokens.js';
import type { Lexicon } from './lexicon.js';
import { isAllCaps, isCapitalised } from './normalise.js';
import type { Word } from './words.js';

// Parts of speech that never start a name at the head of a sentence ("According", "He", "Although").
const NOT_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'VERB', 'PART', 'NUM', 'INTJ', 'ADJ', 'PUNCT']);
const NOT_NAME_TAGS = /^(Determiner|Pronoun|Preposition|Conjunction|Adverb|QuestionWord|Modal|Copula|PastTense|PresentTense|Infinitive|Gerund|Adjective|Plural|Expression|Comparative|Superlative|Ordinal|TextValue)$/;

/** wink's tag of the token starting at an offset: the packed tokens' own reader, else a map built on first use. */
export function tagReader(sentence: Sentence | ReadSentence): (start: number) => string | undefined {
  if ('tagAt' in sentence) return (start) => sentence.tagAt(start);
  let map: Map<number, string> | undefined;
  return (start) => (map ??= new Map(sentence.tokens.map((t) => [t.start, t.pos]))).get(start);
}

export function isNameWord(w: Word, i: number, words: Word[], text: string, tagAt: (start: number) => string | undefined, lex: Lexicon, inGazetteer: boolean, named: ReadonlySet<string>): boolean {
  // Brand names in camel case ("iPhone", "eBay") are names despite the lower-case first letter. Most words
  // are plain lower case: the first letter's code settles them without a regular expression.
  const c = w.text.charCodeAt(0);
  // The second letter settles most of them: only a capital (ASCII or not) may make a camel-case brand.
  const c1 = w.text.charCodeAt(1);
  if (c >= 97 && c <= 122) return c1 >= 65 && (c1 <= 90 || c1 >= 128) && /^[a-z]\p{Lu}\p{Ll}/u.test(w.text);
  // "777-200LR": a model with its variant's letters is a name though it starts with a digit; "747" alone is not.
  if (c >= 48 && c <= 57) return /^\d{2,4}[-‐]\d{2,4}\p{Lu}{1,3}$/u.test(w.text);
  // "A." is an initial, "A" an article: the list of never-names is matched with the dot.
  if (!isCapitalised(w.text) || lex.neverNames.has(w.text)) return false;
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  const initial = i === 0 || /[“"‘'(\[:]\s*$/.test(before);
  // `named`: the words the document capitalises in running text (stage.ts); asked only here, at a sentence's head.
  if (!initial || inGazetteer || named.has(w.text)) return true;
  // "Automaker GM to cut jobs", "Carmaker Kestrel said": a noun that describes the name after it, capitalised
  // only by its place, is no part of the name (an organisation word is: "Bank of Varonia").
  if (words[i + 1]?.joined && isDescriptorNoun(w.text, lex)) return false;
  // At the head of a sentence capitals say nothing: keep the word only if it reads as a name.
  const tags = lex.tags(w.text);
  if (tags.some((t) => /Name|City|Country|Place|Region|Organization|Person|Honorific/.test(t))) return true;
  if (lex.honorifics.has(w.text) || lex.titles.has(w.text)) return true;
  if (tags.some((t) => NOT_NAME_TAGS.test(t))) return false;
  // "Brisk Mobility said ...": an unknown word before another capitalised word starts a name, whatever
  // part of speech wink guesses for it (it reads many such words as adjectives or verbs).
  if (words[i + 1]?.joined && isCapitalised(words[i + 1]!.text) && !lex.neverNames.has(words[i + 1]!.text) && !tags.length) return true;
  const tag = tagAt(w.start);
  if (tag && NOT_NAME_POS.has(tag)) return false;
  if (isAllCaps(w.text) && w.text.length > 1) return true;
  // An unknown capitalised word followed by another name word is the start of a name ("Khawaja Asif said").
  return tag === 'PROPN' || (words[i + 1]?.joined === true && isCapitalised(words[i + 1]!.text));
}

function isDescriptorNoun(word: string, lex: Lexicon): boolean {
  return lex.descriptors.has(word.toLowerCase()) && !lex.orgWords.has(word) && !lex.placeWords.has(word) && !lex.eventWords.has(word) && !lex.titles.has(word) && !lex.orgLastWords.has(word);
}
