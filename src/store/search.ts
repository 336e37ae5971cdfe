import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  story: string | null;
  rank: number;
  /** A passage around the matches, as plain text. */
  snippet: string;
  /** The matched words in `snippet`, as half-open UTF-16 ranges: the caller chooses how to mark them. */
  highlights: { start: number; end: number }[];
}

// ts_headline marks matches with these private-use characters, which no article text is expected to hold;
// they are turned into ranges so that no markup (and no HTML injection) comes out of the database.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over titles and bodies: `websearch_to_tsquery` (quoted phrases, `or`, `-word`), ranked
 * by ts_rank over the weighted tsvector (title above body), with a highlighted snippet from ts_headline.
 */
export async function searchArticles(db: Kysely<Database>, query: string, options: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
  const q = sql`websearch_to_tsquery('english', ${query})`;
  const rows = await db
    .selectFrom('articles as a')
    .leftJoin('article_story as s', 's.article_id', 'a.id')
    .select(['a.id', 'a.title', 'a.outlet', 'a.published', 's.story_id'])
    .select(sql<number>`ts_rank(a.search, ${q})`.as('rank'))
    .select(sql<string>`ts_headline('english', a.text, ${q}, ${HEADLINE_OPTIONS})`.as('headline'))
    .where(sql<boolean>`a.search @@ ${q}`)
    .orderBy('rank', 'desc')
    .orderBy('a.published_at', (o) => o.desc().nullsLast())
    .orderBy('a.id')
    .limit(options.limit ?? 20)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, story: r.story_id, rank: Number(r.rank), ...splitHeadline(r.headline) }));
}

export function splitHeadline(headline: string): Pick<SearchHit, 'snippet' | 'highlights'> {
  let snippet = '';
  const highlights: SearchHit['highlights'] = [];
  let open = -1;
  for (const ch of headline) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE && open >= 0) {
      highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}
