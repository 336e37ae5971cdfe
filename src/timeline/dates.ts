import type { Doc } from '../core/doc.js';
import { periodBounds } from '../annotate/times/infer.js';
import { formatDay, toDate } from '../annotate/times/calendar.js';
import { DAY_MS } from '../core/time.js';

/** What corpus:inferredPublished holds per article (see src/annotate/times/story.ts). */
export type InferredTable = Record<string, { value: string | undefined } | undefined>;

/** The article's publication day (stated, else inferred), or its first day when only a period is known. */
export function publicationDay(doc: Doc, inferred: InferredTable): string | null {
  const stated = doc.meta.published ? /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.published)?.[0] : undefined;
  if (stated) return stated;
  const value = inferred[doc.id]?.value;
  const bounds = value ? periodBounds(value) : undefined;
  // A long inferred period ("2023-11-09/2030-12-14") says little: its first day would be invented precision.
  if (!bounds || toDate(bounds.last).getTime() - toDate(bounds.first).getTime() > MAX_PERIOD_DAYS * DAY_MS) return null;
  return formatDay(bounds.first);
}

// Reports of one story come out within about a week (src/annotate/times/infer.ts STORY_WINDOW); a period
// twice that long no longer orders articles usefully.
const MAX_PERIOD_DAYS = 14;

/**
 * The first day a TIMEX value covers, for ordering. A value without its year (`XXXX-10-12`) takes the
 * publication year, moved one year back when that would put it after publication (news reports the past).
 * The entry keeps the value as written, so no precision is added to what is shown.
 */
export function orderingDay(value: string, published: string | null): string | null {
  let v = value;
  if (/^XXXX-/.test(v)) {
    // Without a publication year the value is its own key: it sorts after every full date, by month and day.
    if (!published) return /^XXXX-\d{2}(-\d{2})?$/.test(v) ? v : null;
    const year = Number(published.slice(0, 4));
    v = `${year}${v.slice(4)}`;
    const first = periodBounds(v);
    if (first && formatDay(first.first) > published) v = `${year - 1}${value.slice(4)}`;
  }
  const bounds = periodBounds(v);
  return bounds ? formatDay(bounds.first) : null;
}
