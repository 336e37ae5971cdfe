import { readFileSync } from 'node:fs';

/**
 * Prints the story → event split of an `analyze --format json` report read from stdin, with each article's
 * stated or inferred publication period, so that an event split can be read at a glance:
 *   npx tsx src/cli/dev-entry.ts analyze PATH --format json -q | node --import tsx bench/clustering/print-events.ts
 */
interface Report {
  articles: Array<{ id: string; source: string; published: string | null; publishedInferred?: { value: string | null; confidence: number } }>;
  stories: Array<{ title: string; events: Array<{ title: string; start: string | null; end: string | null; articles: string[] }> }>;
}

const report = JSON.parse(readFileSync(0, 'utf8')) as Report;
const byId = new Map(report.articles.map((a) => [a.id, a]));
for (const story of report.stories) {
  console.log(`story: ${story.title}`);
  for (const event of story.events) {
    console.log(`  event ${event.start ?? '?'}..${event.end ?? '?'}: ${event.title.slice(0, 70)}`);
    for (const id of event.articles) {
      const a = byId.get(id);
      const when = a?.published ?? (a?.publishedInferred ? `inferred ${a.publishedInferred.value} (${a.publishedInferred.confidence})` : 'undated');
      console.log(`    ${a?.source.split('/').slice(-2).join('/') ?? id}  ${when}`);
    }
  }
}
