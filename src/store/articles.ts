import type { Kysely } from 'kysely';
import { Doc, type DocJSON } from '../core/doc.js';
import { anchorDay, mentionedDays } from '../cluster/dates.js';
import type { Database } from './schema.js';
import { DAY_MS } from '../core/time.js';

type Db = Kysely<Database>;

/** The ids among `ids` that are stored already: ingest skips them before any extraction work. */
export async function knownIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('articles').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

export function publishedAt(published: string | undefined): Date | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * The time a document is grouped by: its publication time; for an undated one, the day its text is about
 * (the day it mentions most, from the times layer), else `now` — an undated article read today is most
 * likely about recent news. Undated articles thus have a place in time, and a batch need not regroup them all.
 */
export function groupingTime(doc: Doc, now: Date): Date {
  const published = publishedAt(doc.meta.published);
  if (published) return published;
  const day = anchorDay(doc, mentionedDays(doc));
  return day === undefined ? now : new Date(day * DAY_MS);
}

/** Inserts documents and their messages; a document whose id is stored already is left as it is. */
export async function insertDocs(db: Db, docs: readonly Doc[]): Promise<string[]> {
  if (!docs.length) return [];
  const now = new Date();
  const rows = docs.map((doc) => {
    const m = doc.meta;
    const json = doc.toJSON();
    return {
      id: doc.id,
      source: doc.source,
      url: m.canonicalUrl ?? m.url ?? null,
      title: m.title ?? null,
      outlet: m.outlet ?? null,
      published: m.published ?? null,
      published_at: publishedAt(m.published),
      grouping_at: groupingTime(doc, now),
      language: m.language ?? null,
      text: doc.text,
      meta: JSON.stringify(json.meta),
      map: JSON.stringify(json.map),
      layers: JSON.stringify(json.layers),
    };
  });
  const inserted = await db.insertInto('articles').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
  const fresh = new Set(inserted.map((r) => r.id));
  const messages = docs
    .filter((d) => fresh.has(d.id))
    .flatMap((d) => d.messages.map((m) => ({ article_id: d.id, severity: m.severity, code: m.code, source: m.source, reason: m.reason, place: JSON.stringify(m.place ?? null), stage: m.stage ?? null })));
  if (messages.length) await db.insertInto('messages').values(messages).execute();
  return [...fresh];
}

/** Stored documents by id, with their layers, map and messages, in the order of `ids` (missing ids dropped). */
export async function loadDocs(db: Db, ids: readonly string[]): Promise<Doc[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('articles').select(['id', 'source', 'text', 'meta', 'map', 'layers']).where('id', 'in', [...ids]).execute();
  const messages = await db.selectFrom('messages').selectAll().where('article_id', 'in', [...ids]).orderBy('id').execute();
  const byArticle = new Map<string, DocJSON['messages']>();
  for (const m of messages) {
    const list = byArticle.get(m.article_id!) ?? [];
    list.push({ severity: m.severity as 'error', code: m.code as DocJSON['messages'][number]['code'], reason: m.reason, source: m.source, ...(m.place ? { place: m.place } : {}), ...(m.stage ? { stage: m.stage } : {}) });
    byArticle.set(m.article_id!, list);
  }
  const byId = new Map(rows.map((r) => [r.id, Doc.fromJSON({ id: r.id, source: r.source, text: r.text, meta: r.meta, map: r.map, layers: r.layers, messages: byArticle.get(r.id) ?? [] })]));
  return ids.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
}

export interface ArticleRecord {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  ingestedAt: string;
  story: string | null;
  event: string | null;
  duplicateOf: string | null;
  similarity: number | null;
  /** The document in its one serialised shape (core/doc.ts): text, meta, layers, map, messages. */
  doc: DocJSON;
}

export async function getArticle(db: Db, id: string): Promise<ArticleRecord | undefined> {
  const row = await db
    .selectFrom('articles as a')
    .leftJoin('article_story as s', 's.article_id', 'a.id')
    .select(['a.id', 'a.source', 'a.title', 'a.outlet', 'a.url', 'a.published', 'a.language', 'a.ingested_at', 's.story_id', 's.event_id', 's.duplicate_of', 's.similarity'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [doc] = await loadDocs(db, [id]);
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    language: row.language,
    ingestedAt: row.ingested_at.toISOString(),
    story: row.story_id,
    event: row.event_id,
    duplicateOf: row.duplicate_of,
    similarity: row.similarity,
    doc: doc!.toJSON(),
  };
}

export async function countArticles(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every stored document, oldest ingest first, read in pages by id so that memory stays flat. */
export async function* exportDocs(db: Db, pageSize = 200): AsyncGenerator<DocJSON> {
  let after = '';
  for (;;) {
    const ids = await db.selectFrom('articles').select('id').where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (!ids.length) return;
    for (const doc of await loadDocs(db, ids.map((r) => r.id))) yield doc.toJSON();
    after = ids[ids.length - 1]!.id;
  }
}
