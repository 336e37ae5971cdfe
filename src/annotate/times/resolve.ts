import { formatDay, formatYear, parseReference, valueBounds, type Reference } from './calendar.js';
import { parseWithChrono, type ChronoHit } from './chrono.js';
import { readableChrono, readChrono, readPattern } from './normalise.js';
import { findPatterns, type PatternHit } from './patterns.js';
import type { Previous, Reading } from './relative.js';
import type { TimeSpan } from './types.js';
import type { Unit } from './units.js';

/**
 * Finds the time expressions of a text and normalises them against its publication time (an ISO string
 * as in `meta.published`, or none). chrono-node and the patterns of patterns.ts propose spans; where they
 * overlap the longer wins; each is then read in text order, so that "a year earlier" can count from the
 * date mentioned before it.
 */
export function findTimes(text: string, published?: string): TimeSpan[] {
  const ref = parseReference(published);
  const candidates = choose([...parseWithChrono(text, ref).filter(readableChrono).map(fromChrono(text)), ...findPatterns(text).map((hit) => ({ start: hit.start, end: hit.end, hit }))]);
  const spans: TimeSpan[] = [];
  let previous: Previous | undefined;
  for (const candidate of candidates) {
    const reading = 'kind' in candidate.hit ? readPattern(candidate.hit, ref, previous) : readChrono(candidate.hit, ref, previous);
    if (!reading) continue;
    const span = withContext(text, { start: candidate.start, end: candidate.end, label: reading.label, attrs: reading.attrs }, ref);
    spans.push(span);
    // "a year earlier", "the year-ago quarter" point back from the period under discussion; they do not become
    // it, or a second "a year earlier" would count from the first (1989-Q3 → 1988-Q3 → 1987-Q3).
    if (!pointsBack(candidate.hit)) previous = asPrevious(reading) ?? previous;
  }
  return joinMonthYear(text, spans);
}

const MONTH_VALUE = /^\d{4}-\d{2}$/;
const RELATIVE_YEAR = /^(?:this|last|next)\s+year$/i;

/**
 * "January this year", "June last year", "April next year" name one month (TimeML marks one expression): the
 * month span and the year phrase after it become one span with the month in that year.
 */
function joinMonthYear(text: string, spans: TimeSpan[]): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    const month = last?.attrs.value;
    const year = span.attrs.value;
    if (
      last &&
      typeof month === 'string' &&
      MONTH_VALUE.test(month) &&
      typeof year === 'string' &&
      /^\d{4}$/.test(year) &&
      /^\s+$/.test(text.slice(last.end, span.start)) &&
      RELATIVE_YEAR.test(text.slice(span.start, span.end))
    ) {
      out[out.length - 1] = { ...last, end: span.end, attrs: { ...last.attrs, value: `${year}-${month.slice(5)}` } };
    } else out.push(span);
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  hit: ChronoHit | PatternHit;
}

/** chrono includes the preposition ("on Monday"); TimeML leaves it out, and so do we. */
function fromChrono(text: string) {
  return (hit: ChronoHit): Candidate => {
    const matched = text.slice(hit.start, hit.end);
    const lead = /^(?:on|at|in|by|during|since|until|from|for|within|of)\s+/i.exec(matched);
    const trail = /[\s,;:]+$/.exec(matched);
    return { start: hit.start + (lead ? lead[0].length : 0), end: hit.end - (trail ? trail[0].length : 0), hit };
  };
}

/** Longest first; on equal spans a pattern (which knows units and TimeML conventions) beats chrono. */
function choose(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || Number('kind' in b.hit) - Number('kind' in a.hit) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start || kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const MODIFIER_BEFORE = /(?:\b(?<word>early|late|mid|earlier|later)(?:\s+(?:on|in))?[\s-]+|\b(?<phrase>the\s+(?:end|beginning|start|middle|close)\s+of)\s+)$/i;
const MODIFIERS: Record<string, string> = { early: 'START', beginning: 'START', start: 'START', late: 'END', end: 'END', close: 'END', mid: 'MID', middle: 'MID' };

/**
 * Widens a span over "early", "late", "mid-", "the end of" before it (which chrono drops) and keeps the
 * meaning as TIMEX3 `mod`; "earlier this month" and "since August 2021" get the stretch they cover as anchor.
 */
function withContext(text: string, span: TimeSpan, ref: Reference | undefined): TimeSpan {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const m = MODIFIER_BEFORE.exec(before);
  const value = typeof span.attrs.value === 'string' ? span.attrs.value : undefined;
  const bounds = value ? valueBounds(value) : undefined;
  const pub = ref ? formatDay(ref.day) : undefined;
  const det = /\b(this|last|next)\s+$/i.exec(before);
  if (det && ref && value && /^\d{4}-\d{2}$/.test(value) && /^[A-Za-z]+\.?$/.test(text.slice(span.start, span.end))) {
    // "last November" is the latest November before the current month, "this September" the one of this year.
    const month = +value.slice(5);
    const which = det[1]!.toLowerCase();
    const y = which === 'this' ? ref.day.y : which === 'last' ? (month < ref.day.m ? ref.day.y : ref.day.y - 1) : month > ref.day.m ? ref.day.y : ref.day.y + 1;
    return { ...span, start: span.start - det[0].length, attrs: { ...span.attrs, value: `${formatYear(y)}-${value.slice(5)}` } };
  }
  if (m && span.label !== 'SET') {
    span = { ...span, start: span.start - m[0].length, attrs: { ...span.attrs } };
    const word = (m.groups!.word ?? m.groups!.phrase!.split(/\s+/)[1]!).toLowerCase();
    if (MODIFIERS[word]) span.attrs.modifier = MODIFIERS[word];
    else if (bounds && pub) span.attrs.anchor = word === 'earlier' ? { start: formatDay(bounds.first), end: pub } : { start: pub, end: formatDay(bounds.last) };
  } else if (/\bsince\s+$/i.test(before) && bounds && pub && span.label !== 'DURATION') {
    span = { ...span, attrs: { ...span.attrs, anchor: { start: formatDay(bounds.first), end: pub } } };
  }
  return span;
}

function pointsBack(hit: ChronoHit | PatternHit): boolean {
  if (!('kind' in hit)) return false;
  return hit.kind === 'year-ago' || (hit.kind === 'unit' && /^(?:ago|earlier|later|previously|back)$/i.test((hit.groups.dir ?? hit.groups.dir3 ?? '').trim()));
}

function asPrevious(reading: Reading): Previous | undefined {
  const value = reading.attrs.value;
  if (typeof value !== 'string' || reading.label === 'DURATION' || reading.label === 'SET') return undefined;
  const bounds = valueBounds(value);
  if (!bounds) return undefined;
  const unit: Unit = /^\d{4}-\d{2}-\d{2}/.test(value) ? 'day' : /-W/.test(value) ? 'week' : /-Q/.test(value) ? 'quarter' : /^\d{4}-\d{2}$/.test(value) ? 'month' : 'year';
  return { value, day: bounds.first, unit };
}
