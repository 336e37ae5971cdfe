import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token of the clean text: UTF-16 offsets and wink's universal part-of-speech tag. */
export interface Token {
  start: number;
  end: number;
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** True for a dateline ("KESTRAVA (Agency):") split off the first sentence. */
  dateline?: boolean;
}

// One wink instance per process: loading the model takes about 0.1 s, reading a paragraph well under 1 ms.
let nlp: ReturnType<typeof winkNLP> | undefined;
function wink() {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Abbreviations after which wink sometimes ends a sentence although the next word is lower-case. */
const ABBREVIATION_END = /(?:^|\s)(?:\p{L}\.){1,4}$|\b(?:Dept|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Rep|Sen|Mr|Mrs|Ms|Dr|Prof|St|Inc|Corp|Co|Ltd|No|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/**
 * Splits the text into sentences and tokens. Paragraphs (runs between newlines) are read one at a time
 * because wink joins a headline to the line after it; a sentence never crosses a newline.
 * A dateline at `dateline` is made a sentence of its own so that the first real sentence starts after it.
 */
export function splitSentences(text: string, dateline?: { start: number; end: number }): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    let from = paragraph.index;
    const to = from + paragraph[0].length;
    if (dateline && dateline.start >= from && dateline.end <= to && dateline.end > dateline.start) {
      sentences.push({ start: dateline.start, end: dateline.end, tokens: readTokens(text.slice(dateline.start, dateline.end), dateline.start), dateline: true });
      from = dateline.end;
    }
    const chunk = text.slice(from, to);
    if (!chunk.trim()) continue;
    sentences.push(...readParagraph(chunk, from, text));
  }
  return sentences;
}

function readParagraph(chunk: string, base: number, text: string): Sentence[] {
  const doc = wink().readDoc(chunk);
  const its = wink().its;
  const tokens = tokensOf(doc, chunk, base, its);
  const out: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const own = tokens.slice(first, last + 1);
    if (!own.length) continue;
    const previous = out[out.length - 1];
    // wink ends a sentence at "Dept." before "met": rejoin when the next sentence starts in lower case.
    const afterAbbreviation = /^\p{Ll}/u.test(text.slice(own[0]!.start, own[0]!.start + 1)) && ABBREVIATION_END.test(text.slice(Math.max(previous?.start ?? 0, (previous?.end ?? 0) - 12), previous?.end ?? 0));
    // It also splits a decimal after a hyphen ("magnitude-6.|1"): no sentence starts right after a digit and a point.
    const insideNumber = previous !== undefined && own[0]!.start === previous.end && /\d\.$/.test(text.slice(previous.end - 2, previous.end)) && /^\d/.test(text.slice(own[0]!.start, own[0]!.start + 1));
    if (previous && (afterAbbreviation || insideNumber)) {
      previous.end = own[own.length - 1]!.end;
      previous.tokens.push(...own);
      continue;
    }
    out.push({ start: own[0]!.start, end: own[own.length - 1]!.end, tokens: own });
  }
  return out;
}

function readTokens(chunk: string, base: number): Token[] {
  const doc = wink().readDoc(chunk);
  return tokensOf(doc, chunk, base, wink().its);
}

type WinkDoc = ReturnType<ReturnType<typeof winkNLP>['readDoc']>;

/** Token offsets from wink's values and preceding spaces, checked against the text (wink keeps it verbatim). */
function tokensOf(doc: WinkDoc, chunk: string, base: number, its: ReturnType<typeof winkNLP>['its']): Token[] {
  // Whole-collection reads are several times faster than reading token by token.
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = at + (spaces[i]?.length ?? 0);
    if (!chunk.startsWith(value, start)) {
      // Defensive: should wink ever normalise a token, find it again rather than drift.
      const found = chunk.indexOf(value, at);
      if (found < 0) continue;
      start = found;
    }
    at = start + value.length;
    tokens.push({ start: base + start, end: base + at, pos: tags[i] ?? 'X' });
  }
  return tokens;
}
