import table from '../../../data/boilerplate/html-lines.json' with { type: 'json' };

interface LineRule {
  maxLength: number;
  pattern: RegExp;
  needle?: string;
}

const rules: LineRule[] = table.lines.map((l) => ({ maxLength: l.maxLength, pattern: new RegExp(l.pattern, 'iu'), needle: (l as { needle?: string }).needle }));
const longest = Math.max(...rules.map((r) => r.maxLength));

/** True for a block that is a known boilerplate line; long blocks are never tested (body text stays). */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > longest) return false;
  let lower: string | undefined;
  for (const rule of rules) {
    if (text.length > rule.maxLength) continue;
    if (rule.needle && !(lower ??= text.toLowerCase()).includes(rule.needle)) continue;
    if (rule.pattern.test(text)) return true;
  }
  return false;
}

export interface MetadataLine {
  kind: 'byline' | 'published' | 'modified' | 'date' | 'reading-time';
  /** The names after "By", or the date text after its label. */
  value: string;
}

const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Tt]ext:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|al|bin|el|and|und|&|,)){0,12})(?:\s*[|,•·–—-]\s*.{0,60})?$/u;
const PUBLISHED = /^(?:published|posted|first published|veröffentlicht|publiziert|publié|publicado|pubblicato|date|datum|erschienen)\s*(?:on|am|at|le)?\s*:?\s*(.{6,60})$/iu;
const MODIFIED = /^(?:updated|last updated|modified|last modified|aktualisiert|zuletzt aktualisiert|mis à jour)\s*(?:on|am|at|le)?\s*:?\s*(.{6,60})$/iu;
const YEARISH = /\d{4}|\d[./-]\d{1,2}[./-]\d{2}/;
const LABELLED = /^\p{L}[\p{L}\s-]*:/u;
const READING = /^\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes|minuten)\.?\s*(?:read|lesezeit|lesen)$/iu;

/**
 * Recognises a short line that is article metadata rather than body text: a byline, a dated line, a reading
 * time. `isDate` decides whether a bare line is only a date (dates.ts owns the parsing).
 */
export function metadataLine(text: string, isDate: (value: string) => boolean): MetadataLine | undefined {
  if (text.length > 120) return undefined;
  if (READING.test(text)) return { kind: 'reading-time', value: text };
  // A date line worth reading states its year (dates.ts refuses dates without one); the cheap test spares
  // the date parser most blocks.
  const dated = YEARISH.test(text);
  let m = dated ? MODIFIED.exec(text) : null;
  if (dated && m && isDate(m[1]!)) return { kind: 'modified', value: m[1]! };
  m = dated ? PUBLISHED.exec(text) : null;
  if (m && isDate(m[1]!)) return { kind: 'published', value: m[1]! };
  m = BYLINE.exec(text);
  if (m && text.length <= 100) return { kind: 'byline', value: m[1]! };
  // A bare date line is only a date; "Termin: 29.02.2020, 19 Uhr" or "Deadline: 3 November 2019" is a fact of
  // the text (its label is not one of the publication labels above).
  if (dated && text.length <= 50 && !LABELLED.test(text) && isDate(text)) return { kind: 'date', value: text };
  return undefined;
}

/** Splits "Jane Roe and Ali Khan" / "Jane Roe, Ali Khan & Bo Li" into names. */
export function splitNames(value: string): string[] {
  return value
    .replace(/^(?:by|von|par|por)\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 60 && s.split(/\s+/).length <= 5 && !/https?:|@|\d{3}/.test(s));
}
