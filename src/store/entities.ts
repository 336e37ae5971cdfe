import { type Kysely, sql } from 'kysely';
import { contentId } from '../core/ids.js';
import type { Entity } from '../annotate/entities/index.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/**
 * A stored entity's id: from its type and folded name, not from linkEntities' id (which names the entity
 * after its first mention and so changes when a window of articles is grouped again). Two windows that meet
 * the same name therefore add to one stored entity.
 */
export function storedEntityId(entity: Pick<Entity, 'type' | 'name'>): string {
  const folded = entity.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `ent-${contentId(`${entity.type}|${folded}`).slice(0, 12)}`;
}

/** Replaces the entity mentions of the articles `ids` with those in `corpus:entities`; drops entities left with none. */
export async function writeEntities(db: Db, ids: readonly string[], corpus: Corpus): Promise<void> {
  const touched = new Set<string>();
  if (ids.length) for (const r of await db.deleteFrom('entity_mentions').where('article_id', 'in', [...ids]).returning('entity_id').execute()) touched.add(r.entity_id);
  const linked = (corpus.results.get('corpus:entities') as Entity[] | undefined) ?? [];
  const merged = new Map<string, { id: string; type: string; name: string; aliases: Set<string>; roles: Set<string>; mentions: Map<string, Entity['mentions'][number]> }>();
  for (const e of linked) {
    const id = storedEntityId(e);
    const m = merged.get(id) ?? { id, type: e.type, name: e.name, aliases: new Set<string>(), roles: new Set<string>(), mentions: new Map() };
    for (const a of e.aliases) m.aliases.add(a);
    for (const r of e.roles) m.roles.add(r);
    for (const mention of e.mentions) m.mentions.set(`${mention.article}:${mention.start}:${mention.end}`, mention);
    merged.set(id, m);
  }
  const rows = [...merged.values()];
  // Chunked: one statement's parameters are limited (65,535), and a large window has many mentions.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await db.insertInto('entities')
      .values(chunk.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: JSON.stringify([...e.aliases]), roles: JSON.stringify([...e.roles]) })))
      .onConflict((oc) => oc.column('id').doUpdateSet({
        aliases: sql`(select coalesce(jsonb_agg(distinct v), '[]'::jsonb) from jsonb_array_elements(entities.aliases || excluded.aliases) as v)`,
        roles: sql`(select coalesce(jsonb_agg(distinct v), '[]'::jsonb) from jsonb_array_elements(entities.roles || excluded.roles) as v)`,
      }))
      .execute();
  }
  const texts = new Map(corpus.docs.map((d) => [d.id, d.text]));
  const mentions = rows.flatMap((e) => [...e.mentions.values()].map((m) => ({ entity_id: e.id, article_id: m.article, start: m.start, end: m.end, text: texts.get(m.article)?.slice(m.start, m.end) ?? '' })));
  for (let i = 0; i < mentions.length; i += 5000) {
    await db.insertInto('entity_mentions').values(mentions.slice(i, i + 5000)).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const e of rows) touched.add(e.id);
  const list = [...touched];
  await recount(db, list);
  // Only an entity whose mentions were just replaced can have lost them all: look at those, not at every
  // entity of the store (that anti-join grew with the store and halved the ingest rate at 100,000 articles).
  for (let i = 0; i < list.length; i += 1000) {
    await db.deleteFrom('entities').where('id', 'in', list.slice(i, i + 1000)).where('mention_count', '=', 0).execute();
  }
}

/** Sets the kept counts of these entities from their mentions (an index scan per entity). */
async function recount(db: Db, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    // Zero first: an entity left without mentions is not in the counted rows below.
    await db.updateTable('entities').set({ mention_count: 0, article_count: 0 }).where('id', 'in', chunk).execute();
    await sql`
      update entities e set mention_count = c.n, article_count = c.a
      from (select entity_id, count(*)::int as n, count(distinct article_id)::int as a from entity_mentions where entity_id in (${sql.join(chunk)}) group by entity_id) c
      where e.id = c.entity_id`.execute(db);
  }
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  articles: number;
}

export async function listEntities(db: Db, options: { type?: string; q?: string; limit?: number; offset?: number } = {}): Promise<EntityRow[]> {
  let query = db.selectFrom('entities as e').select(['e.id', 'e.type', 'e.name', 'e.aliases', 'e.roles', 'e.mention_count', 'e.article_count']);
  if (options.type) query = query.where('e.type', '=', options.type.toUpperCase());
  if (options.q) query = query.where('e.name', 'ilike', `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await query.orderBy('e.article_count', 'desc').orderBy('e.mention_count', 'desc').orderBy('e.name').limit(options.limit ?? 50).offset(options.offset ?? 0).execute();
  return rows.map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: r.aliases, roles: r.roles, mentions: r.mention_count, articles: r.article_count }));
}

export interface EntityDetail extends EntityRow {
  /** Every mention, with the article's title and story. */
  mentionList: { article: string; title: string | null; story: string | null; start: number; end: number; text: string }[];
}

export async function getEntity(db: Db, id: string): Promise<EntityDetail | undefined> {
  const [row] = await listEntitiesById(db, id);
  if (!row) return undefined;
  const mentions = await db
    .selectFrom('entity_mentions as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .leftJoin('article_story as s', 's.article_id', 'm.article_id')
    .select(['m.article_id', 'm.start', 'm.end', 'm.text', 'a.title', 's.story_id'])
    .where('m.entity_id', '=', id)
    .orderBy('a.published_at', (o) => o.desc().nullsLast())
    .orderBy('m.article_id')
    .orderBy('m.start')
    .limit(1000)
    .execute();
  return { ...row, mentionList: mentions.map((m) => ({ article: m.article_id, title: m.title, story: m.story_id, start: m.start, end: m.end, text: m.text })) };
}

async function listEntitiesById(db: Db, id: string): Promise<EntityRow[]> {
  const rows = await db
    .selectFrom('entities as e')
    .leftJoin('entity_mentions as m', 'm.entity_id', 'e.id')
    .select(['e.id', 'e.type', 'e.name', 'e.aliases', 'e.roles'])
    .select((eb) => [eb.fn.count<string>('m.article_id').as('mentions'), eb.fn.count<string>('m.article_id').distinct().as('articles')])
    .where('e.id', '=', id)
    .groupBy(['e.id', 'e.type', 'e.name', 'e.aliases', 'e.roles'])
    .execute();
  return rows.map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: r.aliases, roles: r.roles, mentions: Number(r.mentions), articles: Number(r.articles) }));
}
