import { holidayValue } from './holidays.js';
import lexicon from '../../../data/time/lexicon.json' with { type: 'json' };
import type { ParsedComponents } from 'chrono-node';
import { addDays, formatDay, formatYear, isRealDay, pad, quarterOf, type Day, type Reference } from './calendar.js';
import type { ChronoHit } from './chrono.js';
import type { PatternHit } from './patterns.js';
import { readUnitPhrase, type Previous, type Reading } from './relative.js';
import type { PartOfDay } from './types.js';
import { durationValue, numberOf, periodValue, shiftDay, unitOf } from './units.js';

/**
 * Turns a chrono-node match or a pattern match into a TIMEX3-like reading. Only what the text states, plus
 * the publication time for relative expressions, goes into a value; with no publication time a relative
 * expression keeps its span and gets no value.
 */

const PARTS = lexicon.partsOfDay as Record<string, PartOfDay>;
const PART_WORD = new RegExp(`\\b(${Object.keys(PARTS).join('|')})\\b`, 'i');
const CASUAL = /\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
const FIELDS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;
const UNIT_TEXT = /^(?:(?<the>the\s+)?(?<det>past|last|previous|next|coming|following|this|current)\s+(?:(?<num1>[\w.]+(?:\s+few)?)\s+)?(?<unit1>[a-z]+)|(?<num2>[\w.]+|a\s+few|a\s+couple\s+of)\s+(?<unit2>[a-z]+?)\s*(?<dir>ago|earlier|later|from\s+now|hence|back)?)$/i;

function calendarValue(c: ParsedComponents, ref: Reference | undefined, relative: boolean, part: PartOfDay | undefined, casual: boolean, onDay?: Day): string | undefined {
  const certain = (f: (typeof FIELDS)[number]) => c.isCertain(f);
  const hasDay = certain('day') || certain('weekday');
  if (relative && !ref) {
    // Without a publication time only the stated fields can be written; the year stays unknown.
    if (certain('month') && certain('day') && !certain('hour')) return `XXXX-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    if (certain('month') && !hasDay) return `XXXX-${pad(c.get('month')!)}`;
    return undefined;
  }
  let day: Day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  // A clock time alone ("at 10 p.m.") is on the day last mentioned, as TimeML reads it.
  if (onDay && c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !casual) day = onDay;
  if (!isRealDay(day)) return undefined;
  if (certain('hour')) return `${formatDay(day)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
  if (part) return `${formatDay(day)}T${part}`;
  if (hasDay || casual) return formatDay(day);
  if (certain('month')) return `${formatYear(day.y)}-${pad(day.m)}`;
  return formatYear(day.y);
}

const PREPOSITION = /^(?:on|at|in|by|during|since|until|from|for|within|of)\s+/i;

/** The unit grammar's reading of a chrono relative match ("two days ago"), or undefined when it has none ("the year"). */
function unitGroups(text: string): Record<string, string | undefined> | undefined {
  const m = UNIT_TEXT.exec(text);
  if (!m || !unitOf(m.groups!.unit1 ?? m.groups!.unit2 ?? '')) return undefined;
  return m.groups!.num2 && Number.isNaN(numberOf(m.groups!.num2)) ? undefined : m.groups!;
}

const isUnitPhrase = (hit: ChronoHit, text: string) => hit.tags.has('result/relativeDate') && !CASUAL.test(text);

/** False for chrono's relative matches that the unit grammar cannot read ("the year", "13 days after"): they are left to the patterns. */
export function readableChrono(hit: ChronoHit): boolean {
  const text = hit.text.trim().replace(PREPOSITION, '');
  return !isUnitPhrase(hit, text) || unitGroups(text) !== undefined;
}

export function readChrono(hit: ChronoHit, ref: Reference | undefined, previous: Previous | undefined): Reading | undefined {
  const text = hit.text.trim().replace(PREPOSITION, '');
  if (isUnitPhrase(hit, text)) {
    const groups = unitGroups(text);
    return groups ? readUnitPhrase(groups, ref, previous) : undefined;
  }
  const c = hit.from;
  const shift = /\byesterday\b/i.test(text) ? -1 : /\btomorrow\b/i.test(text) ? 1 : 0;
  if (shift && ref && !c.isCertain('day')) {
    // chrono loses "yesterday" when a part of day comes first ("mid-afternoon yesterday"); the word fixes the day.
    const day = addDays(ref.day, shift);
    const components = c as unknown as { imply(name: string, value: number): unknown };
    components.imply('year', day.y);
    components.imply('month', day.m);
    components.imply('day', day.d);
  }
  const casual = CASUAL.test(text) || [...hit.tags].some((t) => t.startsWith('casualReference/') && !/(morning|afternoon|evening|noon|night|midnight)$/.test(t));
  const partWord = PART_WORD.exec(text)?.[1]?.toLowerCase();
  const part = partWord && !c.isCertain('hour') ? PARTS[partWord] : /\btonight\b/i.test(text) ? 'NI' : undefined;
  const relative = casual || !c.isCertain('year');
  const certain = casual ? [] : FIELDS.filter((f) => c.isCertain(f));
  const value = calendarValue(c, ref, relative, part, casual, previous?.unit === 'day' ? previous.day : undefined);
  const type = c.isCertain('hour') || part ? 'TIME' : 'DATE';
  const reading: Reading = { label: type, attrs: { value, type, relative, certain } };
  if (part) reading.attrs.partOfDay = part;
  if (hit.to) {
    const end = calendarValue(hit.to, ref, relative, undefined, casual);
    if (value !== undefined && end !== undefined) reading.attrs.value = { start: value, end };
  }
  return reading;
}

const SEASON_LAST_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

function quarterValue(groups: Record<string, string | undefined>, ref: Reference | undefined): string | undefined {
  const ordinals = lexicon.ordinals as Record<string, number>;
  const q = groups.q ? +groups.q : groups.ordinal ? ordinals[groups.ordinal.toLowerCase()] : undefined;
  const year = groups.year ?? groups.year0;
  if (year && q) return `${year}-Q${q}`;
  if (!ref) return undefined;
  const pubQ = quarterOf(ref.day);
  const det = (groups.the ?? '').toLowerCase();
  const fixed = (groups.fixed ?? '').toLowerCase();
  let index = ref.day.y * 4 + pubQ - 1;
  if (q) {
    // A named quarter is the latest one on or before publication: news reports quarters that have begun.
    index = (q <= pubQ ? ref.day.y : ref.day.y - 1) * 4 + q - 1;
    if (det === 'last') index -= 4;
    if (det === 'next') index += q <= pubQ ? 4 : 0;
  } else if (det === 'next') index += 1;
  else if (det === 'last' || /latest|past|recent/.test(fixed) || (det === 'the' && !fixed)) {
    // "the quarter" and "the latest quarter" in a report are the last complete one (earnings come after the quarter ends).
    index -= 1;
  }
  // "the 1988 quarter": the quarter under discussion, in the year the text states.
  if (year) index = +year * 4 + (index % 4);
  return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

function seasonValue(groups: Record<string, string | undefined>, ref: Reference | undefined): string | undefined {
  const code = (lexicon.seasons as Record<string, string>)[groups.season!.toLowerCase()]!;
  if (groups.year) return `${groups.year}-${code}`;
  if (!ref) return undefined;
  const det = (groups.det ?? '').toLowerCase();
  const ended = code !== 'WI' && ref.day.m > SEASON_LAST_MONTH[code]!;
  const y = det === 'last' ? (ended ? ref.day.y : ref.day.y - 1) : det === 'next' ? (ended ? ref.day.y + 1 : ref.day.y) : ref.day.y;
  return `${formatYear(y)}-${code}`;
}

export function readPattern(hit: PatternHit, ref: Reference | undefined, previous: Previous | undefined): Reading | undefined {
  const g = hit.groups;
  const date = (value: string | undefined, relative: boolean, certain: string[]): Reading => ({ label: 'DATE', attrs: { value, type: 'DATE', relative, certain } });
  switch (hit.kind) {
    case 'unit':
      return readUnitPhrase(g, ref, previous);
    case 'year':
      return date(g.year, false, ['year']);
    case 'holiday':
      return date(holidayValue(g.holiday!, ref), true, ['month', 'day']);
    case 'decade': {
      if (g.century) return date(`${g.century}${g.decade}`, false, ['year']);
      if (!ref) return date(undefined, true, []);
      // "the '90s": the latest such decade not after publication.
      const century = Math.floor(ref.day.y / 100) - (+g.short! > Math.floor((ref.day.y % 100) / 10) ? 1 : 0);
      return date(`${century}${g.short}`, true, []);
    }
    case 'quarter':
      return date(quarterValue(g, ref), !(g.year ?? g.year0), g.year ?? g.year0 ? ['year'] : []);
    case 'half': {
      const half = g.which!.toLowerCase() === 'first' ? 1 : 2;
      const year = g.year ? +g.year : ref ? (half === 2 && ref.day.m <= 6 ? ref.day.y - 1 : ref.day.y) : undefined;
      return date(year === undefined ? undefined : `${formatYear(year)}-H${half}`, !g.year, g.year ? ['year'] : []);
    }
    case 'season':
      return date(seasonValue(g, ref), !g.year, g.year ? ['year'] : []);
    case 'set': {
      const word = g.word?.toLowerCase();
      const unit = g.unit ? unitOf(g.unit) : undefined;
      const value = word ? (lexicon.sets as Record<string, string>)[word] : unit ? durationValue(unit, 1) : undefined;
      return { label: 'SET', attrs: { value, type: 'SET', relative: false, certain: [] } };
    }
    case 'year-ago': {
      // A year before the period last mentioned, at its granularity (a quarter stays a quarter).
      const what = g.what?.toLowerCase();
      const unit = what === 'quarter' || (what !== 'month' && what !== 'week' && previous?.unit === 'quarter') ? 'quarter' : what === 'month' || what === 'week' ? what : 'year';
      // A period mentioned before that already lies in an earlier year ("the 1988 period") is the comparison,
      // not the period under discussion: then the current one (of publication) is.
      const base = previous && (!ref || previous.day.y >= ref.day.y) ? previous.day : ref?.day ?? previous?.day;
      return date(base ? periodValue(shiftDay(base, 'year', -1), unit) : undefined, true, []);
    }
    case 'reference': {
      const words = lexicon.referenceWords as Record<string, string>;
      return date(words[g.text!.toLowerCase().replace(/\s+/g, ' ')], true, []);
    }
  }
}
