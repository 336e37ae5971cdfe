import { framedQuote, type Briefing, type BriefSentence, type BriefSide, type BriefSource, type Citation, type QuoteVariant } from './compose.js';
import { periodInWords } from '../output/period-words.js';
import type { BriefTimelineEntry } from './timeline.js';
import { hiddenNote, singleGroups, singleHeading } from './single.js';

/**
 * Escapes what Markdown would act on in article text: emphasis, code, links, HTML, tables, headings and
 * list markers at the start of a line. Article text is hostile input; nothing in it may become markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#|~!&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=>]|\d+[.)])/gm, (_, space: string, mark: string) => `${space}\\${mark}`)
    .replace(/\s*\n\s*/g, ' ');
}

/** `XXXX-11-07` → `11-07 (year not stated)`. */
export function dayLabel(day: string): string {
  return periodInWords(day);
}

/** A timeline line's time: its date in words, else its own time words and its event's period. */
export function timelineLabel(t: Pick<BriefTimelineEntry, 'day' | 'expression' | 'period'>): string {
  if (!t.expression) return dayLabel(t.day);
  return `“${t.expression}” (no date stated${t.period ? `; reports of ${periodInWords(t.period)}` : ''})`;
}

/** A source's date as a reader needs it: stated, else what was inferred and that it was, else "undated". */
export function sourceDate(s: Pick<BriefSource, 'published' | 'publishedInferred'>): string {
  if (s.published) return s.published;
  return s.publishedInferred ? `date not stated; inferred ${periodInWords(s.publishedInferred)}` : 'undated';
}

/** The source's words, then what they were read as when that differs ("Monday [read as 2026-03-23]"). */
function sideValue(s: BriefSide): string {
  const same = s.value.toLowerCase() === s.normalized.toLowerCase();
  return same ? escapeMarkdown(s.value) : `${escapeMarkdown(s.value)} \\[read as ${escapeMarkdown(s.normalized)}\\]`;
}

function cites(list: readonly Citation[]): string {
  const seen = new Set<number>();
  return list.filter((c) => !seen.has(c.n) && seen.add(c.n)).map((c) => `[[${c.n}]](#source-${c.n} "characters ${c.start}–${c.end}")`).join('');
}

function line(s: BriefSentence): string {
  const who = s.speaker ? ` _(${escapeMarkdown(s.speaker.mention)}: ${escapeMarkdown(s.speaker.name)} ${cites([s.speaker.cite])})_` : '';
  return `${escapeMarkdown(s.text)} ${cites(s.cites)}${who}`;
}

/** The briefing as Markdown: every sentence is a source's words followed by links to the cited sources. */
export function briefingMarkdown(b: Briefing): string {
  const out: string[] = [`# ${line(b.headline)}`, ''];
  if (b.note) out.push(`> Note: ${escapeMarkdown(b.note)}`, '');
  out.push('## What happened', '');
  if (b.events.length > 1) {
    // Several events: each reads apart, so that a date of one is not taken for a date of the other.
    b.events.forEach((ev, i) => {
      out.push(`### ${eventLabel(ev, i, b.events.length)}`, '');
      if (!ev.happened.length) out.push('_No statement about it is carried by more than one independent outlet._');
      for (const s of ev.happened) out.push(`- ${line(s)}`);
      out.push('');
    });
  } else {
    if (!b.happened.length) out.push('_No statement is carried by more than one independent outlet._');
    for (const s of b.happened) out.push(`- ${line(s)}`);
  }
  if (b.disputed.length) {
    out.push('', '## Disputed points', '');
    for (const d of b.disputed) {
      out.push(`### ${escapeMarkdown(d.about)}${d.minor ? ' (minor: compatible readings)' : ''}`, '', '| Value | Outlets | As reported |', '| --- | --- | --- |');
      for (const s of d.sides) out.push(`| ${sideValue(s)} | ${escapeMarkdown(s.outlets.join(', '))} | ${line(s.sentence)} |`);
      out.push('');
    }
  }
  if (b.updates.length) {
    out.push('', '## Figures that changed over time', '');
    for (const u of b.updates) {
      out.push(`### ${escapeMarkdown(u.about)}`, '');
      for (const v of u.values) out.push(`- ${escapeMarkdown(v.asOf ?? 'undated')}: **${sideValue(v)}** (${escapeMarkdown(v.outlets.join(', '))}) — ${line(v.sentence)}`);
    }
  }
  if (b.single.length) {
    out.push('', '## Reported by one outlet only', '');
    for (const g of singleGroups(b.single)) {
      out.push(`### ${escapeMarkdown(singleHeading(g))}`, '');
      for (const s of g.shown) out.push(`- ${line(s)}`);
      if (g.hidden) out.push('', `_${escapeMarkdown(hiddenNote(g))}_`);
      out.push('');
    }
  }
  if (b.quotes.length) {
    out.push('', '## Quotes by speaker', '');
    for (const q of b.quotes) {
      out.push(`### ${escapeMarkdown(q.speaker)}`, '');
      for (const st of q.statements) {
        const [first, ...rest] = st.variants;
        const shown = (v: QuoteVariant) => `${framedQuote(v, escapeMarkdown)} — ${escapeMarkdown(v.outlet)} ${cites(v.cites)}`;
        out.push(`- ${shown(first!)}`);
        for (const v of rest) out.push(`  - variant: ${shown(v)}`);
      }
      out.push('');
    }
  }
  if (b.timeline.length) {
    out.push('', '## Timeline', '');
    for (const t of b.timeline) out.push(`- **${escapeMarkdown(timelineLabel(t))}** ${line(t)}`);
  }
  if (b.people.length) {
    out.push('', '## People and organisations', '');
    for (const p of b.people) out.push(`- ${line(p.sentence)} (${p.type.toLowerCase()}; ${escapeMarkdown(p.outlets.join(', '))})`);
  }
  out.push('', '## Coverage', '', '| Outlet | Statements | Shared statements carried | Omits | Only here | Own terms |', '| --- | --- | --- | --- | --- | --- |');
  for (const c of b.coverage) {
    const terms = c.framing.map((f) => escapeMarkdown(f.term)).join(', ');
    out.push(`| ${escapeMarkdown(c.outlet)} | ${c.claims} | ${c.shared} of ${c.sharedTotal} | ${c.omits.length} | ${c.single} | ${terms} |`);
  }
  out.push('', '## Sources', '');
  for (const s of b.sources) {
    const title = s.title ? ` — ${escapeMarkdown(s.title)}` : '';
    out.push(`${s.n}. <a id="source-${s.n}"></a>**${escapeMarkdown(s.outlet)}**${title} (${escapeMarkdown(sourceDate(s))}) — \`${s.source.replace(/[`\r\n]/g, ' ')}\``);
  }
  return `${out.join('\n')}\n`;
}

/** "Event 1 of 2 · 2026-03-16 – 2026-03-17 · 3 articles": dates and counts only, never a statement. */
export function eventLabel(ev: Briefing['events'][number], i: number, total: number): string {
  const when = ev.start ? (ev.end && ev.end !== ev.start ? `${ev.start} – ${ev.end}` : ev.start) : ev.published ? `reports of ${periodInWords(ev.published)}` : 'undated';
  return `Event ${i + 1} of ${total} · ${when} · ${ev.articles} ${ev.articles === 1 ? 'article' : 'articles'}`;
}
