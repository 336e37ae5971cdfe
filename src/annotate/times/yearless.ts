import { daysInMonth, pad, type Day } from './calendar.js';

/**
 * Periods of the year with no year: what an inference can honestly say when the evidence fixes the time of
 * year ("November 7", "on Friday") but nothing fixes the year. Days are counted in a nominal leap year so
 * that 29 February has a place; the year wraps (a window may run from late December into January).
 */

const YEAR = 366;
const START = Array.from({ length: 13 }, (_, m) => (m === 0 ? 0 : Array.from({ length: m - 1 }, (_, k) => daysInMonth(2000, k + 1)).reduce((a, b) => a + b, 0)));

/** 0-based day of the nominal leap year. */
export function dayOfYear(m: number, d: number): number {
  return START[m]! + d - 1;
}

export function monthDayOf(index: number): { m: number; d: number } {
  const i = ((index % YEAR) + YEAR) % YEAR;
  let m = 12;
  while (START[m]! > i) m--;
  return { m, d: i - START[m]! + 1 };
}

const formatMonthDay = (index: number) => {
  const { m, d } = monthDayOf(index);
  return `XXXX-${pad(m)}-${pad(d)}`;
};

/** Widest year-less window worth naming: beyond two months the time of year is not known either. */
const MAX_SPAN = 62;

/**
 * The narrowest time of year holding `mass` of the weight of `days` (which may span several years), named as
 * `XXXX-MM-DD`, `XXXX-MM` or `XXXX-MM-DD/XXXX-MM-DD`; undefined when no window of two months holds it.
 */
export function describeYearless(days: Day[], weights: number[], mass: number): { value: string; confidence: number } | undefined {
  const byDay = new Float64Array(YEAR);
  days.forEach((day, i) => (byDay[dayOfYear(day.m, day.d)]! += weights[i]!));
  const total = byDay.reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  const at = (i: number) => byDay[i % YEAR]! / total;
  // Circular two-pointer search for the shortest run of days holding the mass.
  let best: { from: number; length: number; sum: number } | undefined;
  let sum = 0;
  let from = 0;
  for (let to = 0; to < 2 * YEAR - 1; to++) {
    sum += at(to);
    while (to - from + 1 > YEAR || (from < to && sum - at(from) >= mass)) sum -= at(from++);
    if (sum >= mass - 1e-9 && (!best || to - from + 1 < best.length)) best = { from, length: to - from + 1, sum };
  }
  if (!best || best.length > MAX_SPAN) return undefined;
  const round = (x: number) => Math.round(x * 100) / 100;
  if (best.length === 1) return { value: formatMonthDay(best.from), confidence: round(best.sum) };
  const first = monthDayOf(best.from);
  const last = monthDayOf(best.from + best.length - 1);
  if (first.m === last.m && best.length >= 14) {
    let inMonth = 0;
    for (let d = 1; d <= daysInMonth(2000, first.m); d++) inMonth += at(dayOfYear(first.m, d));
    return { value: `XXXX-${pad(first.m)}`, confidence: round(inMonth) };
  }
  return { value: `${formatMonthDay(best.from)}/${formatMonthDay(best.from + best.length - 1)}`, confidence: round(best.sum) };
}

/** A run of days of the nominal year: its first day (0-based) and its length; it may wrap into January. */
export interface YearRange {
  from: number;
  length: number;
}

/** `XXXX-11-07`, `XXXX-11` or `XXXX-10-12/XXXX-11-03` as a run of days of the year; undefined for anything else. */
export function yearlessRange(value: string): YearRange | undefined {
  const [a, b] = value.split('/');
  const bounds = (v: string | undefined) => {
    const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(v ?? '');
    if (!m) return undefined;
    const month = +m[1]!;
    if (month < 1 || month > 12) return undefined;
    const last = daysInMonth(2000, month);
    const first = m[2] ? +m[2] : 1;
    const end = m[2] ? +m[2] : last;
    return first >= 1 && end <= last ? { first: dayOfYear(month, first), last: dayOfYear(month, end) } : undefined;
  };
  const start = bounds(a);
  const end = b === undefined ? start : bounds(b);
  if (!start || !end) return undefined;
  return { from: start.first, length: ((end.last - start.first + YEAR) % YEAR) + 1 };
}

export function formatYearRange(range: YearRange): string {
  return range.length === 1 ? formatMonthDay(range.from) : `${formatMonthDay(range.from)}/${formatMonthDay(range.from + range.length - 1)}`;
}

/** Days from a day of the year to the nearest day of a range, round the year either way (0 inside it). */
export function yearDistance(day: number, range: YearRange): number {
  const after = (((day - range.from) % YEAR) + YEAR) % YEAR;
  if (after < range.length) return 0;
  return Math.min(after - range.length + 1, YEAR - after);
}
