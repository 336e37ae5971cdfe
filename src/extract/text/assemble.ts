import type { OffsetSegment } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import type { ClassifiedLine } from './classify.js';

const BODY_KINDS = new Set(['paragraph', 'heading', 'list-item']);

export interface Assembled {
  text: string;
  segments: OffsetSegment[];
  blocks: Span[];
}

/**
 * Joins the body lines into the clean text: each block trimmed, blocks separated by a blank line. Every
 * line is copied unchanged, so each gets an exact offset segment; the separators map to nothing.
 */
export function assemble(lines: readonly ClassifiedLine[]): Assembled {
  const groups = groupBlocks(lines);
  const parts: string[] = [];
  const segments: OffsetSegment[] = [];
  const blocks: Span[] = [];
  let at = 0;
  for (const group of groups) {
    if (parts.length) {
      parts.push('\n\n');
      at += 2;
    }
    const start = at;
    for (const [n, line] of group.lines.entries()) {
      if (n > 0) {
        parts.push(' ');
        at += 1;
      }
      parts.push(line.text);
      segments.push({ cleanStart: at, cleanLength: line.text.length, rawStart: line.start, rawLength: line.end - line.start });
      at += line.text.length;
    }
    blocks.push({ start, end: at, label: group.label });
  }
  return { text: parts.join(''), segments, blocks };
}

interface Group {
  label: string;
  lines: ClassifiedLine[];
}

function groupBlocks(lines: readonly ClassifiedLine[]): Group[] {
  const body = lines.filter((l) => BODY_KINDS.has(l.kind));
  const wrapped = isHardWrapped(lines, body);
  const groups: Group[] = [];
  let previous: ClassifiedLine | undefined;
  for (const line of lines) {
    if (line.kind === 'blank') {
      previous = undefined;
      continue;
    }
    if (!BODY_KINDS.has(line.kind)) continue;
    const last = groups[groups.length - 1];
    // A hard-wrapped paragraph continues on the next line; in wrapped text only a line standing alone is a heading.
    if (wrapped && previous && last && line.kind !== 'list-item' && last.label !== 'list-item') {
      last.lines.push(line);
      last.label = 'paragraph';
    } else {
      groups.push({ label: line.kind, lines: [line] });
    }
    previous = line;
  }
  return groups;
}

/**
 * Text wrapped at a fixed width (e-mail, wire copy) has short lines with blank lines between paragraphs.
 * Scraped articles put a whole paragraph on one line, which is the common case and never joined. The
 * 100-character limit sits above the usual wrap widths (72–80) and below typical paragraph lines.
 */
function isHardWrapped(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): boolean {
  if (body.length < 4) return false;
  const lengths = body.map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths[Math.floor(lengths.length * 0.9)]! > 100) return false;
  let blankBetween = false;
  let adjacent = false;
  let seenBody = false;
  let blankSince = false;
  for (const line of lines) {
    if (line.kind === 'blank') blankSince = true;
    else if (BODY_KINDS.has(line.kind)) {
      if (seenBody) {
        if (blankSince) blankBetween = true;
        else adjacent = true;
      }
      seenBody = true;
      blankSince = false;
    }
  }
  return blankBetween && adjacent;
}
