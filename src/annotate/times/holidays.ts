import data from '../../../data/time/holidays.json' with { type: 'json' };
import { addDays, compareDays, daysInMonth, formatDay, weekday, type Day, type Reference } from './calendar.js';

interface Rule {
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  after?: number;
}

const RULES = data.holidays as Record<string, Rule>;

/** The names of data/time/holidays.json, longest first, for a regular expression. */
export const HOLIDAY_NAMES = Object.keys(RULES).sort((a, b) => b.length - a.length);

// A named day up to two weeks ahead is the coming one ("a theme from now to Election Day"); else the last one.
const UPCOMING_DAYS = 14;

function dateIn(year: number, rule: Rule): Day {
  if (rule.day) return { y: year, m: rule.month, d: rule.day };
  // weekday(): 0 = Sunday ... 6 = Saturday; the data counts 1 = Monday ... 7 = Sunday.
  const want = rule.weekday! % 7;
  let day: Day;
  if (rule.nth! > 0) {
    day = { y: year, m: rule.month, d: 1 };
    while (weekday(day) !== want) day = addDays(day, 1);
    day = addDays(day, 7 * (rule.nth! - 1));
  } else {
    day = { y: year, m: rule.month, d: daysInMonth(year, rule.month) };
    while (weekday(day) !== want) day = addDays(day, -1);
  }
  return addDays(day, rule.after ?? 0);
}

/** "Thanksgiving Day" → the last one on or before publication, or the coming one when it is near; undefined without a reference. */
export function holidayValue(name: string, ref: Reference | undefined): string | undefined {
  const rule = RULES[name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
  if (!rule || !ref) return undefined;
  const soon = addDays(ref.day, UPCOMING_DAYS);
  let day = dateIn(ref.day.y, rule);
  if (compareDays(day, soon) > 0) day = dateIn(ref.day.y - 1, rule);
  return formatDay(day);
}
