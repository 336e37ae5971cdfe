import type { DocStage } from '../../pipeline/stage.js';
import { loadLanguageIdentifier } from './identify.js';

export interface LanguageStageOptions {
  /** Fewer letters than this leave the language unset (or as the page declared it). */
  minLetters: number;
  /** A guess below this confidence is not recorded. */
  minConfidence: number;
}

/**
 * Identifies the language of each document's text with fastText lid.176. A language the page declared
 * (<html lang>) is kept when the text is too short or the guess unsure; a confident guess from the text
 * replaces it, since templates often declare `en` over articles in other languages.
 *
 * Defaults: lid.176 is reliable on a sentence or more; 40 letters is about six words. Chosen on the test
 * sentences in identify.test.ts, where five-letter inputs scored below 0.3 and full sentences above 0.8.
 */
export const languageStage: DocStage<LanguageStageOptions> = {
  name: 'language',
  scope: 'doc',
  requires: ['text'],
  assigns: ['meta:language'],
  defaults: { minLetters: 40, minConfidence: 0.5 },
  async create(options) {
    const { minLetters, minConfidence } = options;
    if (!(minLetters >= 0) || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new RangeError(`language: minLetters must be >= 0 and minConfidence in [0, 1] (got ${minLetters}, ${minConfidence})`);
    }
    const identify = await loadLanguageIdentifier();
    return (doc) => {
      // The headline is text in the same language; it helps a short body over the threshold.
      const text = doc.meta.title ? `${doc.meta.title}\n${doc.text}` : doc.text;
      if (countLetters(text, minLetters) < minLetters) return;
      const guess = identify(text);
      if (!guess || guess.confidence < minConfidence) return;
      doc.meta.language = guess.language;
      doc.meta.languageConfidence = Math.round(guess.confidence * 1000) / 1000;
      doc.meta.provenance = { ...doc.meta.provenance, language: 'text:fasttext-lid176' };
    };
  },
};

/** Counts letters up to `enough`, so that a long text is not scanned to the end. */
function countLetters(text: string, enough: number): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    n += m[0].length;
    if (n >= enough) break;
  }
  return n;
}
