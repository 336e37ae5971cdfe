/**
 * Calendar arithmetic on naive local days. Publication times are read in the article's own calendar (the
 * offset it states, or none), so every day here is a plain year-month-day with no time zone: the UTC methods
 * of Date serve as a zone-free calendar.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** A publication time as the metadata states it, down to the precision it gives. */
export interface Reference {
  day: Day;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC when the metadata gave an offset. */
  offset?: number;
  /** The ISO string it came from. */
  iso: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads `meta.published`; undefined when it is absent, coarser than a day, or not a real date. */
export function parseReference(iso: string | undefined): Reference | undefined {
  const m = iso ? ISO.exec(iso.trim()) : null;
  if (!m) return undefined;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (!isRealDay(day)) return undefined;
  const ref: Reference = { day, iso: iso!.trim() };
  if (m[4] !== undefined) {
    ref.hour = +m[4];
    ref.minute = +m[5]!;
  }
  if (m[6]) ref.offset = m[6] === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (+m[6].slice(1, 3) * 60 + +m[6].slice(-2));
  return ref;
}

export function isRealDay(day: Day): boolean {
  if (!Number.isInteger(day.y) || day.m < 1 || day.m > 12 || day.d < 1) return false;
  return day.d <= daysInMonth(day.y, day.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toDate(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d));
  date.setUTCFullYear(day.y);
  return date;
}

export function fromDate(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

/** Adds months, clamping the day to the target month's length (31 March − 1 month = 28/29 February). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 0 = Sunday, as Date and chrono count. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay();
}

/** ISO 8601 week: the year that owns the week (it differs from the calendar year around New Year) and its number. */
export function isoWeek(day: Day): { y: number; w: number } {
  const date = toDate(day);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const y = thursday.getUTCFullYear();
  const jan4 = toDate({ y, m: 1, d: 4 });
  const firstThursday = new Date(jan4);
  firstThursday.setUTCDate(jan4.getUTCDate() + 3 - ((jan4.getUTCDay() + 6) % 7));
  return { y, w: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86400000)) };
}

/** The Monday of the ISO week that holds the day. */
export function weekStart(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}
export function formatMonth(day: Pick<Day, 'y' | 'm'>): string {
  return `${formatYear(day.y)}-${pad(day.m)}`;
}
export function formatDay(day: Day): string {
  return `${formatMonth(day)}-${pad(day.d)}`;
}
export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${formatYear(y)}-W${pad(w)}`;
}
export function quarterOf(day: Pick<Day, 'm'>): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

/** Reads a TIMEX3 calendar value back into the first and last day it covers, for comparisons and intervals. */
export function valueBounds(value: string): { first: Day; last: Day } | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return isRealDay(day) ? { first: day, last: day } : undefined;
  }
  m = /^(\d{4})-W(\d{1,2})/.exec(value);
  if (m) {
    const first = addDays(weekStart({ y: +m[1]!, m: 1, d: 4 }), 7 * (+m[2]! - 1));
    return { first, last: addDays(first, 6) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { first: { y: +m[1]!, m: +m[2]!, d: 1 }, last: { y: +m[1]!, m: +m[2]!, d: daysInMonth(+m[1]!, +m[2]!) } };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = +m[2]!;
    return { first: { y: +m[1]!, m: q * 3 - 2, d: 1 }, last: { y: +m[1]!, m: q * 3, d: daysInMonth(+m[1]!, q * 3) } };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { first: { y: +m[1]!, m: 1, d: 1 }, last: { y: +m[1]!, m: 12, d: 31 } };
  return undefined;
}
