import words from '../../data/reconcile/words.json' with { type: 'json' };
import { contentWords, stem, type Claim, type DateMention } from './claims.js';
import { isNumberWord, sameQuantity, stemWord, type NumberMention } from './numbers.js';
import { DAY_MS } from '../core/time.js';

/** Two values for one slot of a statement, from two claims: a clash, a figure that grew, or a note. */
export interface SlotConflict {
  kind: 'count' | 'day' | 'speaker';
  /** Names the slot: `count:guard`, `day`, `speaker`. */
  key: string;
  /** What is in question, in the source's words (the figure's unit, the speaker's cue). */
  label: string;
  verdict: 'contradiction' | 'update' | 'note';
  a: { claim: Claim; value: string | number; start: number; end: number };
  b: { claim: Claim; value: string | number; start: number; end: number };
}

const UPDATE_CUES = words.updateCues;
/** Days further apart than this are different occasions (two rounds of talks), not one day told two ways. */
const MAX_DAY_GAP = 2;
const ANNOUNCE = /^(announc|declar|confirm|disclos|unveil)/i;

function hasValue(claim: Claim, value: string | number): boolean {
  return claim.numbers.some((n) => n.value === value);
}

function unitKey(n: NumberMention): string {
  return n.unit ? stemWord(n.unit) : `~${n.before ?? ''}`;
}

/**
 * The content words of the clause around a value (up to six words either side, not crossing a comma,
 * semicolon, dash or bracket): what the value is about. Two figures that share no such word ("140 people
 * taken to hospital", "23 people killed") are about different things, whatever their unit.
 */
export function clauseWords(text: string, claim: Claim, start: number, end: number, skip: readonly (string | undefined)[] = []): Set<string> {
  const left = text.slice(claim.start, start).split(/[,;:()—–]|\s-\s/u).pop() ?? '';
  const right = text.slice(end, claim.end).split(/[,;:()—–]|\s-\s/u)[0] ?? '';
  // Names are left out: two clauses about different things often name the same two countries.
  const common = (part: string) => contentWords(part.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ')).filter((w) => !isNumberWord(w));
  const words = [...common(left).slice(-6), ...common(right).slice(0, 6)];
  const drop = new Set(skip.filter((w): w is string => !!w).map(stem));
  return new Set(words.filter((w) => !drop.has(w)));
}

// A value's clause never changes: computed once per figure or day, however many claims it is compared with.
const clauseCache = new WeakMap<object, Set<string>>();

function clauseOf(text: string, claim: Claim, value: NumberMention | DateMention): Set<string> {
  let words = clauseCache.get(value);
  if (!words) {
    const skip = 'value' in value ? [value.unit, value.before] : [];
    clauseCache.set(value, (words = clauseWords(text, claim, value.start, value.end, skip)));
  }
  return words;
}

function fullDay(d: { day: string }): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(d.day);
}

/** Both claims name days, and none of one's days lies within a couple of days of the other's: different occasions. */
function apartInTime(a: Claim, b: Claim): boolean {
  const da = a.dates.filter(fullDay);
  const db = b.dates.filter(fullDay);
  if (!da.length || !db.length) return false;
  return !da.some((x) => db.some((y) => Math.abs(Date.parse(x.day) - Date.parse(y.day)) / DAY_MS <= MAX_DAY_GAP));
}

function shares(a: Set<string>, b: Set<string>, least: number): boolean {
  let n = 0;
  for (const w of a) if (b.has(w) && ++n >= least) return true;
  return false;
}

function hasUpdateCue(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return UPDATE_CUES.some((cue) => lower.includes(` ${cue} `));
}

/**
 * The slots two claims about the same event fill differently. `docText` gives a claim's document text. Figures
 * clash when they count the same thing (same unit word, or the other's unit in a unitless figure's clause),
 * their clauses share a word and neither claim also carries the other figure; a later, larger figure with a
 * word such as "toll", "rose", "now" is an update. Days clash only one or two days apart and when their clauses
 * share two words ("negotiations resumed on …"), and "late on Tuesday" against "early Wednesday" is a note,
 * not a clash. Announcers clash only in aligned claims.
 */
export function compareSlots(a: Claim, b: Claim, aligned: boolean, docText: (c: Claim) => string): SlotConflict[] {
  const out: SlotConflict[] = [];
  if (!(a.numbers.length && b.numbers.length) && !(a.dates.length && b.dates.length) && !(a.speaker && b.speaker)) return out;
  const ta = docText(a);
  const tb = docText(b);
  const text = (c: Claim) => (c === a ? ta : tb).slice(c.start, c.end);
  const pairs = new Set<string>();
  for (const x of apartInTime(a, b) ? [] : a.numbers) {
    for (const y of b.numbers) {
      if (x.value === y.value || typeof x.value !== typeof y.value || hasValue(a, y.value) || hasValue(b, x.value)) continue;
      const cx = clauseOf(ta, a, x);
      const cy = clauseOf(tb, b, y);
      // A figure with no unit word ("rose to 41") counts what its clause names: the other figure's unit must be there.
      const same = sameQuantity(x, y) || (!x.unit && !!y.unit && cx.has(stem(y.unit))) || (!y.unit && !!x.unit && cy.has(stem(x.unit)));
      if (!same || !shares(cx, cy, 1)) continue;
      const key = `count:${unitKey(x)}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      out.push({ kind: 'count', key, label: x.unit ?? x.before ?? 'figure', verdict: countVerdict(a, x, b, y, text), a: side(a, x), b: side(b, y) });
    }
  }
  // Days are compared clause by clause: a sentence may name the day of the talks and the hour of a statement.
  const days = new Set<string>();
  for (const x of a.dates.filter(fullDay)) {
    for (const y of b.dates.filter(fullDay)) {
      const gap = Math.abs(Date.parse(x.day) - Date.parse(y.day)) / DAY_MS;
      if (gap < 1 || gap > MAX_DAY_GAP || days.has(x.day + y.day)) continue;
      if (!shares(clauseOf(ta, a, x), clauseOf(tb, b, y), 2)) continue;
      days.add(x.day + y.day);
      const [early, late] = x.day < y.day ? [x, y] : [y, x];
      const midnight = gap === 1 && (early.modifier === 'END' || late.modifier === 'START');
      out.push({ kind: 'day', key: 'day', label: 'day', verdict: midnight ? 'note' : 'contradiction', a: { claim: a, value: x.day, start: x.start, end: x.end }, b: { claim: b, value: y.day, start: y.start, end: y.end } });
    }
  }
  const sa = a.speaker;
  const sb = b.speaker;
  // Only announcements: two people saying alike things is common, two outlets naming different announcers is not.
  const announces = (cue: string) => ANNOUNCE.test(cue);
  if (aligned && sa?.entity && sb?.entity && sa.entity !== sb.entity && announces(sa.cue) && announces(sb.cue) && !a.entities.includes(sb.entity) && !b.entities.includes(sa.entity)) {
    out.push({ kind: 'speaker', key: 'speaker', label: sa.cue, verdict: 'contradiction', a: { claim: a, value: sa.text, start: sa.start, end: sa.end }, b: { claim: b, value: sb.text, start: sb.start, end: sb.end } });
  }
  return out;
}

function side(claim: Claim, n: NumberMention): SlotConflict['a'] {
  return { claim, value: n.value, start: n.start, end: n.end };
}

function countVerdict(a: Claim, x: NumberMention, b: Claim, y: NumberMention, text: (c: Claim) => string): SlotConflict['verdict'] {
  if (typeof x.value !== 'number' || typeof y.value !== 'number' || a.day === b.day) return 'contradiction';
  // An undated report cannot be placed in time; a running-count cue still marks its figure as a later count.
  if (!a.day || !b.day) return hasUpdateCue(text(a)) || hasUpdateCue(text(b)) ? 'update' : 'contradiction';
  const [earlier, later, ev, lv] = a.day < b.day ? [a, b, x.value, y.value] : [b, a, y.value, x.value];
  if (lv > ev && (hasUpdateCue(text(later)) || hasUpdateCue(text(earlier)))) return 'update';
  return 'contradiction';
}
