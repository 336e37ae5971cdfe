import { normalizeDate } from '../dates.js';
import type { LinePatterns } from './patterns.js';

/** What a header or footer line says about the article rather than being part of it. */
export type MetaLine =
  | { kind: 'byline'; names: string[] }
  | { kind: 'published' | 'modified'; value: string; iso?: string; bare?: boolean };

const MONTH_OR_DAY = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun';
const NOT_NAMES = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an)$/i;

const regexCache = new WeakMap<LinePatterns, { date: RegExp; byline: RegExp }>();

function regexes(p: LinePatterns): { date: RegExp; byline: RegExp } {
  let r = regexCache.get(p);
  if (!r) {
    const labels = [...p.publishedLabels, ...p.modifiedLabels].sort((a, b) => b.length - a.length).map(escape);
    // The value must start like a date (a digit, a month or a weekday) so that "Published reports say..." stays body text.
    const date = new RegExp(`^(${labels.join('|')})(?:\\s+(?:on|at))?\\s*[:：\\-–—|]?\\s*((?:\\d|(?:${MONTH_OR_DAY})[a-z]*\\b).*)$`, 'iu');
    const byline = new RegExp(`^(?:${p.bylinePrefixes.map(escape).join('|')})\\s*:?\\s+(.+)$`, 'iu');
    r = { date, byline };
    regexCache.set(p, r);
  }
  return r;
}

/**
 * Reads one line as metadata, or returns undefined when it is not. A line may hold several parts
 * ("By Jane Roe | Published: 12/03/2026"); it is metadata only when every part is.
 */
export function readMetaLine(text: string, p: LinePatterns, header: boolean): MetaLine[] | undefined {
  if (text.length > 160) return undefined;
  // "Published On: Oct 29, 2025 | 11:05 PM": a bar inside a date is not a separator between parts.
  const whole = readPart(text.replace(/\s+[|•·]\s+/g, ' '), p, header);
  if (whole && whole.kind !== 'byline' && whole.iso) return [whole];
  const parts = text.split(/\s+[|•·]\s+/);
  const out: MetaLine[] = [];
  for (const part of parts) {
    const meta = readPart(part.trim(), p, header);
    if (!meta) return undefined;
    out.push(meta);
  }
  return out;
}

function readPart(text: string, p: LinePatterns, header: boolean): MetaLine | undefined {
  const { date, byline } = regexes(p);
  const d = date.exec(text);
  if (d && d[2]!.length <= 80) {
    const label = d[1]!.toLowerCase().replace(/\s+/g, ' ');
    const kind = p.modifiedLabels.includes(label) ? 'modified' : 'published';
    return { kind, value: d[2]!, iso: readDate(d[2]!) };
  }
  if (!header) return undefined;
  // A credit without "By" under the headline: "Staff Reports", "Web Desk".
  if (p.agencyNotOutlets.has(text.toLowerCase())) return { kind: 'byline', names: [text] };
  const b = byline.exec(text);
  if (b) {
    const names = readNames(b[1]!, p);
    return names ? { kind: 'byline', names } : undefined;
  }
  // A date alone under a headline ("Thursday, October 30, 2025") is the publication date.
  if (text.length <= 60 && /\d/.test(text)) {
    const iso = readDate(text);
    if (iso) return { kind: 'published', value: text, iso, bare: true };
  }
  return undefined;
}

/** Dates as pages print them, with trailing zone names or "at" that normalizeDate does not take. */
function readDate(value: string): string | undefined {
  const tries = [value, value.replace(/\s+at\s+/i, ' '), value.replace(/\s*\(?\b[A-Z]{2,5}\)?$/, ''), value.split(/\s+[|–—-]\s+/)[0]!];
  for (const t of tries) {
    const iso = normalizeDate(t.replace(/[.,;]$/, ''));
    if (iso) return iso;
  }
  return undefined;
}

/** "Jane Roe and Ali Khan" → ["Jane Roe", "Ali Khan"]; undefined unless every part looks like a name. */
function readNames(value: string, p: LinePatterns): string[] | undefined {
  if (value.length > 100 || /[.!?]$/.test(value.replace(/\b\p{Lu}\.$/u, ''))) return undefined;
  const parts = value.split(/\s*(?:,|&|\band\b|;)\s*/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return undefined;
  for (const part of parts) {
    const words = part.split(/\s+/);
    if (words.length > 5) return undefined;
    for (const word of words) {
      if (NOT_NAMES.test(word)) return undefined;
      if (!/^[\p{Lu}\p{Lo}]/u.test(word) && !p.nameParticles.has(word.toLowerCase().replace(/-.*$/, ''))) return undefined;
    }
  }
  const people = parts.filter((name) => !p.agencyNotOutlets.has(name.toLowerCase()));
  return people.length ? people : parts;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
