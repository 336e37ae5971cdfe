import type { Report, ReportArticle } from './report.js';

/** A reader's view of the report: stories, their events and the articles in each, copies marked. */
export function reportMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const out: string[] = [`# ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'} in ${report.articles.length} articles`, ''];
  for (const story of report.stories) {
    out.push(`## ${story.title}`, '');
    const outlets = new Set(story.articles.map((id) => byId.get(id)?.outlet).filter(Boolean));
    out.push(`${story.articles.length} articles from ${outlets.size} outlets · story \`${story.id}\``, '');
    const events = story.events.length ? story.events : [{ id: '', title: '', start: undefined, end: undefined, articles: story.articles }];
    for (const event of events) {
      if (event.title) out.push(`### ${event.title}${range(event.start, event.end)}`, '');
      for (const id of event.articles) {
        const a = byId.get(id);
        if (a) out.push(`- ${articleLine(a, byId)}`);
      }
      out.push('');
    }
  }
  const problems = report.messages.filter((m) => m.severity !== 'info');
  if (problems.length) {
    out.push('## Problems with the inputs', '');
    for (const m of problems) out.push(`- \`${m.source}\`: ${m.severity}: ${m.reason} [${m.code}]`);
    out.push('');
  }
  return out.join('\n');
}

function articleLine(a: ReportArticle, byId: Map<string, ReportArticle>): string {
  const facts = [a.outlet ?? 'unknown outlet', a.published ?? 'undated'].join(', ');
  let line = `**${a.title ?? '(untitled)'}** — ${facts} (\`${a.source}\`)`;
  if (a.duplicateOf) {
    const original = byId.get(a.duplicateOf);
    line += ` — copy of ${original?.outlet ?? original?.source ?? a.duplicateOf}${a.similarity !== null ? ` (similarity ${a.similarity.toFixed(2)})` : ''}`;
  }
  return line;
}

function range(start: string | undefined | null, end: string | undefined | null): string {
  if (!start) return '';
  return end && end !== start ? ` (${start} – ${end})` : ` (${start})`;
}
