import { pieces, speaksOfFuture } from './chrono.js';
import { findTimes } from './resolve.js';

/**
 * The dating clues of a text with no publication time: what each time expression says about when the
 * text was written. infer.ts weighs them.
 */
export type Clue =
  /** A full date in past context: the report came out on or after it, most likely soon after. */
  | { kind: 'date'; y: number; m: number; d: number }
  /** "October 12" with no year: the same, for the latest October 12 before publication. */
  | { kind: 'month-day'; m: number; d: number }
  /** "August 2021", "since 2021", "in 2019": publication is no earlier than its start. */
  | { kind: 'after'; y: number; m: number }
  /** "on Monday": a day of the last week before publication. */
  | { kind: 'weekday'; w: number }
  /** "earlier this month": an earlier part of the publication month exists, and other dates may lie in it. */
  | { kind: 'this-month' }
  | { kind: 'last-month' }
  /** "last week": the dates it speaks of lie in the week before publication. */
  | { kind: 'last-week' };

export interface Evidence {
  start: number;
  end: number;
  text: string;
  reason: string;
  /** For evidence from another article of the story: its id. */
  doc?: string;
}

export interface FoundClue {
  clue: Clue;
  evidence: Evidence;
  /** Index of the sentence it stands in: a weekday and a date in one sentence most likely name one day. */
  sentence: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function findClues(text: string): FoundClue[] {
  const found: Array<Omit<FoundClue, 'sentence'>> = [];
  const sentences = pieces(text);
  const spans = findTimes(text);
  for (const span of spans) {
    const said = text.slice(span.start, span.end);
    const evidence = (reason: string): Evidence => ({ start: span.start, end: span.end, text: said, reason });
    const value = typeof span.attrs.value === 'object' ? span.attrs.value.start : span.attrs.value;
    // Expressions about the future say nothing about a lower bound.
    if (speaksOfFuture(text, span.start) || span.label === 'DURATION' || span.label === 'SET') continue;
    let m: RegExpExecArray | null;
    if (value && !span.attrs.relative && (m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
      found.push({ clue: { kind: 'date', y: +m[1]!, m: +m[2]!, d: +m[3]! }, evidence: evidence(`a past date, ${m[0]}: published on or after it`) });
    } else if (value && (m = /^XXXX-(\d{2})-(\d{2})$/.exec(value))) {
      found.push({ clue: { kind: 'month-day', m: +m[1]!, d: +m[2]! }, evidence: evidence('a past day without a year: published on or after its latest occurrence') });
    } else if (value && !span.attrs.relative && (m = /^(\d{4})(?:-(\d{2}))?$/.exec(value))) {
      found.push({ clue: { kind: 'after', y: +m[1]!, m: m[2] ? +m[2] : 1 }, evidence: evidence(`a past period, ${value}: published after it began`) });
    } else if (span.attrs.certain.includes('weekday') && !span.attrs.certain.includes('day')) {
      const w = WEEKDAYS.findIndex((name) => new RegExp(`\\b${name.slice(0, 3)}`, 'i').test(said));
      if (w >= 0) found.push({ clue: { kind: 'weekday', w }, evidence: evidence(`a weekday, ${WEEKDAYS[w]}: within the week before publication`) });
    } else if (/\bthis\s+month\b/i.test(said)) {
      found.push({ clue: { kind: 'this-month' }, evidence: evidence('"this month": the dates it speaks of lie in the publication month') });
    } else if (/\blast\s+month\b/i.test(said)) {
      found.push({ clue: { kind: 'last-month' }, evidence: evidence('"last month": the dates it speaks of lie in the month before publication') });
    } else if (/\blast\s+week\b/i.test(said)) {
      found.push({ clue: { kind: 'last-week' }, evidence: evidence('"last week": the dates it speaks of lie in the week before publication') });
    }
  }
  return found.map((f) => ({ ...f, sentence: sentences.findIndex((p) => f.evidence.start < p.end) }));
}
