import { valueBounds } from '../annotate/times/calendar.js';
import { DAY_MS } from '../core/time.js';

/** A span of days (days since 1970-01-01, inclusive) an article is about or was published in. */
export interface Period {
  first: number;
  last: number;
}

/** An inferred publication period as `corpus:inferredPublished` gives it. */
export interface InferredPeriod {
  value?: string | null;
  confidence: number;
}

const toDays = (day: { y: number; m: number; d: number }) => Math.floor(Date.UTC(day.y, day.m - 1, day.d) / DAY_MS);

/** True when a TIMEX3-style value names a time of year but no year (`XXXX-11`, `XXXX-11-07/XXXX-11-14`). */
export const isYearless = (value: string) => value.startsWith('XXXX');

/**
 * Reads a period value (`2026-03-12`, `2026-W11`, `2026-03`, `a/b` intervals, and their year-less `XXXX-` forms)
 * into days. A year-less value is placed in `year`: inside one story, articles are taken to share a year unless
 * the evidence says otherwise. An interval whose end falls before its start ran into the next year.
 */
export function parsePeriod(value: string, year: number): Period | undefined {
  const [a, b] = value.split('/');
  const read = (v: string) => valueBounds(v.replace(/^XXXX/, String(year)));
  const start = a ? read(a) : undefined;
  const end = b ? read(b) : start;
  if (!start || !end) return undefined;
  let last = toDays(end.last);
  const first = toDays(start.first);
  if (last < first && isYearless(value)) last = toDays({ ...end.last, y: end.last.y + 1 });
  return last >= first ? { first, last } : undefined;
}

/** Widest inferred period that still says which event an article is about: about six weeks (a date plus the fortnight-half-life tail inference puts after it). */
const MAX_PERIOD_DAYS = 45;

/**
 * The period each article is about: its event day when it is dated; else its inferred publication period
 * when that is confident and at most a month long. Year-less periods take the year that puts them nearest
 * the story's dated articles (the median), else a nominal year shared by the whole story.
 */
export function storyPeriods(items: Array<{ id: string; day: number | undefined; dated: boolean }>, inferred: ReadonlyMap<string, InferredPeriod>): Map<string, Period> {
  const periods = new Map<string, Period>();
  const known = items.filter((x) => x.dated && x.day !== undefined).map((x) => x.day!).sort((p, q) => p - q);
  const median = known.length ? known[known.length >> 1]! : undefined;
  for (const x of items) {
    if (x.dated && x.day !== undefined) {
      periods.set(x.id, { first: x.day, last: x.day });
      continue;
    }
    const guess = inferred.get(x.id);
    if (!guess?.value || guess.confidence < 0.5) continue;
    let period: Period | undefined;
    if (isYearless(guess.value)) {
      const y = median === undefined ? 2000 : new Date(median * DAY_MS).getUTCFullYear();
      const candidates = [y - 1, y, y + 1].map((year) => parsePeriod(guess.value!, year)).filter((p): p is Period => p !== undefined);
      period = median === undefined ? parsePeriod(guess.value, 2000) : candidates.sort((p, q) => distance(p, median) - distance(q, median))[0];
    } else period = parsePeriod(guess.value, 2000);
    if (period && period.last - period.first < MAX_PERIOD_DAYS) periods.set(x.id, period);
  }
  return periods;
}

const distance = (p: Period, day: number) => (day < p.first ? p.first - day : day > p.last ? day - p.last : 0);

/** Days strictly between two periods (0 when they overlap or touch). */
export function gapDays(a: Period, b: Period): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

