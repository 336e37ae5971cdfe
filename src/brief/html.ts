import { escapeHtml } from '../output/escape.js';
import { framedQuote, type Briefing, type BriefSentence, type BriefSide, type Citation, type QuoteVariant } from './compose.js';
import { eventLabel, sourceDate, timelineLabel } from './markdown.js';
import { hiddenNote, singleGroups, singleHeading } from './single.js';

/**
 * No scripts, no remote anything: the page is text and one inline style sheet. Article text is hostile
 * input, so everything from it is escaped as well; the policy is the second lock.
 */
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}sup a{text-decoration:none}.single{color:#6a4d00}';

function sideValue(s: BriefSide): string {
  const same = s.value.toLowerCase() === s.normalized.toLowerCase();
  return same ? escapeHtml(s.value) : `${escapeHtml(s.value)} <small>[read as ${escapeHtml(s.normalized)}]</small>`;
}

function cites(list: readonly Citation[]): string {
  const seen = new Set<number>();
  return list
    .filter((c) => !seen.has(c.n) && seen.add(c.n))
    .map((c) => `<sup><a href="#source-${c.n}" title="characters ${c.start}–${c.end}">[${c.n}]</a></sup>`)
    .join('');
}

function line(s: BriefSentence): string {
  const who = s.speaker ? ` <span class="speaker">(${escapeHtml(s.speaker.mention)}: ${escapeHtml(s.speaker.name)} ${cites([s.speaker.cite])})</span>` : '';
  return `${escapeHtml(s.text)} ${cites(s.cites)}${who}`;
}

function list(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** The briefing as one self-contained HTML page. */
export function briefingHtml(b: Briefing): string {
  const e = escapeHtml;
  const parts: string[] = [`<h1>${line(b.headline)}</h1>`];
  if (b.note) parts.push(`<p><strong>Note:</strong> ${e(b.note)}</p>`);
  parts.push('<h2>What happened</h2>');
  if (b.events.length > 1) {
    b.events.forEach((ev, i) => {
      parts.push(`<h3>${e(eventLabel(ev, i, b.events.length))}</h3>`, ev.happened.length ? list(ev.happened.map(line)) : '<p><em>No statement about it is carried by more than one independent outlet.</em></p>');
    });
  } else {
    parts.push(b.happened.length ? list(b.happened.map(line)) : '<p><em>No statement is carried by more than one independent outlet.</em></p>');
  }
  if (b.disputed.length) {
    parts.push('<h2>Disputed points</h2>');
    for (const d of b.disputed) {
      parts.push(`<h3>${e(d.about)}${d.minor ? ' (minor: compatible readings)' : ''}</h3>`, '<table><tr><th>Value</th><th>Outlets</th><th>As reported</th></tr>');
      for (const s of d.sides) parts.push(`<tr><td>${sideValue(s)}</td><td>${e(s.outlets.join(', '))}</td><td>${line(s.sentence)}</td></tr>`);
      parts.push('</table>');
    }
  }
  if (b.updates.length) {
    parts.push('<h2>Figures that changed over time</h2>');
    for (const u of b.updates) parts.push(`<h3>${e(u.about)}</h3>`, list(u.values.map((v) => `${e(v.asOf ?? 'undated')}: <strong>${sideValue(v)}</strong> (${e(v.outlets.join(', '))}) — ${line(v.sentence)}`)));
  }
  parts.push(...singleSection(b.single, (items) => list(items.map(line))));
  if (b.quotes.length) {
    parts.push('<h2>Quotes by speaker</h2>');
    const variant = (v: QuoteVariant) => `${framedQuote(v, e)} — ${e(v.outlet)} ${cites(v.cites)}`;
    for (const q of b.quotes) {
      parts.push(`<h3>${e(q.speaker)}</h3>`, list(q.statements.map((st) => `${variant(st.variants[0]!)}${st.variants.length > 1 ? list(st.variants.slice(1).map((v) => `variant: ${variant(v)}`)) : ''}`)));
    }
  }
  if (b.timeline.length) parts.push('<h2>Timeline</h2>', list(b.timeline.map((t) => `<strong>${e(timelineLabel(t))}</strong> ${line(t)}`)));
  if (b.people.length) parts.push('<h2>People and organisations</h2>', list(b.people.map((p) => `${line(p.sentence)} (${e(p.type.toLowerCase())}; ${e(p.outlets.join(', '))})`)));
  parts.push('<h2>Coverage</h2><table><tr><th>Outlet</th><th>Statements</th><th>Shared statements carried</th><th>Omits</th><th>Only here</th><th>Own terms</th></tr>');
  for (const c of b.coverage) parts.push(`<tr><td>${e(c.outlet)}</td><td>${c.claims}</td><td>${c.shared} of ${c.sharedTotal}</td><td>${c.omits.length}</td><td>${c.single}</td><td>${e(c.framing.map((f) => f.term).join(', '))}</td></tr>`);
  parts.push('</table><h2>Sources</h2><ol>');
  for (const s of b.sources) parts.push(`<li id="source-${s.n}"><strong>${e(s.outlet)}</strong>${s.title ? ` — ${e(s.title)}` : ''} (${e(sourceDate(s))}) — <code>${e(s.source)}</code></li>`);
  parts.push('</ol>');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}"><meta name="referrer" content="no-referrer"><title>${e(b.headline.text)}</title><style>${STYLE}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}

/** "Reported by one outlet only", one sub-list per outlet; the briefing page and the web UI share it. */
export function singleSection(single: Briefing['single'], render: (items: Briefing['single']) => string): string[] {
  if (!single.length) return [];
  const parts = ['<h2>Reported by one outlet only</h2>'];
  for (const g of singleGroups(single)) {
    parts.push(`<h3 class="single">${escapeHtml(singleHeading(g))}</h3>`, render(g.shown));
    if (g.hidden) parts.push(`<p><em>${escapeHtml(hiddenNote(g))}</em></p>`);
  }
  return parts;
}
