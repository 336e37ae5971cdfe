import type { Doc } from '../core/doc.js';
import type { QuoteAttrs } from '../annotate/quotes/index.js';

/**
 * The speaker of a sentence's quote when the sentence itself only says "he" or "the minister": the quotes
 * layer has resolved the mention to a name earlier in the article, and a briefing that lifts the sentence out
 * of its article has to say whose words they are. Undefined when the sentence names its speaker itself, or
 * when no quote of it was attributed.
 */
export function speakerOutside(doc: Doc, sentence: { start: number; end: number }): { mention: string; name: string; span: { start: number; end: number } } | undefined {
  for (const quote of doc.layer('quotes')) {
    if (quote.start < sentence.start || quote.end > sentence.end) continue;
    const a = quote.attrs as unknown as QuoteAttrs | undefined;
    if (!a?.speaker || !a.mention || a.anonymous) continue;
    const inside = (x: { start: number; end: number }) => x.start >= sentence.start && x.end <= sentence.end;
    if (inside(a.speaker) || !inside(a.mention)) continue;
    const name = doc.slice(a.speaker);
    // "He: minister" tells the reader nothing: only a name is worth the note.
    if (!/^\p{Lu}/u.test(name)) continue;
    return { mention: doc.slice(a.mention), name, span: { start: a.speaker.start, end: a.speaker.end } };
  }
  return undefined;
}
