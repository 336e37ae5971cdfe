import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Sentence, Token } from './split.js';

/**
 * The `tokens` layer is stored compactly: one span per sentence whose attrs hold the tokens as offsets
 * relative to the sentence start (`o: [start0, end0, start1, end1, ...]`) and their tags (`p`: tags joined
 * by spaces). One span per token serialises to about 4 times the JSON (measured in bench/entities/meantime.ts)
 * and most later stages only need a sentence's tokens at a time.
 */
export function packTokens(sentences: readonly Sentence[]): Span[] {
  return sentences.map((s) => ({
    start: s.start,
    end: s.end,
    attrs: { o: s.tokens.flatMap((t) => [t.start - s.start, t.end - s.start]), p: s.tokens.map((t) => t.pos).join(' ') },
  }));
}

/** Expands one packed span of the `tokens` layer. */
export function unpackTokens(span: Span): Token[] {
  const offsets = (span.attrs?.o as number[] | undefined) ?? [];
  const tags = String(span.attrs?.p ?? '').split(' ');
  const tokens: Token[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) tokens.push({ start: span.start + offsets[i]!, end: span.start + offsets[i + 1]!, pos: tags[i / 2] ?? 'X' });
  return tokens;
}

/**
 * The document's sentences with their tokens, from the `sentences` and `tokens` layers. A sentence's tokens
 * are unpacked when first read: the entities stage reads wink's tags only where capitals say nothing, in a
 * minority of sentences.
 */
export function readSentences(doc: Doc): Sentence[] {
  const packed = doc.layer('tokens');
  return doc.layer('sentences').map((s, i) => {
    const match = packed[i] && packed[i]!.start === s.start && packed[i]!.end === s.end ? packed[i]! : packed.find((p) => p.start === s.start && p.end === s.end);
    let tokens: Token[] | undefined;
    return {
      start: s.start,
      end: s.end,
      get tokens() {
        return (tokens ??= match ? unpackTokens(match) : []);
      },
      ...(s.label === 'dateline' ? { dateline: true } : {}),
    };
  });
}

/** Every token of the document, in order. */
export function readTokens(doc: Doc): Token[] {
  return doc.layer('tokens').flatMap(unpackTokens);
}
