import type { Kysely } from 'kysely';
import type { Doc } from '../core/doc.js';
import type { Grouping } from '../cluster/index.js';
import { publishedAt } from './articles.js';
import type { Database } from './schema.js';
import type { StorySnapshot } from './snapshot.js';

type Db = Kysely<Database>;

/**
 * Replaces the grouping of the articles `ids` (a window, see regroup.ts) with `grouping`. Stories any of
 * them belonged to are deleted first (their events and memberships go with them by cascade); every member
 * of such a story is in `ids`, so no story is left half-grouped.
 */
export async function writeStories(db: Db, ids: readonly string[], grouping: Grouping, docs: readonly Doc[], snapshots: Map<string, StorySnapshot>): Promise<void> {
  if (ids.length) {
    const old = db.selectFrom('article_story').select('story_id').where('article_id', 'in', [...ids]);
    await db.deleteFrom('stories').where('id', 'in', old).execute();
  }
  if (!grouping.stories.length) return;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const now = new Date();
  const stories = grouping.stories.map((story) => {
    const members = story.articles.map((id) => byId.get(id)).filter((d) => d !== undefined);
    const times = members.map((d) => publishedAt(d.meta.published)?.getTime()).filter((t) => t !== undefined);
    return {
      id: story.id,
      title: story.title,
      article_count: story.articles.length,
      outlet_count: new Set(members.map((d) => d.meta.outlet ?? d.source)).size,
      first_published: times.length ? new Date(Math.min(...times)) : null,
      last_published: times.length ? new Date(Math.max(...times)) : null,
      updated_at: now,
      snapshot: JSON.stringify(snapshots.get(story.id) ?? null),
    };
  });
  await db.insertInto('stories').values(stories).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
    title: eb.ref('excluded.title'),
    article_count: eb.ref('excluded.article_count'),
    outlet_count: eb.ref('excluded.outlet_count'),
    first_published: eb.ref('excluded.first_published'),
    last_published: eb.ref('excluded.last_published'),
    updated_at: eb.ref('excluded.updated_at'),
    snapshot: eb.ref('excluded.snapshot'),
  }))).execute();
  const events = grouping.stories.flatMap((story) =>
    story.events.map((e) => ({ id: e.id, story_id: story.id, title: e.title, start_day: e.start, end_day: e.end, article_count: e.articles.length, data: JSON.stringify(e) })),
  );
  if (events.length) await db.insertInto('events').values(events).onConflict((oc) => oc.column('id').doNothing()).execute();
  const memberships = Object.entries(grouping.articles).map(([id, g]) => ({
    article_id: id,
    story_id: g.story,
    event_id: g.event ?? null,
    duplicate_of: g.duplicateOf ?? null,
    similarity: g.similarity ?? null,
  }));
  if (memberships.length) await db.insertInto('article_story').values(memberships).onConflict((oc) => oc.column('article_id').doNothing()).execute();
}

export interface StoryRow {
  id: string;
  title: string;
  articleCount: number;
  outletCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: string;
}

export type StorySort = 'newest' | 'covered';

export async function listStories(db: Db, options: { sort?: StorySort; limit?: number; offset?: number } = {}): Promise<StoryRow[]> {
  let query = db.selectFrom('stories').select(['id', 'title', 'article_count', 'outlet_count', 'first_published', 'last_published', 'updated_at']);
  query = options.sort === 'covered'
    ? query.orderBy('article_count', 'desc').orderBy('outlet_count', 'desc').orderBy('last_published', (o) => o.desc().nullsLast())
    : query.orderBy('last_published', (o) => o.desc().nullsLast()).orderBy('article_count', 'desc');
  const rows = await query.orderBy('id').limit(options.limit ?? 50).offset(options.offset ?? 0).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    articleCount: r.article_count,
    outletCount: r.outlet_count,
    firstPublished: r.first_published?.toISOString() ?? null,
    lastPublished: r.last_published?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
  }));
}

export interface StoryDetail extends StoryRow {
  snapshot: StorySnapshot;
}

export async function getStory(db: Db, id: string): Promise<StoryDetail | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    articleCount: row.article_count,
    outletCount: row.outlet_count,
    firstPublished: row.first_published?.toISOString() ?? null,
    lastPublished: row.last_published?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    snapshot: row.snapshot as StorySnapshot,
  };
}
