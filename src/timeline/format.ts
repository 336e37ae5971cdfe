import { escapeHtml } from '../output/escape.js';
import { periodInWords } from '../output/period-words.js';
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

/** An action in one line; a sentence entry has none (its sentence is quoted below it, once). */
function summary(e: TimelineEntry): string {
  const a = e.action;
  if (!a) return '';
  const place = a.place ? ` in ${a.place.name}` : '';
  return `${party(a.actor)} — ${a.type.name} (${a.cameo}, “${a.verb}”) → ${party(a.target)}${place}`;
}

/** Undated actions shown after the dated ones; the JSON keeps them all. */
const MAX_UNDATED = 10;

/** What the reader is told about an entry's time: its value, else its words and its event's period. */
function when(t: Timeline, e: TimelineEntry): string {
  if (e.time) return periodInWords(e.time);
  if (!e.expression) return 'undated';
  const period = t.events.find((ev) => ev.id === e.event)?.published;
  return `“${e.expression}” (no date stated${period ? `; reports of ${periodInWords(period)}` : ''})`;
}

/** The actions of a group, after a space; nothing for a sentence entry. */
function actions(group: readonly TimelineEntry[], escape: (s: string) => string): string {
  const list = group.map((e) => summary(e)).filter(Boolean).map(escape);
  return list.length ? ` ${list.join('; ')}` : '';
}

/** Neighbouring entries read from one sentence of one article at one time: shown once, with their actions. */
function bySentence(entries: readonly TimelineEntry[]): TimelineEntry[][] {
  const groups: TimelineEntry[][] = [];
  for (const e of entries) {
    const last = groups.at(-1)?.[0];
    const same = last && last.text === e.text && last.sources[0]!.article === e.sources[0]!.article && last.time === e.time && last.expression === e.expression;
    if (same) groups.at(-1)!.push(e);
    else groups.push([e]);
  }
  return groups;
}

function timelineBlock(t: Timeline, html: boolean): string {
  const timed = t.entries.filter((e) => e.time || e.expression);
  const undated = t.entries.filter((e) => !e.time && !e.expression);
  const more = undated.length > MAX_UNDATED ? `${undated.length - MAX_UNDATED} more undated entries: --format json lists them all.` : '';
  const events = t.events.length > 1 ? t.events.map((e, i) => `Event ${i + 1}: ${e.title}${e.published ? ` (reports of ${periodInWords(e.published)})` : ''}`) : [];
  if (html) {
    const row = (g: TimelineEntry[]) => `<li><time>${escapeHtml(when(t, g[0]!))}</time>${actions(g, escapeHtml)}<br><q>${escapeHtml(g[0]!.text)}</q> ${sources(g.flatMap((e) => e.sources), true)}</li>`;
    const list = (entries: TimelineEntry[]) => (entries.length ? `<ol>\n${bySentence(entries).map(row).join('\n')}\n</ol>\n` : '');
    return `<section><h2>${escapeHtml(t.title)}</h2>\n${events.length ? `<ul>${events.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>\n` : ''}${list(timed)}${undated.length ? `<h3>Undated</h3>\n${list(undated.slice(0, MAX_UNDATED))}${more ? `<p>${more}</p>\n` : ''}` : ''}${t.actors.slice(0, 8).map((a) => actorList(a, true)).join('\n')}</section>`;
  }
  const row = (g: TimelineEntry[]) => `- **${md(when(t, g[0]!))}**${actions(g, md)}\n  > ${md(g[0]!.text)}\n  — ${sources(g.flatMap((e) => e.sources), false)}`;
  const head = events.length ? `${events.map((e) => `- ${md(e)}`).join('\n')}\n\n` : '';
  const rest = undated.length ? `\n\n### Undated\n\n${bySentence(undated.slice(0, MAX_UNDATED)).map(row).join('\n')}${more ? `\n\n_${more}_` : ''}` : '';
  return `## ${md(t.title)}\n\n${head}${bySentence(timed).map(row).join('\n') || '_No dated sentence or action._'}${rest}\n\n${t.actors.slice(0, 8).map((a) => actorList(a, false)).join('\n')}`;
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
