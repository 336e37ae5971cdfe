/**
 * TIMEX-like period values in words for readers: `2026-03-12` → "12 March 2026", `XXXX-10-12/XXXX-11-03` →
 * "12 October – 3 November (year not stated)", `2026-W11` → "week 11 of 2026". The value stays in the JSON;
 * this is only how Markdown and HTML show it. Anything it does not know is returned as written.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Part {
  year?: string;
  month?: number;
  day?: number;
}

function part(value: string): Part | undefined {
  const m = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { ...(m[1] !== 'XXXX' ? { year: m[1]! } : {}), month, ...(m[3] ? { day: Number(m[3]) } : {}) };
}

const words = (p: Part, withYear: boolean) => `${p.day ? `${p.day} ` : ''}${MONTHS[p.month! - 1]}${withYear && p.year ? ` ${p.year}` : ''}`;

export function periodInWords(value: string): string {
  const week = /^(\d{4})-W(\d{1,2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  const [a, b] = value.split('/');
  const first = a ? part(a) : undefined;
  const last = b ? part(b) : undefined;
  if (!first || (b !== undefined && !last)) return value;
  const yearless = !first.year;
  const note = yearless ? ' (year not stated)' : '';
  if (!last) return `${words(first, true)}${note}`;
  const sameYear = first.year === last.year;
  return `${words(first, !sameYear)} – ${words(last, true)}${note}`;
}
