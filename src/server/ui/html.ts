import { escapeHtml } from '../../output/escape.js';

/**
 * The UI is server-rendered strings. Every value from the store (article text, titles, outlets, names) goes
 * through `e` before it meets markup: article content is hostile input. Only this folder builds markup.
 */
export const e = escapeHtml;

/** Script and style come from this origin only; nothing inline, nothing remote, no plugins, no framing. */
export const UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function page(title: string, body: string, options: { wide?: boolean; bodyData?: Record<string, string> } = {}): string {
  const data = Object.entries(options.bodyData ?? {}).map(([k, v]) => ` data-${k}="${e(v)}"`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${e(title)} · corroborate</title><link rel="stylesheet" href="/ui/style.css"><script src="/ui/app.js" defer></script></head>
<body${options.wide ? ' class="wide"' : ''}${data}>
<header class="top"><a class="brand" href="/">corroborate</a><nav><a href="/">Stories</a><a href="/entities">People &amp; places</a></nav>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search articles" aria-label="Search articles"><button>Search</button></form></header>
<main>
${body}
</main></body></html>
`;
}

/** A date as "2026-02-03" (ISO strings only; anything else is shown escaped as given). */
export function day(value: string | null | undefined): string {
  if (!value) return 'undated';
  return e(/^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value);
}

export interface Range {
  start: number;
  end: number;
}

/** Overlapping or touching ranges joined, in order: one <mark> per joined range keeps the markup well nested. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Text with the given ranges (UTF-16 offsets) wrapped in <mark>; every piece escaped. `attrs(i)` gives the
 * attributes of the i-th merged range's mark (ids for citation targets).
 */
export function markText(text: string, ranges: readonly Range[], attrs: (range: Range, i: number) => string = () => ''): string {
  const merged = mergeRanges(ranges.map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) })));
  let out = '';
  let at = 0;
  merged.forEach((r, i) => {
    out += e(text.slice(at, r.start)) + `<mark${attrs(r, i)}>${e(text.slice(r.start, r.end))}</mark>`;
    at = r.end;
  });
  return out + e(text.slice(at));
}
