import { type Kysely, sql } from 'kysely';

/**
 * The first schema. Full-text search uses a stored generated tsvector (title weighted above the body) under
 * a GIN index; `english` stemming is a fixed regconfig, so the expression is immutable as generated columns
 * require, and PGlite (PostgreSQL 18) and Debian's PostgreSQL 15 accept the same statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table articles (
      id text primary key,
      source text not null,
      url text,
      title text,
      outlet text,
      published text,
      published_at timestamptz,
      -- The time that decides which stored articles a new batch is grouped with (regroup.ts): published_at,
      -- else the day the text is about, else the time of ingest.
      grouping_at timestamptz not null,
      language text,
      text text not null,
      meta jsonb not null,
      map jsonb not null,
      layers jsonb not null,
      ingested_at timestamptz not null default now(),
      search tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
      ) stored
    )`.execute(db);
  await sql`create index articles_search on articles using gin (search)`.execute(db);
  await sql`create index articles_grouping on articles (grouping_at)`.execute(db);
  await sql`
    create table messages (
      id bigint generated always as identity primary key,
      article_id text references articles (id) on delete cascade,
      severity text not null,
      code text not null,
      source text not null,
      reason text not null,
      place jsonb,
      stage text
    )`.execute(db);
  await sql`create index messages_article on messages (article_id)`.execute(db);
  await sql`
    create table stories (
      id text primary key,
      title text not null,
      article_count integer not null,
      outlet_count integer not null,
      first_published timestamptz,
      last_published timestamptz,
      updated_at timestamptz not null,
      snapshot jsonb not null
    )`.execute(db);
  await sql`create index stories_last on stories (last_published desc nulls last)`.execute(db);
  await sql`
    create table events (
      id text primary key,
      story_id text not null references stories (id) on delete cascade,
      title text not null,
      start_day text,
      end_day text,
      article_count integer not null,
      data jsonb not null
    )`.execute(db);
  await sql`create index events_story on events (story_id)`.execute(db);
  await sql`
    create table article_story (
      article_id text primary key references articles (id) on delete cascade,
      story_id text not null references stories (id) on delete cascade,
      event_id text,
      duplicate_of text,
      similarity double precision
    )`.execute(db);
  await sql`create index article_story_story on article_story (story_id)`.execute(db);
  await sql`
    create table entities (
      id text primary key,
      type text not null,
      name text not null,
      aliases jsonb not null,
      roles jsonb not null
    )`.execute(db);
  await sql`
    create table entity_mentions (
      entity_id text not null references entities (id) on delete cascade,
      article_id text not null references articles (id) on delete cascade,
      start integer not null,
      "end" integer not null,
      -- The mention as written, sliced in JavaScript: offsets are UTF-16 units, which substr() does not count.
      text text not null,
      primary key (article_id, start, "end", entity_id)
    )`.execute(db);
  await sql`create index entity_mentions_entity on entity_mentions (entity_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['entity_mentions', 'entities', 'article_story', 'events', 'stories', 'messages', 'articles']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
