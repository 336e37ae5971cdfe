import type { Doc } from '../../core/doc.js';
import stopwords from '../../../data/quotes/stopwords.json' with { type: 'json' };
import type { QuoteAttrs } from './quotes.js';
import { compatible, contrasted, sentenceFeatures, softDice, type SentenceFeatures } from './paraphrase/similarity.js';
import { sharedSenses, type Senses } from './paraphrase/wordnet.js';

export interface QuoteRef {
  article: string;
  quote: string;
  start: number;
  end: number;
}

/** One statement as the outlets carry it: every rendering of it, and how alike the least alike pair is. */
export interface QuoteGroup {
  id: string;
  /** The speaker's entity id, else the speaker's last name in lower case, `anonymous`, or null (unknown). */
  speaker: string | null;
  quotes: QuoteRef[];
  /** Lowest similarity along the links that joined the group (1 for a single quote). */
  similarity: number;
  /** Only one article carries it. */
  singleSource: boolean;
}

export interface GroupOptions {
  /** Two quotes are one statement at or above this similarity. */
  threshold?: number;
  /**
   * The corpus-wide id of a quote's speaker (an entity linked across articles). Without it speakers are
   * compared by last name: the entities layer's ids are local to one article, so "e3" here and "e3" there
   * are not the same person.
   */
  speakerId?: (doc: Doc, attrs: QuoteAttrs) => string | null;
  /**
   * WordNet senses for synonyms and antonyms ("postpone" / "defer", "rose" / "fell"); by default the shared ones,
   * read once per process (`sharedSenses()`). `null` compares words and their guards only.
   */
  senses?: Senses | null;
}

/**
 * First tuned on the lexical score alone by reading the 30 most alike cross-article pairs of the five seed
 * articles (at 0.55 and above every pair rendered one statement). The score is now the better of that and a
 * WordNet-aware one, behind guards that reject a changed number, a flipped negation or an antonym; on the
 * invented pairs of bench/paraphrase/pairs.json (every sentence of a topic against every other) the best F1
 * comes at 0.33-0.37 on either fold, with precision 0.62-0.77. Precision first: a wrong merge hides a
 * statement, so the threshold stays where it was, which still groups "would rather act a little early" /
 * "prefer to move slightly early" (0.62).
 */
export const DEFAULT_THRESHOLD = 0.55;
const STOP = new Set(stopwords.words);
/** Sentences with fewer content words than this are too short to identify a statement. */
const MIN_WORDS = 3;

interface Speaker {
  /** The corpus-wide entity id, when the speaker is linked. */
  id: string | null;
  /** The speaker's last name in lower case, or `anonymous`. */
  name: string | null;
}

interface Sentence {
  words: Set<string>;
  grams: Set<string>;
  meaning: SentenceFeatures;
}

interface Item { ref: QuoteRef; speaker: Speaker; sentences: Sentence[] }

function stem(w: string): string {
  return w.replace(/(ing|ed|es|s)$/u, '').slice(0, 7);
}

function features(text: string, senses: Senses | null): Sentence[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).flatMap((s) => {
    const words = new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)).map(stem));
    if (words.size < MIN_WORDS) return [];
    const grams = new Set<string>();
    for (const w of words) for (let i = 0; i + 3 <= w.length + 2; i++) grams.add(` ${w} `.slice(i, i + 3));
    return [{ words, grams, meaning: sentenceFeatures(s, senses) }];
  });
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size ? (2 * shared) / (a.size + b.size) : 0;
}

/**
 * Best match between any sentence of one quote and any of the other. A sentence pair scores the better of
 * the mean of word and trigram Dice (spelling variants: "Karimov" / "Karimoff") and a Dice where lemmas and
 * WordNet synonyms match ("postpone" / "defer", "a lot" / "much"), and 0 when the two cannot be one statement: a
 * number, day or month changed, a negation flipped, or an antonym among the words they do not share.
 */
export function quoteSimilarity(a: string, b: string, senses: Senses | null = sharedSenses()): number {
  return similarity(features(a, senses), features(b, senses), senses);
}

/** The earlier measure, words and trigrams only and no guards: kept as the baseline in bench/paraphrase. */
export function lexicalSimilarity(a: string, b: string): number {
  let best = 0;
  for (const x of features(a, null)) for (const y of features(b, null)) best = Math.max(best, (dice(x.words, y.words) + dice(x.grams, y.grams)) / 2);
  return best;
}

/** `floor`: scores below it are not worth guarding; the guards run only on a pair that would join. */
function similarity(a: readonly Sentence[], b: readonly Sentence[], senses: Senses | null, floor = 0): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      const lexical = (dice(x.words, y.words) + dice(x.grams, y.grams)) / 2;
      // Dice cannot exceed 2·min/(n+m): a sentence far longer than the other cannot reach the floor
      const n = x.meaning.units.length;
      const m = y.meaning.units.length;
      const reach = (2 * Math.min(n, m)) / (n + m || 1);
      const s = reach < Math.max(floor, best) ? lexical : Math.max(lexical, softDice(x.meaning, y.meaning, 1));
      if (s <= best || s < floor) continue;
      if (!compatible(x.meaning, y.meaning) || (senses && contrasted(x.meaning, y.meaning, senses))) continue;
      best = s;
    }
  }
  return best;
}

function speakerOf(doc: Doc, a: QuoteAttrs, speakerId: GroupOptions['speakerId']): Speaker {
  // anonymous sources group with each other and with unknown sources, never with a named speaker
  if (a.anonymous) return { id: null, name: 'anonymous' };
  const words = (a.speaker ? a.speakerText : null)?.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return { id: speakerId?.(doc, a) ?? null, name: words?.length ? words[words.length - 1]! : null };
}

/**
 * Two speakers agree when both are linked to one entity, or, where either is not linked (its mention was
 * missed), when their last names agree; an unknown speaker agrees with anyone.
 */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.id && b.id) return a.id === b.id;
  return !a.name || !b.name || a.name === b.name;
}

/** The quoted words only: "“A,” he said. “B.”" is one quote whose parts are A and B, not the cue between. */
function quotedWords(doc: Doc, span: { start: number; end: number }, attrs: QuoteAttrs): string {
  return attrs.parts?.length ? attrs.parts.map((p) => doc.slice(p)).join('\n') : doc.slice(span);
}

/**
 * Groups the quotes of many articles into statements: two quotes join when their speakers agree (or one is
 * unknown) and their best-matching sentences are alike. Partial quotes (a few words inside indirect speech)
 * are left out. Pure: reads each document's `quotes` layer.
 */
export function groupQuotes(docs: readonly Doc[], options: GroupOptions = {}): QuoteGroup[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const senses = options.senses === undefined ? sharedSenses() : options.senses;
  const items: Item[] = [];
  for (const doc of docs) {
    for (const span of doc.layer('quotes')) {
      const attrs = span.attrs as unknown as QuoteAttrs | undefined;
      if (!attrs || attrs.partial) continue;
      items.push({ ref: { article: doc.id, quote: span.id ?? `${span.start}`, start: span.start, end: span.end }, speaker: speakerOf(doc, attrs, options.speakerId), sentences: features(quotedWords(doc, span, attrs), senses) });
    }
  }
  // candidate pairs share a content word or a WordNet sense ("resign" / "step down" share no word); the
  // index keeps this near-linear on large corpora
  const index = new Map<string, number[]>();
  items.forEach((item, i) => {
    const keys = new Set<string>();
    for (const s of item.sentences) {
      for (const w of s.words) keys.add(w);
      for (const u of s.meaning.units) for (const id of u.synsets) keys.add(`#${id}`);
    }
    for (const k of keys) (index.get(k) ?? index.set(k, []).get(k)!).push(i);
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const low = items.map(() => 1);
  const tried = new Set<number>();
  for (const [, postings] of index) {
    if (postings.length > 500) continue;
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const i = postings[x]!;
        const j = postings[y]!;
        const key = i * items.length + j;
        if (tried.has(key)) continue;
        tried.add(key);
        const a = items[i]!;
        const b = items[j]!;
        if (!sameSpeaker(a.speaker, b.speaker)) continue;
        const s = similarity(a.sentences, b.sentences, senses, threshold);
        if (s < threshold) continue;
        const ri = find(i);
        const rj = find(j);
        const worst = Math.min(low[ri]!, low[rj]!, s);
        parent[ri] = rj;
        low[rj] = worst;
      }
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(item));
  return [...groups].map(([root, members], n) => ({
    id: `g${n + 1}`,
    speaker: members.find((m) => m.speaker.id)?.speaker.id ?? members.find((m) => m.speaker.name)?.speaker.name ?? null,
    quotes: members.map((m) => m.ref),
    similarity: Number(low[root]!.toFixed(3)),
    singleSource: new Set(members.map((m) => m.ref.article)).size === 1,
  }));
}
