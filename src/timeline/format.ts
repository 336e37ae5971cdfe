import { escapeHtml } from '../output/escape.js';
import type { ActorItem, ActorRecord, Party, Source, Timeline, TimelineEntry } from './types.js';

export const TIMELINE_FORMATS = ['md', 'json', 'html'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** An actor's list within one story, for `--actor`. */
export interface ActorView {
  story: string;
  title: string;
  actor: ActorRecord;
}

/** Timelines (or, with `actors`, those actors' lists) as Markdown, JSON or a standalone HTML page. */
export function formatTimelines(timelines: readonly Timeline[], format: TimelineFormat, actors?: readonly ActorView[]): string {
  if (format === 'json') return `${JSON.stringify(actors ? { actors } : { timelines }, null, 2)}\n`;
  const html = format === 'html';
  const blocks = actors ? actors.map((a) => actorBlock(a, html)) : timelines.map((t) => timelineBlock(t, html));
  if (!html) return `${blocks.join('\n') || 'No timeline: no story was found.\n'}`;
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>Timeline</title></head><body>\n${blocks.join('\n') || '<p>No timeline: no story was found.</p>'}\n</body></html>\n`;
}

/** Markdown text must not be read as markup: the characters that start it are escaped. */
function md(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

function sources(list: readonly Source[], html: boolean): string {
  const one = (s: Source) => `${s.outlet ?? s.article} [${s.start}–${s.end}]`;
  return html ? list.map((s) => `<cite>${escapeHtml(one(s))}</cite>`).join(', ') : list.map((s) => md(one(s))).join('; ');
}

function party(p: Party | null): string {
  return p ? p.name : '—';
}

function summary(e: TimelineEntry): string {
  const a = e.action;
  if (!a) return e.text;
  const place = a.place ? ` in ${a.place.name}` : '';
  return `${party(a.actor)} — ${a.type.name} (${a.cameo}, “${a.verb}”) → ${party(a.target)}${place}`;
}

function timelineBlock(t: Timeline, html: boolean): string {
  const when = (e: TimelineEntry) => e.time ?? 'undated';
  if (html) {
    const rows = t.entries.map((e) => `<li><time>${escapeHtml(when(e))}</time> ${escapeHtml(summary(e))}<br><q>${escapeHtml(e.text)}</q> ${sources(e.sources, true)}</li>`);
    return `<section><h2>${escapeHtml(t.title)}</h2>\n<ol>\n${rows.join('\n')}\n</ol>\n${t.actors.slice(0, 8).map((a) => actorList(a, true)).join('\n')}</section>`;
  }
  const rows = t.entries.map((e) => `- **${md(when(e))}** ${md(summary(e))}\n  > ${md(e.text)}\n  — ${sources(e.sources, false)}`);
  return `## ${md(t.title)}\n\n${rows.join('\n') || '_No dated sentence or action._'}\n\n${t.actors.slice(0, 8).map((a) => actorList(a, false)).join('\n')}`;
}

function item(i: ActorItem, html: boolean): string {
  const via = !i.via ? '' : i.via.role && i.via.role !== i.via.name ? ` via ${i.via.name} (${i.via.role})` : ` via ${i.via.name}`;
  const line = `${i.role}: ${i.type.name} (“${i.verb}”)${i.target ? ` → ${i.target.name}` : ''}${i.time ? ` on ${i.time}` : ''}${via}`;
  return html ? `<li>${escapeHtml(line)}<br><q>${escapeHtml(i.text)}</q> ${sources(i.sources, true)}</li>` : `- ${md(line)}\n  > ${md(i.text)}\n  — ${sources(i.sources, false)}`;
}

function actorList(a: ActorRecord, html: boolean): string {
  return html ? `<h3>${escapeHtml(a.name)}</h3>\n<ul>\n${a.items.map((i) => item(i, true)).join('\n')}\n</ul>` : `### ${md(a.name)}\n\n${a.items.map((i) => item(i, false)).join('\n')}\n`;
}

function actorBlock(v: ActorView, html: boolean): string {
  return html ? `<section><h2>${escapeHtml(v.title)}</h2>\n${actorList(v.actor, true)}</section>` : `## ${md(v.title)}\n\n${actorList(v.actor, false)}`;
}
