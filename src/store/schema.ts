import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ArticleMeta } from '../core/doc.js';
import type { Message } from '../core/message.js';
import type { Span } from '../core/span.js';

/**
 * The tables, as Kysely sees them. One schema for PGlite and PostgreSQL: both run the same migrations
 * (src/store/migrations) through the same `pg` driver, so the same query returns the same JavaScript types.
 */
export interface Database {
  articles: ArticleTable;
  messages: MessageTable;
  stories: StoryTable;
  events: EventTable;
  article_story: ArticleStoryTable;
  entities: EntityTable;
  entity_mentions: EntityMentionTable;
}

type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface ArticleTable {
  /** The content id of the article's bytes (src/core/ids.ts). */
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** meta.published as the article stated it (a date alone or a time with its offset). */
  published: string | null;
  /** The same instant as a timestamp, for ordering and time windows (midnight UTC for a date alone). */
  published_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  /** published_at, else the day the text is about, else the time of ingest: the key of regrouping windows. */
  grouping_at: ColumnType<Date, Date | string, Date | string>;
  language: string | null;
  text: string;
  meta: Json<ArticleMeta>;
  map: Json<number[][]>;
  layers: Json<Record<string, Span[]>>;
  ingested_at: ColumnType<Date, never, never>;
}

export interface MessageTable {
  id: Generated<string>;
  article_id: string | null;
  severity: string;
  code: string;
  source: string;
  reason: string;
  place: Json<NonNullable<Message['place']> | null>;
  stage: string | null;
}

export interface StoryTable {
  id: string;
  title: string;
  article_count: number;
  outlet_count: number;
  first_published: ColumnType<Date | null, Date | string | null, Date | string | null>;
  last_published: ColumnType<Date | null, Date | string | null, Date | string | null>;
  updated_at: ColumnType<Date, Date | string, Date | string>;
  /** What the pipeline computed for the story (see snapshot.ts), so that a story page needs no recomputation. */
  snapshot: Json<object>;
}

export interface EventTable {
  id: string;
  story_id: string;
  title: string;
  start_day: string | null;
  end_day: string | null;
  article_count: number;
  data: Json<object>;
}

export interface ArticleStoryTable {
  article_id: string;
  story_id: string;
  event_id: string | null;
  duplicate_of: string | null;
  similarity: number | null;
}

export interface EntityTable {
  id: string;
  type: string;
  name: string;
  aliases: Json<string[]>;
  roles: Json<string[]>;
  /** Kept by writeEntities (migration 002): mentions, and distinct articles mentioning it. */
  mention_count: Generated<number>;
  article_count: Generated<number>;
}

export interface EntityMentionTable {
  entity_id: string;
  article_id: string;
  start: number;
  end: number;
  text: string;
}
