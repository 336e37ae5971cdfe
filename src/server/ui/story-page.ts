import { framedQuote, type Briefing, type BriefSentence, type Citation } from '../../brief/compose.js';
import { eventLabel, sourceDate, timelineLabel } from '../../brief/markdown.js';
import { singleSection } from '../../brief/html.js';
import type { StoryDetail } from '../../store/index.js';
import { day, e, markText, mergeRanges, page } from './html.js';

/** One source article as the sources panel shows it: its clean text and where it stands in the briefing. */
export interface SourceText {
  n: number;
  article: string;
  outlet: string;
  title: string | null;
  published: string | null;
  publishedInferred?: string | null;
  url: string | null;
  text: string;
}

/**
 * Where each citation points: the id of the <mark> (after joining overlapping cited spans) that holds it.
 * A citation whose article is missing from the panel points at nothing and is shown without a link.
 */
function targets(b: Briefing | null, sources: readonly SourceText[]): { ranges: Map<string, { start: number; end: number }[]>; idOf(c: Citation): string | null } {
  const cited = new Map<string, { start: number; end: number }[]>();
  const walk = (s: BriefSentence) => s.cites.forEach((c) => cited.set(c.article, [...(cited.get(c.article) ?? []), { start: c.start, end: c.end }]));
  if (b) {
    [b.headline, ...b.happened, ...(b.events ?? []).flatMap((ev) => ev.happened), ...b.single, ...b.timeline].forEach((s) => {
      walk(s);
      if (s.speaker) walk({ text: s.speaker.name, cites: [s.speaker.cite] });
    });
    b.disputed.forEach((d) => d.sides.forEach((s) => walk(s.sentence)));
    b.updates.forEach((u) => u.values.forEach((v) => walk(v.sentence)));
    b.quotes.forEach((q) => q.statements.forEach((st) => st.variants.forEach(walk)));
    b.people.forEach((p) => walk(p.sentence));
  }
  const merged = new Map([...cited].map(([article, list]) => [article, mergeRanges(list)]));
  const numberOf = new Map(sources.map((s) => [s.article, s.n]));
  return {
    ranges: merged,
    idOf(c) {
      const n = numberOf.get(c.article);
      const i = (merged.get(c.article) ?? []).findIndex((r) => r.start <= c.start && c.start < r.end);
      return n === undefined || i < 0 ? null : `src-${n}-${i}`;
    },
  };
}

export function storyPage(story: StoryDetail, briefing: Briefing | null, sources: readonly SourceText[]): string {
  const t = targets(briefing, sources);
  const cites = (list: readonly Citation[]) => {
    const seen = new Set<string>();
    return list
      .map((c) => {
        const id = t.idOf(c);
        const key = id ?? `n${c.n}`;
        if (seen.has(key)) return '';
        seen.add(key);
        return id ? `<a class="cite" href="#${id}" title="source ${c.n}, characters ${c.start}–${c.end}">[${c.n}]</a>` : `<sup>[${c.n}]</sup>`;
      })
      .join('');
  };
  const line = (s: BriefSentence) => `${e(s.text)} ${cites(s.cites)}${s.speaker ? ` <span class="muted">(${e(s.speaker.mention)}: ${e(s.speaker.name)} ${cites([s.speaker.cite])})</span>` : ''}`;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const parts: string[] = [];
  if (briefing) {
    parts.push(`<h1>${line(briefing.headline)}</h1>`);
    parts.push(`<p class="muted">${story.articleCount} articles from ${story.outletCount} outlets · ${span(story.firstPublished, story.lastPublished)}</p>`);
    if (briefing.note) parts.push(`<p><strong>Note:</strong> ${e(briefing.note)}</p>`);
    parts.push('<h2>What happened</h2>');
    // Briefings stored before events were kept in them have no `events`.
    const events = briefing.events ?? [];
    if (events.length > 1) {
      events.forEach((ev, i) => parts.push(`<h3>${e(eventLabel(ev, i, events.length))}</h3>`, ev.happened.length ? list(ev.happened.map(line)) : '<p><em>No statement about it is carried by more than one independent outlet.</em></p>'));
    } else {
      parts.push(briefing.happened.length ? list(briefing.happened.map(line)) : '<p><em>No statement is carried by more than one independent outlet.</em></p>');
    }
    if (briefing.disputed.length) {
      parts.push('<h2>Disputed points</h2>');
      for (const d of briefing.disputed) {
        parts.push(`<h3>${e(d.about)}${d.minor ? ' <small>(minor: compatible readings)</small>' : ''}</h3><table><tr><th>Value</th><th>Outlets</th><th>As reported</th></tr>`);
        for (const s of d.sides) parts.push(`<tr><td>${e(s.value)}${s.value.toLowerCase() !== s.normalized.toLowerCase() ? ` <small>[read as ${e(s.normalized)}]</small>` : ''}</td><td>${e(s.outlets.join(', '))}</td><td>${line(s.sentence)}</td></tr>`);
        parts.push('</table>');
      }
    }
    if (briefing.updates.length) {
      parts.push('<h2>Figures that changed</h2>');
      for (const u of briefing.updates) parts.push(`<h3>${e(u.about)}</h3>`, list(u.values.map((v) => `${e(v.asOf ?? 'undated')}: <strong>${e(v.value)}</strong> (${e(v.outlets.join(', '))}) — ${line(v.sentence)}`)));
    }
    parts.push(...singleSection(briefing.single, (items) => list(items.map(line))));
    if (briefing.quotes.length) {
      parts.push('<h2>Quotes</h2>');
      for (const q of briefing.quotes) parts.push(`<h3>${e(q.speaker)}</h3>`, list(q.statements.map((st) => st.variants.map((v) => `${framedQuote(v, e)} — ${e(v.outlet)} ${cites(v.cites)}`).join('<br>'))));
    }
    if (briefing.timeline.length) parts.push('<h2>Timeline</h2>', list(briefing.timeline.map((x) => `<strong>${e(timelineLabel(x))}</strong> ${line(x)}`)));
    parts.push('<h2>Coverage</h2><table><tr><th>Outlet</th><th>Statements</th><th>Shared carried</th><th>Omits</th><th>Only here</th></tr>');
    for (const c of briefing.coverage) parts.push(`<tr><td>${e(c.outlet)}</td><td>${c.claims}</td><td>${c.shared} of ${c.sharedTotal}</td><td>${c.omits.length}</td><td>${c.single}</td></tr>`);
    parts.push('</table>');
  } else {
    parts.push(`<h1>${e(story.title)}</h1><p class="muted">No briefing was stored for this story (stored before briefings were kept); its articles are on the right.</p>`);
  }
  const entities = [...story.snapshot.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 30);
  if (entities.length) parts.push('<h2>People, places and organisations</h2><p class="tags">', ...entities.map((x) => `<span><a href="/entities/${encodeURIComponent(x.id)}">${e(x.name)}</a> <small>${e(x.type.toLowerCase())}</small></span>`), '</p>');

  const panel = sources.map((s) => {
    const ranges = t.ranges.get(s.article) ?? [];
    const text = markText(s.text, ranges, (_r, i) => ` id="src-${s.n}-${i}"`);
    return `<section class="source" id="source-${s.n}"><h3>[${s.n}] ${e(s.outlet)}</h3><div class="muted">${s.title ? `${e(s.title)} · ` : ''}${s.published ? day(s.published) : e(sourceDate(s))} · <a href="/articles/${encodeURIComponent(s.article)}">article</a>${s.url ? ` · <span>${e(s.url)}</span>` : ''}</div><div class="text">${text}</div></section>`;
  });
  const body = `<div class="story"><article class="briefing">${parts.join('\n')}</article><aside class="sources" aria-label="Sources"><h2>Sources</h2>${panel.join('\n')}</aside></div>`;
  return page(briefing?.headline.text || story.title, body, { wide: true });
}

/** The story's publication span, or a plain statement that no article states one. */
function span(first: string | null, last: string | null): string {
  if (!first && !last) return 'no article states its publication date';
  if (!first || !last || day(first) === day(last)) return day(first ?? last);
  return `${day(first)} to ${day(last)}`;
}
