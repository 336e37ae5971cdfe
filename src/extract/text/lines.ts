/** One line of a plain-text input: its text with surrounding white space trimmed, and where that text stands in the raw string. */
export interface Line {
  text: string;
  /** UTF-16 offsets of the trimmed text in the raw input. */
  start: number;
  end: number;
  /** 1-based line number, for messages. */
  number: number;
}

// \s in JavaScript covers NBSP, BOM (U+FEFF) and the other Unicode spaces that scraped text carries.
const LEADING = /^\s+/;
const TRAILING = /\s+$/;

/**
 * Splits raw text into lines on \n, \r\n, \r, and the Unicode line and paragraph separators, keeping raw
 * offsets so that every clean line maps back exactly. Runs in one pass: a 5 MB input is split in linear time.
 */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let from = 0;
  let number = 1;
  for (;;) {
    const m = breaks.exec(raw);
    const to = m ? m.index : raw.length;
    lines.push(trimmed(raw, from, to, number));
    if (!m) break;
    from = m.index + m[0].length;
    number += 1;
  }
  return lines;
}

function trimmed(raw: string, from: number, to: number, number: number): Line {
  const text = raw.slice(from, to);
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  if (lead === text.length) return { text: '', start: to, end: to, number };
  const trail = TRAILING.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead, text.length - trail), start: from + lead, end: to - trail, number };
}
