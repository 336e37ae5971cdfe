import { paragraphs } from './text.js';

/** A stretch of text between quotation marks. `start`/`end` bound the words inside, without the marks. */
export interface Quoted {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote was capped at its paragraph's end. */
  close: number | null;
  start: number;
  end: number;
  /** 0 for an outermost quote, 1 for a quote inside it, and so on. */
  depth: number;
  /** True when the quote carries on into a following paragraph that opens with a quote mark. */
  continued: boolean;
}

type Family = 'double' | 'single' | 'low' | 'guillemet' | 'single-guillemet' | 'straight' | 'straight-single';
/** `width` is 2 for the doubled apostrophe ('') that some wires and archives print for a double quote. */
interface Mark { at: number; family: Family; role: 'open' | 'close'; width: number }

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s(\[{—–\-\/"“‘«„']/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}
function opensAt(prev: string | undefined): boolean {
  return prev === undefined || SPACE_OR_OPEN.test(prev);
}

/**
 * Reads one character as a quotation mark, or returns null for an apostrophe or a character that is not a
 * mark. `prev`/`next` are the neighbouring characters within the paragraph.
 */
function classify(ch: string, prev: string | undefined, next: string | undefined, openSingle: boolean): Omit<Mark, 'at' | 'width'> | null {
  switch (ch) {
    // “Do you agree?“ he asked: a left mark after the words and before a space is a mistyped closing mark
    case '“': return prev !== undefined && /[\p{L}\p{N}.,!?]/u.test(prev) && (next === undefined || /[\s,.;:]/u.test(next)) ? { family: 'double', role: 'close' } : { family: 'double', role: 'open' };
    case '”': return { family: 'double', role: 'close' };
    case '„': return { family: 'low', role: 'open' };
    case '«': return { family: 'guillemet', role: 'open' };
    case '»': return { family: 'guillemet', role: 'close' };
    case '‹': return { family: 'single-guillemet', role: 'open' };
    case '›': return { family: 'single-guillemet', role: 'close' };
    case '"':
      if (opensAt(prev) && next !== undefined && !/\s/.test(next)) return { family: 'straight', role: 'open' };
      if (prev !== undefined && !/\s/.test(prev)) return { family: 'straight', role: 'close' };
      return null;
    case '‘':
    case '’':
    case "'": {
      // don't, Bulgaria’s, rock ‘n’ roll: a mark between letters is an apostrophe.
      if (isLetter(prev) && isLetter(next)) return null;
      // the '90s, ’Tis: an elided start of a word.
      if (opensAt(prev) && next !== undefined && /\d/.test(next)) return null;
      const family: Family = ch === "'" ? 'straight-single' : 'single';
      if (ch !== '’' && opensAt(prev) && next !== undefined && !/\s/.test(next)) return { family, role: 'open' };
      // voters’ concerns: a closing mark after a letter is a quote only when a single quote is open.
      if (ch !== '‘' && prev !== undefined && !/\s/.test(prev) && (next === undefined || !isLetter(next)) && openSingle) return { family, role: 'close' };
      return null;
    }
    default: return null;
  }
}

/**
 * The stack index of the mark this one closes, or -1. `“` and `”` close a `„` (German, Russian, Polish
 * style); a straight `"` that looks like an opener closes an open straight `"`, since straight marks do not nest.
 */
function findOpener(stack: Mark[], mark: Mark): number {
  for (let s = stack.length - 1; s >= 0; s--) {
    const open = stack[s]!;
    if (mark.role === 'close' && open.family === mark.family) return s;
    // "Like this,” : straight and curly double marks mixed in one quote (a common copy-edit slip) still pair
    if (mark.role === 'close' && DOUBLES.has(open.family) && DOUBLES.has(mark.family)) return s;
    if (mark.family === 'double' && open.family === 'low') return s;
    if (mark.role === 'open' && mark.family === 'straight' && open.family === 'straight') return s;
    if (mark.role === 'open') return -1;
  }
  return -1;
}

const DOUBLES = new Set<Family>(['double', 'straight']);
const MARK_CHARS = /["'“”‘’„«»‹›]/u;

/**
 * Pairs the quotation marks of a text. Hand-written rather than taken from compromise's quotations(): the
 * paragraph cap, the continuation rule and the apostrophe tests are this stage's core, and every result
 * must carry exact UTF-16 offsets; one pass over the text keeps it linear on a 20,000-word quote. A mark that is never closed caps its quote at the end of its
 * paragraph, unless it opens the paragraph and the next paragraph also opens with a mark: then the quote
 * continues there (the newspaper convention for quotes over several paragraphs). No quote ever crosses a
 * paragraph otherwise, so an unbalanced mark cannot swallow the rest of the document.
 */
export function pairQuotes(text: string): Quoted[] {
  const out: Quoted[] = [];
  const paras = paragraphs(text);
  let carried: Mark | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const stack: Mark[] = carried ? [carried] : [];
    carried = null;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (!MARK_CHARS.test(ch)) continue;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      const openSingle = stack.some((m) => m.family === 'single' || m.family === 'straight-single');
      // ''Like this,'' in archive text: two apostrophes are one straight double mark
      // ''I would use the word 'old-school,''': the single mark inside closes before the doubled one
      const doubled = ch === "'" && text[i + 1] === "'" && i + 1 < para.end && !(openSingle && text[i + 2] === "'");
      const kind = doubled ? classify('"', prev, i + 2 < para.end ? text[i + 2] : undefined, openSingle) : classify(ch, prev, next, openSingle);
      if (!kind) {
        if (doubled) i++;
        continue;
      }
      const mark: Mark = { at: i, ...kind, width: doubled ? 2 : 1 };
      if (doubled) i++;
      const matched = findOpener(stack, mark);
      if (matched >= 0) {
        const open = stack[matched]!;
        stack.length = matched; // marks opened inside it and never closed are dropped
        // rock ‘n’ roll, ‘em: one or two letters between single marks are an elision, not a quote
        if (open.family.includes('single') && i - open.at <= 3) continue;
        out.push({ open: open.at, close: mark.at + mark.width - 1, start: open.at + open.width, end: mark.at, depth: matched, continued: open.at < para.start });
      } else if (mark.role === 'open') {
        stack.push(mark);
      }
    }
    const outer = stack[0];
    if (!outer || outer.family.includes('single')) continue;
    const nextPara = paras[p + 1];
    const opensPara = outer.at === para.start || outer.at < para.start;
    const nextMark = nextPara ? /^(?:''|["“«„])/u.exec(text.slice(nextPara.start, nextPara.start + 2)) : null;
    if (opensPara && nextPara && nextMark) {
      carried = outer; // the next paragraph's own opening mark is skipped below by starting after it
      paras[p + 1] = { start: nextPara.start + nextMark[0].length, end: nextPara.end };
      continue;
    }
    out.push({ open: outer.at, close: null, start: outer.at + outer.width, end: para.end, depth: 0, continued: outer.at < para.start });
  }
  return out.sort((a, b) => a.open - b.open || a.depth - b.depth);
}

/** The quotes that stand alone (not inside another quote). */
export function outermost(quotes: Quoted[]): Quoted[] {
  return quotes.filter((q) => q.depth === 0);
}
