import lexicon from '../../../data/time/lexicon.json' with { type: 'json' };
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, pad, quarterOf, weekStart, type Day } from './calendar.js';

/** A calendar unit by name, singular. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'night' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/centuries$/, 'century').replace(/s$/, '');
  return w in lexicon.units ? (w as Unit) : undefined;
}

const TIME_UNITS = new Set(lexicon.timeUnits);

export function isTimeUnit(unit: Unit): boolean {
  return TIME_UNITS.has(unit);
}

/** A number written in digits or words; NaN for a vague one ("several", "a few"). */
export function numberOf(word: string | undefined): number {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+)\s+1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  const n = (lexicon.numbers as Record<string, number>)[w];
  return n ?? Number.NaN;
}

/** Half of a unit in the next smaller one. */
const HALVES: Record<string, string> = { Y: '6M', D: 'T12H', TH: '30M', TM: '30S' };

/** TIMEX3 duration: P4D, P2W, PT18H, P1DE; X for a vague count (PXY). */
export function durationValue(unit: Unit, n: number): string {
  // Fortnights, decades and centuries are written in weeks and years, as TimeBank does (P10Y, not P1DE).
  const scale: Partial<Record<Unit, [number, string]>> = { fortnight: [2, 'W'], decade: [10, 'Y'], century: [100, 'Y'] };
  const [factor, suffix] = scale[unit] ?? [1, (lexicon.units as Record<string, string>)[unit]!];
  const count = Number.isNaN(n) ? 'X' : String(n * factor);
  // A half is written in the next smaller unit, as TimeML does: 5 1/2 hours is PT5H30M, 2 1/2 years P2Y6M.
  const whole = Math.floor(n * factor);
  const rest = HALVES[isTimeUnit(unit) ? `T${suffix}` : suffix!];
  if (!Number.isNaN(n) && n * factor - whole === 0.5 && rest) return `P${isTimeUnit(unit) ? 'T' : ''}${whole > 0 ? `${whole}${suffix}` : ''}${rest}`;
  return isTimeUnit(unit) ? `PT${count}${suffix}` : `P${count}${suffix}`;
}

/** Moves a day by n units; time units move by whole days only when they add up to one. */
export function shiftDay(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day':
    case 'night':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'fortnight':
      return addDays(day, 14 * n);
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
    default:
      return day;
  }
}

/** The TIMEX3 value of the unit-sized period that holds the day: the week of, the month of, the decade of. */
export function periodValue(day: Day, unit: Unit): string {
  switch (unit) {
    case 'week':
    case 'fortnight':
      return formatWeek(day);
    case 'weekend':
      return `${formatWeek(day)}-WE`;
    case 'month':
      return formatMonth(day);
    case 'quarter':
      return `${formatYear(day.y)}-Q${quarterOf(day)}`;
    case 'year':
      return formatYear(day.y);
    case 'decade':
      return formatYear(day.y).slice(0, 3);
    case 'century':
      return formatYear(day.y).slice(0, 2);
    case 'night':
      // "last night": the night of the day before, a part of day as TimeML writes it.
      return `${formatDay(day)}TNI`;
    default:
      return formatDay(day);
  }
}

/** First and last day of the unit-sized period that holds the day, for anchors. */
export function periodBounds(day: Day, unit: Unit): { first: Day; last: Day } {
  switch (unit) {
    case 'week':
    case 'weekend':
    case 'fortnight': {
      const first = weekStart(day);
      return unit === 'weekend' ? { first: addDays(first, 5), last: addDays(first, 6) } : { first, last: addDays(first, 6) };
    }
    case 'month':
      return { first: { ...day, d: 1 }, last: addDays(addMonths({ ...day, d: 1 }, 1), -1) };
    case 'quarter': {
      const first = { y: day.y, m: quarterOf(day) * 3 - 2, d: 1 };
      return { first, last: addDays(addMonths(first, 3), -1) };
    }
    case 'year':
      return { first: { y: day.y, m: 1, d: 1 }, last: { y: day.y, m: 12, d: 31 } };
    default:
      return { first: day, last: day };
  }
}

/** A clock time n units before or after the reference time, written as TIMEX3 `YYYY-MM-DDTHH:MM`. */
export function shiftTime(day: Day, hour: number, minute: number, unit: Unit, n: number): string {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d, hour, minute));
  date.setUTCFullYear(day.y);
  const minutes = unit === 'hour' ? 60 * n : unit === 'minute' ? n : n / 60;
  date.setUTCMinutes(date.getUTCMinutes() + Math.round(minutes));
  const shifted = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
  return `${formatDay(shifted)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
