import numberWords from '../../data/reconcile/numbers.json' with { type: 'json' };
import words from '../../data/reconcile/words.json' with { type: 'json' };
import TALLY from '../../data/reconcile/tally.json' with { type: 'json' };

/** A figure written in a text: `18,000`, `4.25%`, `two hundred`, `a dozen`, a vote `5-2`. */
export interface NumberMention {
  start: number;
  end: number;
  /** The value; a tally such as a board vote stays a string (`5-2`). */
  value: number | string;
  /** What the figure counts or measures, when a word says so: `guards`, `magnitude`, `%`, `batteries`. */
  unit?: string;
  /** The word before the figure ("magnitude 6.4", "toll 41") — another hint at what it measures. */
  before?: string;
}

const UNITS = numberWords.units as Record<string, number>;
const SCALES = numberWords.scales as Record<string, number>;
const WEAK = new Set(numberWords.weak);
const SKIP = new Set(words.skipAfterNumber);
const STOP = new Set(words.stop);
const MEASURES = new Set(words.measures);

// One token at a time: a digit group ("18,000", "4.25", "5-2" or "5–2"), or a word.
const TOKEN = /(\d+(?:[.,]\d+)*)(?:\s*[-–](\d+)(?![\d.,]))?(%|\s?(?:percent|per cent))?|[\p{L}][\p{L}'’-]*/gu;

interface Tok { text: string; start: number; end: number; digits?: RegExpExecArray }

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    out.push({ text: m[0], start: m.index, end: Math.min(m.index + m[0].length, to), ...(m[1] ? { digits: m } : {}) });
  }
  return out;
}

function digitValue(raw: string): number | undefined {
  // "18,000" groups thousands; "4,25" (a European decimal) is too rare in English news to read as such.
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

function isYear(tok: Tok, value: number): boolean {
  return /^\d{4}$/.test(tok.text) && value >= 1900 && value <= 2100;
}

/**
 * Every figure in text[from, to). Words are read as numbers ("two hundred" → 200, "a dozen" → 12,
 * "1.5 million" → 1500000); years and the digits of dates in `skip` are left out, since the times layer
 * reads those. Written by hand: no npm package reads number words with offsets.
 */
export function findNumbers(text: string, from = 0, to = text.length, skip: readonly { start: number; end: number }[] = []): NumberMention[] {
  const toks = tokens(text, from, to);
  const found: NumberMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (skip.some((s) => tok.start < s.end && s.start < tok.end)) continue;
    let value: number | string | undefined;
    let end = tok.end;
    let next = i + 1;
    let unit: string | undefined;
    if (tok.digits) {
      const m = tok.digits;
      const base = digitValue(m[1]!);
      if (base === undefined) continue;
      if (m[2] !== undefined && !m[3]) value = `${base}-${m[2]}`;
      else value = base;
      if (m[3]) unit = '%';
      if (typeof value === 'number' && !unit && isYear(tok, value)) continue;
      const scale = toks[next] && SCALES[toks[next]!.text.toLowerCase()];
      if (typeof value === 'number' && scale) {
        value *= scale;
        end = toks[next]!.end;
        next++;
      }
    } else {
      const read = readWords(toks, i);
      if (!read) continue;
      value = read.value;
      end = toks[read.next - 1]!.end;
      next = read.next;
    }
    const tally = typeof value === 'number' ? readTally(toks, i, next, value) : undefined;
    if (tally) {
      value = tally.value;
      end = toks[tally.next - 1]!.end;
      next = tally.next;
      unit = 'vote';
    }
    const prev = toks[i - 1];
    // "magnitude-6.1" reads as one word token: its trailing hyphen is not part of the word.
    const before = prev && !prev.digits && !STOP.has(prev.text.toLowerCase()) ? prev.text.toLowerCase().replace(/[-–]+$/u, '') : undefined;
    // A measurement word before the figure says what it measures better than the noun after it: "a magnitude
    // 6.4 earthquake" and "the magnitude-6.1 quake" both measure magnitude.
    if (!unit) unit = before && MEASURES.has(before) ? before : unitAfter(toks, next);
    found.push({ start: tok.start, end, value, ...(unit ? { unit } : {}), ...(before ? { before } : {}) });
    i = next - 1;
  }
  return found;
}

const TALLY_VERBS = new Set(TALLY.verbs);
const TALLY_BODIES = new Set(TALLY.bodies);

/** A figure read at toks[i, next) and the value after it, digits or words. */
function valueAt(toks: Tok[], k: number): { value: number; next: number } | undefined {
  const tok = toks[k];
  if (!tok) return undefined;
  if (tok.digits) {
    const v = digitValue(tok.digits[1]!);
    return v === undefined || tok.digits[2] !== undefined ? undefined : { value: v, next: k + 1 };
  }
  // Inside a tally "one" is a figure ("six to one").
  return readWords(toks, k, true);
}

/**
 * A vote written out: "voted six to one" → `6-1`, "backed by five of the seven members" → `5-2` (the rest of
 * the body voted otherwise; the source's own words stay the cited span).
 */
function readTally(toks: Tok[], i: number, next: number, first: number): { value: string; next: number } | undefined {
  const prev = toks[i - 1]?.text.toLowerCase() ?? '';
  const word = toks[next]?.text.toLowerCase();
  if (word === 'to' && TALLY_VERBS.has(prev)) {
    const second = valueAt(toks, next + 1);
    if (second && second.value <= first && first <= 1000) return { value: `${first}-${second.value}`, next: second.next };
  }
  if (word === 'of') {
    const k = toks[next + 1]?.text.toLowerCase() === 'the' ? next + 2 : next + 1;
    const whole = valueAt(toks, k);
    const body = whole && toks[whole.next]?.text.toLowerCase();
    if (whole && body && TALLY_BODIES.has(body) && whole.value > first && TALLY_VERBS.has(prev)) return { value: `${first}-${whole.value - first}`, next: whole.next + 1 };
  }
  return undefined;
}

function readWords(toks: Tok[], i: number, allowWeak = false): { value: number; next: number } | undefined {
  let j = i;
  // "a dozen", "a hundred", "a thousand": the article stands for one.
  const article = /^an?$/i.test(toks[j]!.text) && toks[j + 1] !== undefined && isNumberWord(toks[j + 1]!.text);
  if (article) j++;
  let total = 0;
  let current = 0;
  let used = 0;
  for (; j < toks.length; j++) {
    const w = toks[j]!.text.toLowerCase();
    if (w === 'and' && used && toks[j + 1] && isNumberWord(toks[j + 1]!.text)) continue;
    const parts = w.split('-');
    if (toks[j]!.digits || !parts.every(isNumberWord)) break;
    for (const part of parts) {
      if (part === 'dozen') current = (current || 1) * 12;
      else if (UNITS[part] !== undefined) current += UNITS[part]!;
      else {
        current = (current || 1) * SCALES[part]!;
        if (SCALES[part]! >= 1000) {
          total += current;
          current = 0;
        }
      }
    }
    used++;
  }
  if (!used) return undefined;
  // A lone "one" is rarely a count ("one of the diplomats", "one side").
  if (used === 1 && !article && !allowWeak && WEAK.has(toks[j - 1]!.text.toLowerCase())) return undefined;
  return { value: total + current, next: j };
}

/** True for a word that reads as part of a number ("eleven", "hundred", "twenty-three"). */
export function isNumberWord(w: string): boolean {
  if (w.includes('-')) return w.split('-').every(isNumberWord);
  const lower = w.toLowerCase();
  return UNITS[lower] !== undefined || SCALES[lower] !== undefined;
}

function unitAfter(toks: Tok[], next: number): string | undefined {
  for (let k = next; k < Math.min(toks.length, next + 4); k++) {
    const w = toks[k]!.text.toLowerCase();
    if (toks[k]!.digits) return undefined;
    if (SKIP.has(w)) continue;
    if (STOP.has(w)) return undefined;
    return w;
  }
  return undefined;
}

/** Two figures name the same quantity when their units agree (or one side gives none and the other does not clash). */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  if (typeof a.value !== typeof b.value) return false;
  if (a.unit && b.unit) return stemWord(a.unit) === stemWord(b.unit);
  if (a.before && b.before) return a.before === b.before;
  return false;
}

export function stemWord(w: string): string {
  return w.replace(/(ies)$/u, 'y').replace(/(es|s)$/u, '').slice(0, 8);
}
