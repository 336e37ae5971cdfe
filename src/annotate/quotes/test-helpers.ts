import { Doc } from '../../core/doc.js';
import { annotateQuotes, type QuoteAttrs } from './quotes.js';

/** The quotes of an invented text, flattened for compact assertions: kind, offsets, cue, source phrase. */
export function quotesIn(text: string, attitudes = false) {
  const doc = new Doc({ id: 't', source: 'test', text });
  return annotateQuotes(doc, { attitudes }).map((s) => {
    const a = s.attrs as unknown as QuoteAttrs;
    const mention = a.mention ? text.slice(a.mention.start, a.mention.end) : null;
    return { kind: s.label, start: s.start, end: s.end, cue: a.cueText, mention, mentionStart: a.mention?.start ?? null, partial: a.partial ?? false, parts: a.parts?.length ?? 1 };
  });
}

/** Where some words first stand in a text. */
export const at = (text: string, words: string) => text.indexOf(words);
