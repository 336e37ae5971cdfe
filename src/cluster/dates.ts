import * as chrono from 'chrono-node';
import type { Doc } from '../core/doc.js';
import { DAY_MS } from '../core/time.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const STATED_YEAR = /\b\d{4}\b|\d\s*\/\s*\d{1,2}\s*\/\s*\d{2}\b/;
const DAY_WORD = /\d|day|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

export interface DateOptions {
  /** Characters of the body searched for dates by chrono (the lead names the event's date). */
  maxChars: number;
}

/** Days since 1970-01-01 (UTC) of an ISO date or date-time, or undefined. */
export function dayOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days an article mentions. Spans of a `times` layer with an ISO `attrs.value` are preferred (the
 * full time-expression layer, when a stage has built it); otherwise chrono-node reads the lead with the
 * publication time as its reference, biased to the past as news is: a bare weekday after the publication
 * day is moved back a week. Without a publication time only dates that state their year are kept.
 */
export function mentionedDays(doc: Doc, options: DateOptions = { maxChars: 2000 }): number[] {
  if (doc.hasLayer('times')) {
    const days: number[] = [];
    for (const span of doc.layer('times')) {
      const value = span.attrs?.value;
      const day = typeof value === 'string' ? dayOf(value) : undefined;
      if (day !== undefined) days.push(day);
    }
    return days;
  }
  const cached = chronoCache.get(doc);
  if (cached && cached.published === doc.meta.published) return cached.days;
  const publishedDay = dayOf(doc.meta.published);
  const reference = publishedDay === undefined ? undefined : new Date(publishedDay * DAY_MS + 12 * 3_600_000);
  const text = doc.text.length > options.maxChars ? doc.text.slice(0, options.maxChars) : doc.text;
  const days: number[] = [];
  for (const result of chrono.parse(text, reference ? { instant: reference, timezone: 0 } : undefined, { forwardDate: false })) {
    const c = result.start;
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    // chrono reads durations ("for three hours", "last four days") as dates: keep only expressions that name a day.
    if (!dayKnown || !DAY_WORD.test(result.text)) continue;
    // Without a reference chrono resolves "today" and "Saturday" against the clock and calls the year certain:
    // keep only dates whose text states the year.
    if (!reference && !(c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && STATED_YEAR.test(result.text))) continue;
    let day = Math.floor(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!) / DAY_MS);
    if (publishedDay !== undefined && day > publishedDay && !c.isCertain('day')) day -= 7;
    days.push(day);
  }
  chronoCache.set(doc, { published: doc.meta.published, days });
  return days;
}

// chrono takes milliseconds an article; the events stage and benchmarks ask for the same article's days
// more than once. The text never changes, so a cache keyed by the document (and its publication time) is safe.
const chronoCache = new WeakMap<Doc, { published: string | undefined; days: number[] }>();

/**
 * The day an article is about: the most-mentioned day in the fortnight up to its publication (latest on a
 * tie), else its publication day; without a publication time, the most-mentioned dated day, else undefined.
 */
export function anchorDay(doc: Doc, mentioned: number[]): number | undefined {
  const published = dayOf(doc.meta.published);
  const inWindow = published === undefined ? mentioned : mentioned.filter((d) => d <= published + 1 && d >= published - 14);
  if (inWindow.length === 0) return published;
  const counts = new Map<number, number>();
  for (const d of inWindow) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best = inWindow[0]!;
  for (const [d, n] of counts) if (n > counts.get(best)! || (n === counts.get(best)! && d > best)) best = d;
  return best;
}

const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/;

/**
 * The year an article was written in: its publication year when dated; else the first year its lead states
 * (reports put the date line, or the event's date, before any background). Two undated reports of one event
 * nearly always state the same first year, two look-alike events years apart rarely do (ECB+: 76% against 2%
 * of pairs that state one).
 */
export function writtenYear(doc: Doc, maxChars = 2000): number | undefined {
  const published = dayOf(doc.meta.published);
  if (published !== undefined) return new Date(published * DAY_MS).getUTCFullYear();
  const m = YEAR.exec(doc.text.length > maxChars ? doc.text.slice(0, maxChars) : doc.text);
  return m ? +m[0] : undefined;
}
