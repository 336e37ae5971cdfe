import type { Claim, DateMention } from './claims.js';
import type { SlotConflict } from './slots.js';
import { DAY_MS } from '../core/time.js';

/**
 * How far into a report its lede may run, in claims. The first sentences of a news report say what happened and
 * when; a standfirst or a scene-setting sentence may come first ("For a week, the people had been told…").
 */
const LEDE_CLAIMS = 3;
/** Days further apart are different occasions, as for any day slot (slots.ts MAX_DAY_GAP). */
const MAX_GAP = 2;

interface Moment {
  claim: Claim;
  date: DateMention;
}

/**
 * When a report's lede puts its event: the first full day named in its opening claims, kept only when it names a
 * part of the day too ("on Tuesday afternoon"). A bare day in a lede is often the day of a statement about the
 * event, not of the event ("officials said on Wednesday"); a day with its afternoon is the moment itself.
 */
function ledeMoment(claims: readonly Claim[]): Moment | null {
  for (const claim of claims.slice(0, LEDE_CLAIMS)) {
    const days = claim.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day));
    if (!days.length) continue;
    const date = days.find((d) => d.partOfDay);
    return date ? { claim, date } : null;
  }
  return null;
}

/**
 * The day of one event's main happening as the reports' ledes give it. Two reports of one event whose ledes put
 * it in the same part of the day on days one or two apart ("struck on Tuesday afternoon" / "arrived on Wednesday
 * afternoon") disagree on its day, however differently they word the happening, which is why this is not left
 * to the comparison of aligned sentences. A night one day apart is a note: night runs over midnight.
 * `claims` are in article order, as extractClaims gives them.
 */
export function ledeConflicts(claims: readonly Claim[]): SlotConflict[] {
  const byVoice = new Map<string, Claim[]>();
  for (const c of claims) {
    const own = byVoice.get(c.voice);
    // One article per voice: a copy repeats its original's lede.
    if (!own) byVoice.set(c.voice, [c]);
    else if (own[0]!.article === c.article) own.push(c);
  }
  const moments = [...byVoice.values()].map(ledeMoment).filter((m): m is Moment => m !== null && m.claim.event !== null);
  const out: SlotConflict[] = [];
  for (const [i, x] of moments.entries()) {
    for (const y of moments.slice(i + 1)) {
      if (x.claim.event !== y.claim.event || x.date.partOfDay !== y.date.partOfDay) continue;
      const gap = Math.abs(Date.parse(x.date.day) - Date.parse(y.date.day)) / DAY_MS;
      if (gap < 1 || gap > MAX_GAP) continue;
      out.push({
        kind: 'day',
        key: 'day:lede',
        label: 'day',
        verdict: x.date.partOfDay === 'NI' && gap === 1 ? 'note' : 'contradiction',
        a: { claim: x.claim, value: x.date.day, start: x.date.start, end: x.date.end },
        b: { claim: y.claim, value: y.date.day, start: y.date.start, end: y.date.end },
      });
    }
  }
  return out;
}
