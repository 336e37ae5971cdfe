import lexicon from '../../../data/time/lexicon.json' with { type: 'json' };
import { HOLIDAY_NAMES } from './holidays.js';

/**
 * Expressions chrono-node does not find or reads as calendar points, found by regular expressions over the
 * words in data/time/lexicon.json: lengths of time ("four days", "the past two months"), unit-relative
 * phrases ("a year earlier", "the coming weeks"), bare years and decades, quarters, seasons, recurrences
 * ("daily") and reference words ("now", "recently"). Each match says what kind it is; normalise.ts reads it.
 */

export type PatternKind = 'unit' | 'year' | 'decade' | 'quarter' | 'half' | 'season' | 'set' | 'reference' | 'year-ago' | 'holiday';

export interface PatternHit {
  start: number;
  end: number;
  kind: PatternKind;
  groups: Record<string, string | undefined>;
}

const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const NUMBER = `\\d{1,3}(?:\\s+1/2|\\.\\d+)?|${alternation([...Object.keys(lexicon.numbers), ...lexicon.vagueNumbers])}`;
const UNIT = `${alternation(Object.keys(lexicon.units))}|centuries`;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';

const UNIT_PHRASE = new RegExp(
  '\\b(?:' +
  [
    // "the past two months", "last year", "the next few weeks", "the first nine months", "coming weeks"
    `(?<the>the\\s+)?(?<det>past|last|previous|next|coming|following|first|final|latest|recent|same|this|that|current|prior)\\s+(?:(?<num1>${NUMBER})[\\s-]+)?(?<unit1>(?:${UNIT})s?)`,
    // "two days ago", "a year earlier", "four-day", "18 hours", "two more weeks", "5 1/2 hours", "an hour and a half"
    `(?:(?<the2>the)\\s+)?(?<num2>${NUMBER})[\\s-]+(?:(?:more|additional|extra)\\s+)?(?<unit2>(?:${UNIT})s?)(?<half>\\s+and\\s+a\\s+half)?(?![\\s-]+old\\b)(?:\\s+(?<dir>ago|earlier|later|from\\s+now|hence|previously|back))?`,
    // "days ago", "weeks later": a vague number of units
    `(?<unit3>(?:${UNIT})s)\\s+(?<dir3>ago|earlier|later)`,
    // "for years", "in weeks": a vague length; "the weekend": the latest one
    `(?<=\\b(?:for|in|over|within)\\s+)(?<unit4>(?:days|weeks|months|years|decades))(?!\\s+(?:ago|earlier|later|of)\\b)`,
    `(?<weekend>the\\s+weekend)`,
    // "the year", "the fiscal year": in reports the current one, but a length of time in "the year ended June 30"
    `(?<theyear>the\\s+(?:full\\s+|fiscal\\s+|current\\s+)?year)(?![\\s-]+(?:ago|earlier|later|before|after|old|two|nineteen)\\b|-|['’]s)(?=(?<ending>\\s+end(?:ed|ing)\\b)?)`,
    // "the end of the month": the current one
    `(?<=\\b(?:end|beginning|start|middle)\\s+of\\s+)the\\s+(?<unit5>week|month|year|quarter)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|') +
  ')\\b',
  'gi',
);

/**
 * A year written alone counts only after a word that introduces times, or before punctuation: "2000 people" is
 * no date. A determiner or possessive before it ("a 1996 law", "his 1990 projection", "the company's 1989
 * results") makes it a year too: a count would not take one. On TBAQ these added 14 years at no new error.
 */
const YEAR = new RegExp(
  `(?<before>\\b(?:in|since|by|until|till|during|from|to|through|of|before|after|early|late|mid|fiscal|and|or|year|the|its|this|that|between|for|due|a|an|his|her|their|our|both|${MONTHS})\\.?[\\s-]+|['’]s\\s+|^|[(])?(?<![$€£#\\d,.])(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|,\\d|\\.\\d|\\s*(?:percent|per\\s+cent))(?<after>'s|’s|[.,;:)?!]|\\s*$)?`,
  'gi',
);
/** Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand". */
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SPELLED_YEAR = new RegExp(
  `\\b(?:the\\s+year\\s+)?(?:(?<century>nineteen|eighteen)[\\s-]+(?:(?<tens>${TENS.join('|')})(?:[\\s-]+(?<ones>${ONES.join('|')}))?|(?<teen>${TEENS.join('|')}))|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?<ones2>${ONES.join('|')}))?\\b(?![\\s-]+(?:years|months|weeks|days|hours|people|dollars|miles|kilometres|kilometers|times|men|troops)\\b))\\b`,
  'giu',
);

/** The digits of a year written in words. */
function spelledYear(g: Record<string, string | undefined>): string {
  const word = (list: string[], w: string | undefined) => (w ? list.indexOf(w.toLowerCase()) + 1 : 0);
  if (!g.century) return String(2000 + word(ONES, g.ones2));
  const century = g.century.toLowerCase() === 'nineteen' ? 1900 : 1800;
  return String(century + (g.teen ? 10 + word(TEENS, g.teen) : 10 * word(TENS, g.tens) + word(ONES, g.ones)));
}

/** "the 20th century" → 19, "the nineties" → 199: TIMEX3 writes a century or decade as its leading digits. */
const CENTURY = /\b(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const DECADE_WORD = new RegExp(`\\bthe\\s+(?<dw>${DECADE_WORDS.join('|')})\\b`, 'gi');

/** Named days (data/time/holidays.json); "last Thanksgiving" keeps its "last", which changes nothing here. */
const HOLIDAY = new RegExp(`\\b(?:last\\s+)?(?<holiday>${alternation(HOLIDAY_NAMES).replace(/'/g, "['’]")})\\b`, 'gi');

const DECADE = /\b(?:the\s+)?(?:(?<century>1[5-9]|20)(?<decade>\d)0|['’](?<short>\d)0)['’]?s\b/gi;
const QUARTER = new RegExp(
  `\\b(?:(?<the>the|this|last|next)\\s+)?(?:(?<year0>(?:19|20)\\d\\d)\\s+)?(?:fiscal\\s+)?(?:(?<ordinal>${alternation(Object.keys(lexicon.ordinals))})[\\s-]+quarter|(?<fixed>latest|current|past|recent|most\\s+recent|same)?\\s*quarter|q(?<q>[1-4]))(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d))?\\b`,
  'gi',
);
/** "the year-ago quarter", "year-earlier results": the period a year before the one under discussion. */
const YEAR_AGO = /\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(?<what>quarter|period|month|week))?\b/gi;
const HALF = /\b(?:the\s+)?(?<which>first|second)[\s-]+half(?:\s+of\s+(?<year>(?:19|20)\d\d))?\b/gi;
const SEASON = new RegExp(
  `\\b(?:(?<det>this|last|next|early|late)\\s+)?(?<season>${alternation(Object.keys(lexicon.seasons))})(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d))?\\b`,
  'gi',
);
const SET = new RegExp(`\\b(?:(?<word>${alternation(Object.keys(lexicon.sets))})|(?:every|each|per)\\s+(?<unit>day|week|month|year|quarter|hour|night))\\b`, 'gi');
const REFERENCE = new RegExp(`\\b(?:${alternation(Object.keys(lexicon.referenceWords))})\\b`, 'gi');

function collect(text: string, regex: RegExp, kind: PatternKind, keep: (m: RegExpMatchArray) => boolean = () => true): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(regex)) {
    if (!m[0].trim() || !keep(m)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind, groups: { ...(m.groups ?? {}), text: m[0] } });
  }
  return out;
}

/** Trims white space a match carried at either end, keeping offsets exact. */
function tidy(hit: PatternHit, text: string): PatternHit {
  let { start, end } = hit;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...hit, start, end };
}

export function findPatterns(text: string): PatternHit[] {
  const hits = [
    ...collect(text, UNIT_PHRASE, 'unit', (m) => {
      const g = m.groups!;
      // "the first" alone is an ordinal, "this quarter" belongs to QUARTER, and a season word is no unit.
      if (g.unit1 && !g.num1 && /^quarter$/i.test(g.unit1)) return false;
      // "the 6-year-old", "this 6-year-old": an age, not a time.
      if (/[\s-]old$/i.test(m[0]) || (g.det && /^[\s-]+old\b/i.test(text.slice(m.index! + m[0].length)))) return false;
      // "a second round" is an ordinal; "$5 a year" and "twice a week" are rates; "three quarters of" a fraction.
      if (g.num2 && /^an?$/i.test(g.num2) && (/^second$/i.test(g.unit2!) || /(?:\d|%|percent|times|once|twice)\s*$/i.test(text.slice(Math.max(0, m.index! - 12), m.index)))) return false;
      if (/quarters?$/i.test(g.unit1 ?? g.unit2 ?? '') && /^\s+of\b/i.test(text.slice(m.index! + m[0].length))) return false;
      // "first day" without "the" is too often part of a name ("First Day Foods"); keep "the first N units".
      if (g.det && /^(?:first|final|prior)$/i.test(g.det) && !g.the) return false;
      return true;
    }),
    ...collect(text, YEAR, 'year', (m) => m.groups!.before !== undefined || m.groups!.after !== undefined),
    ...collect(text, SPELLED_YEAR, 'year').map((h) => ({ ...h, groups: { ...h.groups, year: spelledYear(h.groups), spelled: 'yes' } })),
    ...collect(text, DECADE, 'decade'),
    ...collect(text, HOLIDAY, 'holiday'),
    ...collect(text, CENTURY, 'year').map((h) => ({ ...h, groups: { ...h.groups, year: String(Number(h.groups.n) - 1).padStart(2, '0'), spelled: 'yes' } })),
    ...collect(text, DECADE_WORD, 'year').map((h) => ({ ...h, groups: { ...h.groups, year: `19${DECADE_WORDS.indexOf(h.groups.dw!.toLowerCase()) + 2}`, spelled: 'yes' } })),
    ...collect(text, QUARTER, 'quarter', (m) => Boolean(m.groups!.ordinal || m.groups!.q || m.groups!.the || m.groups!.fixed)),
    ...collect(text, YEAR_AGO, 'year-ago'),
    ...collect(text, HALF, 'half'),
    ...collect(text, SEASON, 'season', (m) => Boolean(m.groups!.det || m.groups!.year) || !/^fall$/i.test(m.groups!.season!)),
    ...collect(text, SET, 'set'),
    ...collect(text, REFERENCE, 'reference'),
  ];
  return hits.map((h) => tidy(stripAdjectiveThe(stripYearContext(h)), text)).filter((h) => h.end > h.start);
}

/** "the four-day session": the hyphen makes the length an adjective, and "the" belongs to the noun. */
function stripAdjectiveThe(hit: PatternHit): PatternHit {
  if (hit.kind !== 'unit' || !hit.groups.the2 || !/^the\s+\S+-/i.test(hit.groups.text ?? '')) return hit;
  return { ...hit, start: hit.start + /^the\s+/i.exec(hit.groups.text!)![0].length };
}

/** A year's introducing word is context, not part of the expression (TimeML leaves "in" out of "in 1998"). */
function stripYearContext(hit: PatternHit): PatternHit {
  if (hit.kind !== 'year' || hit.groups.spelled) return hit;
  const before = hit.groups.before ?? '';
  // "fiscal 1989" is one expression in TimeML; other introducing words are signals outside it.
  const start = /^fiscal/i.test(before) ? hit.start : hit.start + before.length;
  return { ...hit, start, end: hit.start + before.length + hit.groups.year!.length };
}
