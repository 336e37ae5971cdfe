import type { Report } from './report.js';
import type { ReportQuote } from './report-quotes.js';
import { escapeMarkdown } from '../brief/index.js';

export const QUOTE_FORMATS = ['md', 'json', 'jsonl'] as const;
export type QuoteFormat = (typeof QUOTE_FORMATS)[number];

/** One speaker and what they said: each statement with the outlets' renderings of it. */
export interface SpeakerQuotes {
  speaker: string | null;
  name: string;
  statements: { group: string | null; singleSource: boolean; quotes: (ReportQuote & { outlet: string | null })[] }[];
}

/** Who said what: quotes grouped by speaker (anonymous and unattributed last), variants kept together. */
export function quotesBySpeaker(report: Report): SpeakerQuotes[] {
  const names = new Map(report.entities.map((e) => [e.id, e.name]));
  const outlets = new Map(report.articles.map((a) => [a.id, a.outlet ?? a.source]));
  const byId = new Map(report.quotes.map((q) => [q.id, { ...q, outlet: outlets.get(q.article) ?? null }]));
  const groupOf = new Map<string, (typeof report.quoteGroups)[number]>();
  for (const g of report.quoteGroups) for (const id of g.quotes) groupOf.set(id, g);
  const speakers = new Map<string, SpeakerQuotes>();
  const seen = new Set<string>();
  for (const q of report.quotes) {
    if (seen.has(q.id)) continue;
    const key = q.anonymous ? 'anonymous' : (q.speaker ?? (q.speakerText ? `text:${q.speakerText}` : 'unknown'));
    const name = q.anonymous ? 'Anonymous sources' : q.speaker ? (names.get(q.speaker) ?? q.speakerText ?? q.speaker) : (q.speakerText ?? 'Unattributed');
    const entry = speakers.get(key) ?? speakers.set(key, { speaker: q.anonymous ? null : q.speaker, name, statements: [] }).get(key)!;
    const group = groupOf.get(q.id);
    const members = group ? group.quotes.map((id) => byId.get(id)).filter((x) => x !== undefined) : [byId.get(q.id)!];
    for (const m of members) seen.add(m.id);
    entry.statements.push({ group: group?.id ?? null, singleSource: group?.singleSource ?? true, quotes: members });
  }
  const rank = (s: SpeakerQuotes) => (s.name === 'Anonymous sources' ? 1 : s.name === 'Unattributed' ? 2 : 0);
  return [...speakers.values()].sort((a, b) => rank(a) - rank(b) || b.statements.length - a.statements.length || a.name.localeCompare(b.name));
}

export function formatQuotes(speakers: readonly SpeakerQuotes[], format: QuoteFormat): string {
  if (format === 'json') return `${JSON.stringify({ speakers }, null, 2)}\n`;
  if (format === 'jsonl') return speakers.map((s) => JSON.stringify(s)).join('\n') + (speakers.length ? '\n' : '');
  const out: string[] = [];
  for (const s of speakers) {
    out.push(`## ${escapeMarkdown(s.name)}`, '');
    for (const statement of s.statements) {
      const [first, ...variants] = statement.quotes;
      if (!first) continue;
      const tag = statement.singleSource ? ' _(one outlet)_' : '';
      out.push(`- ${line(first)}${tag}`);
      for (const v of variants) out.push(`  - ${line(v)}`);
    }
    out.push('');
  }
  return out.join('\n') || '_No quotes found._\n';
}

function line(q: ReportQuote & { outlet: string | null }): string {
  const cue = q.cue ? ` (${escapeMarkdown(q.cue.text)})` : '';
  // an interrupted quote shows its pieces, not the attribution between them
  const words = q.parts ? q.parts.map((p) => p.text.trim()).join(' … ') : q.text;
  return `${q.kind === 'direct' ? '“' : ''}${escapeMarkdown(words)}${q.kind === 'direct' ? '”' : ''} — ${escapeMarkdown(q.outlet ?? q.article)}${cue} \`${q.article}:${q.start}-${q.end}\``;
}
