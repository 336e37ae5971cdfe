import { addDays, formatDay, weekday, type Day, type Reference } from './calendar.js';
import type { TimeAttrs, TimeLabel } from './types.js';
import { durationValue, isTimeUnit, numberOf, periodBounds, periodValue, shiftDay, shiftTime, unitOf, type Unit } from './units.js';

/**
 * Unit phrases: "last year", "the past two months", "two days ago", "a year earlier", "the coming weeks",
 * "four-day". The rules follow TimeML's annotation guidelines: a "the" or a count makes a length of time
 * (DURATION with the stretch it covers as anchor), a bare "last/this/next" names a calendar period (DATE),
 * "ago" counts back from publication, and "earlier/later" count from the last date the text mentioned.
 */

/** The last calendar value the text mentioned before this one; "a year earlier" counts from it. */
export interface Previous {
  value: string;
  day: Day;
  unit: Unit;
}

export interface Reading {
  label: TimeLabel;
  attrs: TimeAttrs;
}

const interval = (first: Day, last: Day) => ({ start: formatDay(first), end: formatDay(last) });

function dated(value: string | undefined, certain: string[], extra: Partial<TimeAttrs> = {}): Reading {
  return { label: 'DATE', attrs: { value, type: 'DATE', relative: true, certain, ...extra } };
}

function duration(unit: Unit, n: number, anchor?: { start: string; end: string }): Reading {
  const attrs: TimeAttrs = { value: durationValue(unit, n), type: 'DURATION', relative: anchor !== undefined, certain: [] };
  if (anchor) attrs.anchor = anchor;
  return { label: 'DURATION', attrs };
}

/** Granularity of a value: "a year ago" after "the third quarter" means the same quarter a year before. */
function resultUnit(unit: Unit, previous: Previous | undefined): Unit {
  return unit === 'year' && previous?.unit === 'quarter' ? 'quarter' : unit;
}

export function readUnitPhrase(groups: Record<string, string | undefined>, ref: Reference | undefined, previous: Previous | undefined): Reading | undefined {
  if (groups.weekend) {
    // The weekend a report speaks of is the latest one begun by publication.
    if (!ref) return dated(undefined, []);
    const day = [0, 6].includes(weekday(ref.day)) ? ref.day : addDays(ref.day, -7);
    return dated(periodValue(day, 'weekend'), []);
  }
  if (groups.theyear) return groups.ending ? duration('year', 1) : readUnitPhrase({ det: 'this', unit1: 'year' }, ref, previous);
  if (groups.unit4) return { ...duration(unitOf(groups.unit4)!, Number.NaN), label: 'DURATION' };
  if (groups.unit5) return readUnitPhrase({ det: 'this', unit1: groups.unit5 }, ref, previous);
  const unitWord = groups.unit1 ?? groups.unit2 ?? groups.unit3;
  const unit = unitWord ? unitOf(unitWord) : undefined;
  if (!unit || !unitWord) return undefined;
  const plural = /s$/i.test(unitWord);
  const numWord = groups.num1 ?? groups.num2;
  const n = (groups.unit3 ? Number.NaN : numWord ? numberOf(numWord) : plural ? Number.NaN : 1) + (groups.half ? 0.5 : 0);
  const pub = ref?.day;

  if (groups.unit3) {
    const dir = groups.dir3!.toLowerCase();
    return dated(dir === 'later' ? 'FUTURE_REF' : 'PAST_REF', []);
  }

  if (groups.det) {
    const det = groups.det.toLowerCase();
    const the = Boolean(groups.the);
    // "recent weeks" is a vague stretch of weeks (TimeBank: PXW), "the recent past" no unit at all.
    if (det === 'recent') return plural ? duration(unit, Number.NaN) : dated('PAST_REF', []);
    if (det === 'first' || det === 'final') return duration(unit, n);
    if (det === 'same') return previous ? dated(previous.value, [], { relative: true }) : undefined;
    // "that year", "later that month": the period of that unit holding the date last mentioned.
    if (det === 'that') return previous && !numWord && !plural && !isTimeUnit(unit) ? dated(periodValue(previous.day, unit), [], { relative: true }) : undefined;
    const back = ['last', 'past', 'previous', 'latest', 'prior'].includes(det);
    const ahead = ['next', 'coming', 'following'].includes(det);
    if ((the || numWord || plural || det === 'past' || isTimeUnit(unit)) && (back || ahead)) {
      // "the next day" and "the following week" count from the last date mentioned, like "a day later".
      if (the && ahead && !numWord && !plural && !isTimeUnit(unit) && (det === 'following' || unit === 'day')) {
        const base = previous?.day ?? pub;
        if (!base) return dated(undefined, []);
        const day = shiftDay(base, unit, 1);
        return dated(periodValue(day, unit), []);
      }
      if (!pub || Number.isNaN(n) || isTimeUnit(unit)) return { ...duration(unit, n), attrs: { ...duration(unit, n).attrs, relative: true } };
      const span = back ? interval(addDays(shiftDay(pub, unit, -n), 1), pub) : interval(pub, addDays(shiftDay(pub, unit, n), -1));
      return duration(unit, n, span);
    }
    const step = back ? -1 : ahead ? 1 : 0;
    if (isTimeUnit(unit)) return dated(undefined, []);
    if (!pub) return dated(undefined, []);
    const day = shiftDay(pub, unit, step);
    const bounds = periodBounds(day, unit);
    return dated(periodValue(day, unit), [], { anchor: interval(bounds.first, bounds.last) });
  }

  const dir = groups.dir?.toLowerCase().replace(/\s+/g, ' ');
  if (!dir) return duration(unit, n);
  if (Number.isNaN(n)) return dated(dir === 'later' || dir === 'after' || dir === 'from now' || dir === 'hence' ? 'FUTURE_REF' : 'PAST_REF', []);
  const fromPrevious = dir === 'earlier' || dir === 'before' || dir === 'later' || dir === 'after' || dir === 'previously';
  const sign = dir === 'later' || dir === 'after' || dir === 'from now' || dir === 'hence' ? 1 : -1;
  const base = fromPrevious && previous ? previous.day : pub;
  if (!base) return dated(undefined, []);
  if (isTimeUnit(unit)) {
    if (!ref || ref.hour === undefined) return dated(undefined, []);
    return { label: 'TIME', attrs: { value: shiftTime(base, ref.hour, ref.minute ?? 0, unit, sign * n), type: 'TIME', relative: true, certain: [] } };
  }
  const granularity = resultUnit(unit, fromPrevious || dir === 'ago' ? previous : undefined);
  // When the granularity comes from the previous quarter, so does the starting point.
  const day = shiftDay(granularity !== unit && previous ? previous.day : base, unit, sign * n);
  return dated(periodValue(day, granularity), []);
}
