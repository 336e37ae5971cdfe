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

/** A sentence read back from the layers; `tagAt` reads wink's tags without unpacking the tokens. */
export interface ReadSentence extends Sentence {
  /** wink's tag of the token that starts at `start` (a text offset), or undefined when none starts there. */
  tagAt(start: number): string | undefined;
}

/**
 * The document's sentences with their tokens, from the `sentences` and `tokens` layers. A sentence's tokens
 * are unpacked when first read: the entities stage reads wink's tags only where capitals say nothing, in a
 * minority of sentences, and then through `tagAt`, which searches the packed offsets and allocates no tokens.
 */
export function readSentences(doc: Doc): ReadSentence[] {
  const packed = doc.layer('tokens');
  return doc.layer('sentences').map((s, i) => {
    const match = packed[i] && packed[i]!.start === s.start && packed[i]!.end === s.end ? packed[i]! : packed.find((p) => p.start === s.start && p.end === s.end);
    return new PackedSentence(s.start, s.end, match, s.label === 'dateline');
  });
}

/** A class rather than an object literal with a getter: one shape, and no closures per sentence. */
class PackedSentence implements ReadSentence {
  declare dateline?: boolean;
  #tokens: Token[] | undefined;
  readonly #packed: Span | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    packed: Span | undefined,
    dateline: boolean,
  ) {
    this.#packed = packed;
    if (dateline) this.dateline = true;
  }

  get tokens(): Token[] {
    return (this.#tokens ??= this.#packed ? unpackTokens(this.#packed) : []);
  }

  tagAt(start: number): string | undefined {
    const packed = this.#packed;
    if (!packed) return undefined;
    const at = packedIndex((packed.attrs?.o as number[] | undefined) ?? [], start - packed.start);
    return at < 0 ? undefined : nthTag(String(packed.attrs?.p ?? ''), at);
  }
}

/** `tags.split(' ')[n] ?? 'X'`, without splitting: a sentence asks for one or two tags. */
function nthTag(tags: string, n: number): string {
  let from = 0;
  for (let k = 0; k < n; k++) {
    from = tags.indexOf(' ', from) + 1;
    if (from === 0) return 'X';
  }
  const to = tags.indexOf(' ', from);
  return to < 0 ? tags.slice(from) : tags.slice(from, to);
}

/**
 * The index of the last token whose relative start is `offset` in packed offsets `[start0, end0, ...]`, or
 * -1 (the last, as a map from start to token would keep). Starts are in order: a binary search.
 */
function packedIndex(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = (offsets.length >> 1) - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = offsets[2 * mid]!;
    if (start <= offset) {
      if (start === offset) found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Every token of the document, in order. */
export function readTokens(doc: Doc): Token[] {
  return doc.layer('tokens').flatMap(unpackTokens);
}
