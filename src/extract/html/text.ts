import type { OffsetSegment } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import type { LightBlock } from './tree.js';

export interface BuiltText {
  text: string;
  segments: OffsetSegment[];
  blocks: Span[];
}

const WORD = /\S+/g;
const INVISIBLE = /[\u00ad\u200b\u2060]/;
const INVISIBLE_SPLIT = /[\u00ad\u200b\u2060]/;
const INVISIBLE_ONLY = /^[\u00ad\u200b\u2060]+$/;

/**
 * Joins the kept blocks into the clean text, one block per paragraph separated by a blank line, folding
 * white space, and records where each copied run came from in the raw HTML. A run copied verbatim maps
 * exactly; a decoded entity or a folded stretch of white space maps to its whole raw range.
 */
export function buildText(blocks: LightBlock[], labels: string[]): BuiltText {
  let text = '';
  const segments: OffsetSegment[] = [];
  const spans: Span[] = [];
  const push = (cleanStart: number, cleanLength: number, rawStart: number, rawLength: number): void => {
    const last = segments[segments.length - 1];
    // Merge verbatim runs that continue each other in both texts.
    if (last && last.cleanLength === last.rawLength && cleanLength === rawLength && last.cleanStart + last.cleanLength === cleanStart && last.rawStart + last.rawLength === rawStart) {
      last.cleanLength += cleanLength;
      last.rawLength += rawLength;
    } else segments.push({ cleanStart, cleanLength, rawStart, rawLength });
  };
  for (let b = 0; b < blocks.length; b++) {
    const before = text.length;
    const segmentsBefore = segments.length;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    let pendingSpace = -1; // raw start of white space waiting to be written (-2: no raw position)
    let pendingEnd = 0;
    for (const piece of blocks[b]!.pieces) {
      const verbatim = piece.text.length === piece.rawEnd - piece.rawStart;
      if (!verbatim) {
        // A decoded entity (or a run of them): one segment for the whole raw range.
        if (INVISIBLE_ONLY.test(piece.text)) continue;
        if (piece.text.trim() === '') {
          if (pendingSpace === -1) {
            pendingSpace = piece.rawStart;
          }
          pendingEnd = piece.rawEnd;
          continue;
        }
        if (pendingSpace !== -1 && text.length > start) writeSpace();
        pendingSpace = -1;
        push(text.length, piece.text.length, piece.rawStart, piece.rawEnd - piece.rawStart);
        text += piece.text;
        continue;
      }
      const s = piece.text;
      WORD.lastIndex = 0;
      let prevEnd = 0;
      for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
        if (m.index > prevEnd) {
          if (pendingSpace === -1) pendingSpace = piece.rawStart + prevEnd;
          pendingEnd = piece.rawStart + m.index;
        }
        if (pendingSpace !== -1 && text.length > start) writeSpace();
        pendingSpace = -1;
        const word = m[0];
        if (INVISIBLE.test(word)) {
          // Soft hyphens and zero-width characters are dropped: they split words for search and NLP.
          const parts = word.split(INVISIBLE_SPLIT);
          let at = piece.rawStart + m.index;
          for (const part of parts) {
            if (part) {
              push(text.length, part.length, at, part.length);
              text += part;
            }
            at += part.length + 1;
          }
        } else {
          push(text.length, word.length, piece.rawStart + m.index, word.length);
          text += word;
        }
        prevEnd = m.index + word.length;
      }
      if (prevEnd < s.length) {
        if (pendingSpace === -1) pendingSpace = piece.rawStart + prevEnd;
        pendingEnd = piece.rawStart + s.length;
      }
    }
    if (text.length === start) {
      // Nothing visible (only zero-width characters): no block, and no separator for it.
      text = text.slice(0, before);
      segments.length = segmentsBefore;
      continue;
    }
    spans.push({ start, end: text.length, label: labels[b] ?? 'paragraph' });
    function writeSpace(): void {
      push(text.length, 1, pendingSpace, pendingEnd - pendingSpace);
      text += ' ';
    }
  }
  return { text, segments, blocks: spans };
}
