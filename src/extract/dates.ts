import * as chrono from 'chrono-node';

/**
 * Normalises a publication date as pages and scraped text write it to ISO 8601, keeping only the precision
 * the value states: `2026-03-12` for a date alone, `2026-03-12T10:40:00` for a local time of unknown zone,
 * `2026-03-12T10:40:00+05:00` when the zone is given. Returns undefined for anything it cannot read,
 * including impossible dates (30 February).
 *
 * Numeric dates are read day first (DD/MM/YYYY), the order of most outlets outside the United States, unless
 * the day-first reading is impossible.
 */
export function normalizeDate(value: string): string | undefined {
  const text = value.trim();
  if (!text || text.length > 100) return undefined;
  if (memo.has(text)) return memo.get(text);
  const date = fromIso(text) ?? fromNumeric(text) ?? fromWords(text);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, date);
  return date;
}

// chrono's parse costs about as much as extracting a small page, and a page's date line is read twice (once to
// recognise it, once for the metadata): remember the last few answers. Kept small on purpose, so that it
// serves one page and a benchmark's repeated passes over the same pages gain nothing from it.
const memo = new Map<string, string | undefined>();
const MEMO_SIZE = 16;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

function fromIso(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!validDate(+y!, +mo!, +d!)) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (+h > 23 || +mi! > 59 || +(s ?? 0) > 59) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${formatZone(zone)}`;
}

const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[,\s]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?/i;

function fromNumeric(text: string): string | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const [, a, , b, yRaw, h, mi, s, ampm] = m;
  // Two-digit years are read as 2000–2068 or 1969–1999, the POSIX convention.
  const y = yRaw!.length === 2 ? (+yRaw! < 69 ? 2000 + +yRaw! : 1900 + +yRaw!) : +yRaw!;
  let day = +a!;
  let month = +b!;
  if (!validDate(y, month, day) && validDate(y, day, month)) [day, month] = [month, day];
  if (!validDate(y, month, day)) return undefined;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined) return date;
  const hour = to24(+h, ampm);
  if (hour === undefined || +mi! > 59) return undefined;
  return `${date}T${pad(hour)}:${mi}:${s ?? '00'}`;
}

const FOUR_DIGITS = /\d{4}/;

function fromWords(text: string): string | undefined {
  // Only a stated year makes a date (below); without four digits, chrono's many parsers need not run at all.
  if (!FOUR_DIGITS.test(text)) return undefined;
  const [result] = chrono.strict.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: false });
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  // chrono marks relative dates ("3 hours ago") as certain, resolved against the fixed reference instant: only a
  // stated year makes a date absolute.
  if (!FOUR_DIGITS.test(result.text)) return undefined;
  const c = result.start;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  if (!validDate(y, mo, d)) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return date;
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  const time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  return `${date}T${time}${offset === null || offset === undefined ? '' : minutesToZone(offset)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function to24(hour: number, ampm: string | undefined): number | undefined {
  if (!ampm) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const pm = ampm.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function formatZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function minutesToZone(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
