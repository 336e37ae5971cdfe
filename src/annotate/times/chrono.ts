import * as chrono from 'chrono-node';
import lexicon from '../../../data/time/lexicon.json' with { type: 'json' };
import { addDays, compareDays, fromDate, isRealDay, toDate, weekday, weekStart, type Reference } from './calendar.js';

/**
 * chrono-node finds most English date and time expressions and computes their calendar fields; it is well
 * kept and offline, so it does the parsing here. Its defaults suit calendars, not news, so three refiners
 * correct it: a bare weekday is moved back into the past, lower-case month words ("may", "march") and other
 * ambiguous words are dropped, and matches never run across a sentence end (chrono joins "this week. Jan 5").
 */

export interface ChronoHit {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
  from: chrono.ParsedComponents;
  to?: chrono.ParsedComponents;
  /** The sentence-sized piece the match came from, for tense. */
  sentence: string;
}

// "could" is left out: in reports it is mostly past ability ("could not be located Wednesday"); "next to" is a
// place. "until Wednesday", "payable Jan. 2", "effective Feb. 1" point ahead of the time they name.
const FUTURE = /\b(?:will|shall|'ll|would|is\s+to|are\s+to|plans?\s+to|planned|planning|expected\s+to|scheduled|set\s+to|due\s+to|as\s+(?:early|soon)\s+as|upcoming|next(?!\s+to\b)|until|till|payable|effective|starting)\b/gi;
/**
 * A verb in the past tense: a regular "-ed" form or a common irregular one. Lower case only, so that names
 * ("United States", "Red Sea") are not read as verbs; "succeed", "proceed" and "need" are no past forms.
 */
const PAST_VERB = /\b(?:(?![a-z]*eed\b)[a-z]{3,}ed|agreed|freed|said|told|met|was|were|had|did|made|took|gave|came|went|left|began|fell|rose|won|lost|sent|held|brought|found|got|saw|knew|spoke|wrote|ran|shot|hit|struck|kept|led|paid|sold|bought|fled|became|stood|broke|chose|drew|flew|grew|threw)\b/g;

/**
 * Whether the words just before an expression speak of the future ("will meet on Tuesday"). Reports are
 * about the past, so the past is the default; the window is short so that "said Tuesday it will" stays past,
 * and a verb in the past tense between the cue and the expression closes the future clause ("they would
 * appeal the decision, announced Wednesday"), and so does "had been" before the cue ("had been due to expire
 * Friday"). Many weekday misses on TempEval-3 TBAQ come from creation times later than the text's own day,
 * which no rule here can see.
 */
export function speaksOfFuture(sentence: string, index: number): boolean {
  const window = sentence.slice(Math.max(0, index - 80), index);
  let last: RegExpExecArray | undefined;
  for (const m of window.matchAll(FUTURE)) last = m as RegExpExecArray;
  if (!last) return false;
  // "had been scheduled to expire Friday": a plan the report tells as past.
  if (/\bhad\s+been\s+$/i.test(window.slice(0, last.index))) return false;
  // "will be held", "would have agreed" stay in the future: a participle after be/have/to is no past tense.
  const after = window.slice(last.index + last[0].length);
  for (const m of after.matchAll(PAST_VERB)) if (!/\b(?:be|been|being|to|have|has|get)\s+$/i.test(after.slice(0, m.index))) return false;
  return true;
}

/**
 * A date without a year up to about a quarter ahead is read as upcoming ("on Dec. 15" in October), further
 * ahead as last year's. Checked on TempEval-3 TBAQ: value F1 is flat between two and four months (76.5–76.6)
 * and lower at none (74.0) or six (76.4); a quarter was taken from the middle of that plateau.
 */
const UPCOMING_DAYS = 92;

/**
 * News reports the past: "on Monday" means the Monday on or before the publication day, which chrono
 * (nearest weekday) gets wrong from Friday on, and "October 12" or "in April" without a year mean the latest
 * one before publication unless it is near ahead (UPCOMING_DAYS). When the words before speak of the future
 * the first one on or after publication is taken instead. Only fields chrono implied are moved. The
 * reference instant is the publication's local wall-clock time written as UTC (see toChronoReference), so
 * UTC fields are the article's local calendar.
 */
export const newsBiasRefiner: chrono.Refiner = {
  refine(context, results) {
    const today = fromDate(context.refDate);
    for (const result of results) {
      const future = speaksOfFuture(context.text, result.index);
      for (const c of [result.start, result.end]) {
        if (!c || c.isCertain('year')) continue;
        const day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
        if (c.isCertain('weekday') && !c.isCertain('day')) {
          const order = compareDays(day, today);
          let moved = future ? (order < 0 ? addDays(day, 7) : day) : order > 0 ? addDays(day, -7) : day;
          // "last Monday" is the Monday of the week before publication's (TimeML); "next Monday" is after today.
          if (/^(?:on\s+)?last\s/i.test(result.text)) moved = addDays(weekStart(today), -7 + ((weekday(day) + 6) % 7));
          else if (/^(?:on\s+)?next\s/i.test(result.text) && compareDays(moved, today) <= 0) moved = addDays(moved, 7);
          c.imply('year', moved.y).imply('month', moved.m).imply('day', moved.d);
        } else if (c.isCertain('month')) {
          // Compare months alone when the day is unstated ("in April" in an April report is this April).
          const probe = c.isCertain('day') ? day : { ...day, d: 1 };
          const now = c.isCertain('day') ? today : { ...today, d: 1 };
          let y = today.y;
          if (!future && compareDays({ ...probe, y }, addDays(now, UPCOMING_DAYS)) > 0) y -= 1;
          if (future && compareDays({ ...probe, y }, now) < 0) y += 1;
          if (isRealDay({ ...day, y })) c.imply('year', y);
        }
      }
    }
    return results;
  },
};

const AMBIGUOUS = new Set(lexicon.ambiguousWords);
const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

const MONTH_INTRODUCER = /\b(?:in|since|by|until|till|of|last|next|this|early|late|mid|through|from|to|during|before|after)[\s-]+$/i;

/** Drops matches that are more often ordinary words than dates: "may", "march", "Sun", "second". */
export const ambiguousWordRefiner: chrono.Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const text = r.text.trim();
      if (AMBIGUOUS.has(text.toLowerCase()) && (text === text.toLowerCase() || text.toLowerCase() === 'now')) return false;
      // "May" or "March" alone is a month only after a word that introduces one ("in May", "last March").
      if (/^(?:may|march)$/i.test(text) && !MONTH_INTRODUCER.test(context.text.slice(Math.max(0, r.index - 12), r.index))) return false;
      // "$1.18 a share" is no clock time: a time needs a colon, a.m./p.m., o'clock, noon or midnight. A date
      // that chrono ran into a number ("Jan. 1, 1990 at 1,015 francs", "6.43, on Friday") keeps its date part.
      if (r.start.isCertain('hour') && !/:|\b[ap]\.?m\b\.?|o'clock|noon|midnight/i.test(text)) return dropNumber(r);
      // "7/8" and "1/4" are fractions far more often than dates; a numeric date needs its year.
      if (r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return false;
      return !WEEKDAY_ABBREVIATION.test(text.replace(/[\s,;:]+$/, ''));
    });
  },
};

const LEADING_NUMBER = /^\d+(?:\.\d+)?,?\s+(?:on\s+)?/;
const TRAILING_NUMBER = /,?\s+(?:at\s+)?\d+(?:\.\d+)?$/;

/** Cuts a number chrono read as an hour off a date match; false when no stated date remains. */
function dropNumber(r: chrono.ParsedResult): boolean {
  if (r.end || !(r.start.isCertain('day') || r.start.isCertain('weekday'))) return false;
  const lead = LEADING_NUMBER.exec(r.text);
  const trail = lead ? null : TRAILING_NUMBER.exec(r.text);
  if (!lead && !trail) return false;
  const result = r as chrono.ParsedResult & { text: string; index: number };
  if (lead) {
    result.index += lead[0].length;
    result.text = r.text.slice(lead[0].length);
  } else result.text = r.text.slice(0, trail!.index);
  // Inside a refiner the components are chrono's ParsingComponents, which can forget fields; the public type hides it.
  (r.start as unknown as { delete(names: string[]): void }).delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
  return true;
}

const newsChrono = chrono.casual.clone();
newsChrono.refiners.push(ambiguousWordRefiner, newsBiasRefiner);

/** A fixed reference for texts without a publication time: only the fields the text states are used then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 6, 1, 12));

export function toChronoReference(ref: Reference | undefined): chrono.ParsingReference {
  if (!ref) return { instant: NO_REFERENCE, timezone: 0 };
  const instant = toDate(ref.day);
  instant.setUTCHours(ref.hour ?? 12, ref.minute ?? 0);
  return { instant, timezone: 0 };
}

/**
 * Sentence-sized pieces of the text, so that no match crosses a sentence end. A full stop after a month
 * abbreviation ("Oct. 23") or a single letter ("U.S.", "9 a.m. EST Tuesday") does not end a piece.
 */
export function pieces(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const boundary = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|[A-Za-z]))[.!?]["”’)]*\s+|\n+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const PART_OF = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i;

export function parseWithChrono(text: string, ref: Reference | undefined): ChronoHit[] {
  const reference = toChronoReference(ref);
  const hits: ChronoHit[] = [];
  for (const piece of pieces(text)) {
    const sentence = text.slice(piece.start, piece.end);
    for (const r of newsChrono.parse(sentence, reference, { forwardDate: false })) {
      const part = PART_OF.exec(r.text);
      if (part) {
        // chrono reads "the end of November" as 30 November; the period is November with a modifier, which
        // resolve.ts adds when it sees "the end of" before the span.
        const rest = piece.start + r.index + part[0].length;
        for (const inner of newsChrono.parse(r.text.slice(part[0].length), reference, { forwardDate: false })) {
          const start = rest + inner.index;
          hits.push({ start, end: start + inner.text.length, text: inner.text, tags: inner.tags(), from: inner.start, to: inner.end, sentence });
        }
        continue;
      }
      const start = piece.start + r.index;
      const joint = r.end ? /\s+(?:to|through|until|till|and)\s+(?=\p{L})/iu.exec(r.text) : null;
      if (joint && r.end) {
        // "Oct. 19 to Oct. 20" names two dates (TimeML marks each); "March 12-14" stays one interval.
        const second = start + joint.index + joint[0].length;
        hits.push({ start, end: start + joint.index, text: r.text.slice(0, joint.index), tags: r.tags(), from: r.start, sentence });
        hits.push({ start: second, end: start + r.text.length, text: r.text.slice(second - start), tags: r.tags(), from: r.end, sentence });
      } else hits.push({ start, end: start + r.text.length, text: r.text, tags: r.tags(), from: r.start, to: r.end, sentence });
    }
  }
  return hits;
}
