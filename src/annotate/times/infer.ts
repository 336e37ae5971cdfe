import type { Doc } from '../../core/doc.js';
import { addDays, compareDays, formatDay, formatMonth, formatWeek, isoWeek, isRealDay, parseReference, toDate, valueBounds, weekday, type Day } from './calendar.js';
import { findClues, type Evidence, type FoundClue } from './clues.js';
import { dayOfYear, describeYearless, formatYearRange, yearDistance, yearlessRange, type YearRange } from './yearless.js';

/**
 * Dates a report that has no publication time, from what its text says and from its story's other reports.
 *
 * Every day in a range is a hypothesis, scored by how well the clues fit it (a log-likelihood): dates it
 * mentions must lie before it and most likely lie a few weeks before it at most; a weekday it names must be
 * within the week before, and the most recent weekday is most often the day of publication or the one before;
 * when a weekday and a date name the same day the coincidence counts for that day (one chance in seven
 * otherwise); reports of the same story come out within days of each other. The answer is the narrowest
 * period (a day, an ISO week, a month, or an interval) that holds most of the weight, with that weight as
 * its confidence, so that the precision claimed is the precision the evidence supports.
 *
 * The weights are round numbers chosen by hand from the meaning of each clue (half-life of a mentioned date
 * about two weeks, a story's reports within a week), not fitted to any data set.
 */

export interface InferredPublished {
  /**
   * `2026-03-12`, `2026-W11`, `2026-03` or `2026-03-10/2026-03-16`; when the evidence fixes the time of year but
   * not the year, `XXXX-11`, `XXXX-11-07` or `XXXX-11-07/XXXX-11-14`; undefined when nothing in the evidence
   * dates the report to within two months (a span of years is not a date).
   */
  value: string | undefined;
  /** The share of the weight inside `value`, 0–1. */
  confidence: number;
  evidence: Evidence[];
}

export interface InferOptions {
  /** A time the report certainly existed by (when it was fetched or ingested), ISO; an upper bound. */
  now?: string;
  /** Share of the weight the reported period must hold. */
  mass?: number;
  /**
   * Lean on siblings known only to a time of year (`XXXX-10-12/XXXX-11-03`). Off for a whole story, whose
   * separate events would smear such a report over both; on among the reports of one event.
   */
  yearlessSiblings?: boolean;
}

const RECENT_HALF_LIFE = 14; // days: a report's dated events are mostly from the last few weeks
const STORY_WINDOW = 7; // days: reports of one story come out within about a week of each other
const HORIZON = 3660; // days searched after the earliest bound when nothing else bounds the range
// Without any year in the evidence, days are searched over eight nominal years (every weekday falls on every
// date in that span) and the answer names a time of year only. The end is arbitrary and never reported.
const NOMINAL_END: Day = { y: 2031, m: 12, d: 31 };
const NOMINAL_YEARS = 8;
const MAX_CLUES = 60;

/** A sibling's publication period: days of a known year, or a time of year (`XXXX-10-12/XXXX-11-03`) only. */
type DatedSibling = { id: string; first: Day; last: Day };
type Sibling = DatedSibling | { id: string; yearless: YearRange };

/**
 * Widest period that still places a report among a story's events: a sibling dated only to within months
 * says nothing about a story that unfolds over days, while an inferred period is a few weeks wide when its
 * evidence is a date with the recency tail after it.
 */
export const MAX_PLACING_DAYS = 45;

/** An inference's value when its confidence is enough to lean on (half the weight or more), else undefined. */
export function confidentValue(inferred: Pick<InferredPublished, 'value' | 'confidence'> | undefined): string | undefined {
  return inferred?.value && inferred.confidence >= 0.5 ? inferred.value : undefined;
}

/** Days a period value covers, year-less ones included (`XXXX-10-12/XXXX-11-03` → 23); undefined when unreadable. */
export function periodDays(value: string): number | undefined {
  if (value.startsWith('XXXX')) return yearlessRange(value)?.length;
  const bounds = periodBounds(value);
  return bounds ? daysBetween(bounds.first, bounds.last) + 1 : undefined;
}

/** The period a sibling's publication lies in: from its metadata, else from its own inference. */
export function siblingPeriod(doc: Doc, inferred?: InferredPublished): Sibling | undefined {
  const ref = parseReference(doc.meta.published);
  if (ref) return { id: doc.id, first: ref.day, last: ref.day };
  const value = confidentValue(inferred);
  if (!value || (periodDays(value) ?? Infinity) > MAX_PLACING_DAYS) return undefined;
  if (value.startsWith('XXXX')) return { id: doc.id, yearless: yearlessRange(value)! };
  return { id: doc.id, ...periodBounds(value)! };
}

const describeSibling = (s: Sibling) => ('yearless' in s ? formatYearRange(s.yearless) : `${formatDay(s.first)}${compareDays(s.first, s.last) ? `/${formatDay(s.last)}` : ''}`);

export function inferPublished(doc: Doc, storySiblings: Doc[] = [], options: InferOptions = {}, siblingEstimates: Map<string, InferredPublished> = new Map()): InferredPublished {
  // A report's dating clues sit in its first paragraphs; a cap keeps a pathological text from costing
  // days × clues² work.
  const clues = findClues(doc.text).slice(0, MAX_CLUES);
  const all = storySiblings.filter((s) => s !== doc && s.id !== doc.id).map((s) => siblingPeriod(s, siblingEstimates.get(s.id))).filter((s): s is Sibling => s !== undefined);
  // Siblings that know their year outrank those that know only the time of year.
  const siblings = all.some((s) => !('yearless' in s)) || !options.yearlessSiblings ? all.filter((s) => !('yearless' in s)) : all;
  const now = parseReference(options.now)?.day;
  const range = searchRange(clues, siblings, now);
  if (!range) return { value: undefined, confidence: 0, evidence: clues.map((c) => c.evidence) };
  const days: Day[] = [];
  const weights: number[] = [];
  for (let day = range.first; compareDays(day, range.last) <= 0; day = addDays(day, 1)) {
    const score = scoreDay(day, clues, siblings);
    if (score === -Infinity) continue;
    days.push(day);
    weights.push(Math.exp(score));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const evidence = [...clues.map((c) => c.evidence), ...siblings.map((s) => ({ start: 0, end: 0, text: '', doc: s.id, reason: `same story, published ${describeSibling(s)}` }))];
  if (!total) return { value: undefined, confidence: 0, evidence };
  const mass = options.mass ?? 0.8;
  const shares = weights.map((w) => w / total);
  if (range.yearless) return { ...(describeYearless(days, shares, mass) ?? { value: undefined, confidence: 0 }), evidence };
  const period = narrowest(days, shares, mass);
  return { ...describe(period, days, shares, mass), evidence };
}

function searchRange(clues: FoundClue[], siblings: Sibling[], now: Day | undefined): { first: Day; last: Day; yearless?: boolean } | undefined {
  const lower: Day[] = [];
  for (const { clue } of clues) {
    if (clue.kind === 'date') lower.push({ y: clue.y, m: clue.m, d: clue.d });
    if (clue.kind === 'after') lower.push({ y: clue.y, m: clue.m, d: 1 });
  }
  let first = lower.sort(compareDays).at(-1);
  let last = now;
  const dated = siblings.filter((s): s is DatedSibling => !('yearless' in s));
  if (dated.length) {
    const start = addDays(dated.map((s) => s.first).sort(compareDays)[0]!, -4 * STORY_WINDOW);
    const end = addDays(dated.map((s) => s.last).sort(compareDays).at(-1)!, 4 * STORY_WINDOW);
    first = first && compareDays(first, start) > 0 ? first : start;
    last = last && compareDays(last, end) < 0 ? last : end;
  }
  // A day without a year and only an upper bound: look back two years (the answer then names the month, not the year).
  if (!first && last && clues.some((c) => c.clue.kind === 'month-day')) first = addDays(last, -2 * 365);
  // A day without a year, or siblings that know only the time of year, and nothing else: the time of year is
  // known, the year is not.
  if (!first && !last && (clues.some((c) => c.clue.kind === 'month-day') || siblings.length > dated.length)) {
    return { first: { y: NOMINAL_END.y - NOMINAL_YEARS + 1, m: 1, d: 1 }, last: NOMINAL_END, yearless: true };
  }
  if (!first) return undefined;
  last ??= addDays(first, HORIZON);
  return compareDays(first, last) <= 0 ? { first, last } : undefined;
}

/** The latest day on or before `day` with this month and day of month. */
function latestMonthDay(day: Day, m: number, d: number): Day | undefined {
  for (let y = day.y; y >= day.y - 8; y--) {
    const candidate = { y, m, d };
    if (isRealDay(candidate) && compareDays(candidate, day) <= 0) return candidate;
  }
  return undefined;
}

const daysBetween = (a: Day, b: Day) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);

function scoreDay(day: Day, clues: FoundClue[], siblings: Sibling[]): number {
  let score = 0;
  const dated: Array<{ day: Day; sentence: number }> = [];
  let latestWeekday: number | undefined;
  for (const { clue, sentence } of clues) {
    if (clue.kind === 'date' || clue.kind === 'month-day') {
      const when = clue.kind === 'date' ? { y: clue.y, m: clue.m, d: clue.d } : latestMonthDay(day, clue.m, clue.d);
      if (!when || compareDays(when, day) > 0) return -Infinity;
      score -= (Math.LN2 * daysBetween(when, day)) / RECENT_HALF_LIFE;
      dated.push({ day: when, sentence });
    } else if (clue.kind === 'after' && compareDays({ y: clue.y, m: clue.m, d: 1 }, day) > 0) return -Infinity;
  }
  for (const { clue, sentence } of clues) {
    if (clue.kind !== 'weekday') continue;
    const back = (weekday(day) - clue.w + 7) % 7;
    const when = addDays(day, -back);
    // A weekday and a date that name the same day happen one time in seven by accident, more often when
    // they name one event; taken as half the time in one sentence, a tenth across sentences (ratio 1 + 6q).
    const same = dated.filter((d) => compareDays(d.day, when) === 0);
    if (same.length) score += Math.log(1 + 6 * (same.some((d) => d.sentence === sentence) ? 0.5 : 0.1));
    latestWeekday = latestWeekday === undefined ? back : Math.min(latestWeekday, back);
  }
  // The most recent weekday named is usually (taken as 4 times in 5) the day of publication or the day
  // before: likelihood against a uniform week.
  if (latestWeekday !== undefined) score += Math.log(latestWeekday <= 1 ? (0.8 / 2) * 7 : (0.2 / 5) * 7);
  for (const { clue } of clues) {
    if (clue.kind === 'this-month') score += day.d > 1 && dated.some(({ day: d }) => d.y === day.y && d.m === day.m) ? Math.log(2) : 0;
    if (clue.kind === 'last-month') score += dated.some(({ day: d }) => d.y * 12 + d.m === day.y * 12 + day.m - 1) ? Math.log(2) : 0;
    if (clue.kind === 'last-week') score += dated.some(({ day: d }) => formatWeek(d) === formatWeek(addDays(day, -7))) ? Math.log(2) : 0;
  }
  // The report came out near one of its story's reports, not near all of them at once: a mixture, so that
  // three reports of a story's first day do not outvote the report of its second event a week later.
  if (siblings.length) {
    let near = 0;
    for (const s of siblings) {
      const distance = 'yearless' in s ? yearDistance(dayOfYear(day.m, day.d), s.yearless) : compareDays(day, s.first) < 0 ? daysBetween(day, s.first) : compareDays(day, s.last) > 0 ? daysBetween(s.last, day) : 0;
      near += Math.exp(-distance / STORY_WINDOW);
    }
    score += Math.log(near / siblings.length);
  }
  return score;
}

/** The shortest run of days holding at least `mass` of the weight. */
function narrowest(days: Day[], weights: number[], mass: number): { from: number; to: number } {
  let best = { from: 0, to: days.length - 1 };
  let sum = 0;
  let from = 0;
  for (let to = 0; to < days.length; to++) {
    sum += weights[to]!;
    while (from < to && sum - weights[from]! >= mass) sum -= weights[from++]!;
    if (sum >= mass && daysBetween(days[from]!, days[to]!) < daysBetween(days[best.from]!, days[best.to]!)) best = { from, to };
  }
  return best;
}

/** Names the period in the coarsest TIMEX3 unit that contains it: a day, a week, a month, else an interval. */
function describe(period: { from: number; to: number }, days: Day[], weights: number[], mass: number): { value: string | undefined; confidence: number } {
  const first = days[period.from]!;
  const last = days[period.to]!;
  const massIn = (test: (d: Day) => boolean) => days.reduce((sum, d, i) => sum + (test(d) ? weights[i]! : 0), 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  if (compareDays(first, last) === 0) return { value: formatDay(first), confidence: round(weights[period.from]!) };
  const week = isoWeek(first);
  if (daysBetween(first, last) < 7 && isoWeek(last).w === week.w && isoWeek(last).y === week.y) {
    return { value: formatWeek(first), confidence: round(massIn((d) => formatWeek(d) === formatWeek(first))) };
  }
  if (first.y === last.y && first.m === last.m && daysBetween(first, last) >= 14) {
    return { value: formatMonth(first), confidence: round(massIn((d) => d.y === first.y && d.m === first.m)) };
  }
  if (daysBetween(first, last) > 62) {
    // A wide spread can be several separate peaks (the same date in different years): a single month that
    // holds the required weight is named as such.
    const byMonth = new Map<string, number>();
    days.forEach((d, i) => byMonth.set(formatMonth(d), (byMonth.get(formatMonth(d)) ?? 0) + weights[i]!));
    const [month, share] = [...byMonth].sort((a, b) => b[1] - a[1])[0]!;
    if (share >= mass) return { value: month, confidence: round(share) };
  }
  if (daysBetween(first, last) > 62) {
    // The year is open but the time of year may not be ("November 7" with nothing to fix the year): name the
    // time of year, or nothing. A span of years would claim a precision the evidence does not have.
    return describeYearless(days, weights, mass) ?? { value: undefined, confidence: 0 };
  }
  return { value: `${formatDay(first)}/${formatDay(last)}`, confidence: round(massIn((d) => compareDays(d, first) >= 0 && compareDays(d, last) <= 0)) };
}

/** First and last day of an inferred value (a day, week, month or interval). */
export function periodBounds(value: string): { first: Day; last: Day } | undefined {
  const [a, b] = value.split('/');
  const start = a ? valueBounds(a) : undefined;
  const end = valueBounds(b ?? a ?? '');
  return start && end ? { first: start.first, last: end.last } : undefined;
}
