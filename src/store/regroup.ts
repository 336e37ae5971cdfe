import type { Kysely } from 'kysely';
import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { DocStage, Stage } from '../pipeline/stage.js';
import type { Grouping } from '../cluster/index.js';
import { loadDocs } from './articles.js';
import { writeEntities } from './entities.js';
import type { Database } from './schema.js';
import { storySnapshots } from './snapshot.js';
import { writeStories } from './stories.js';
import { DAY_MS } from '../core/time.js';

type Db = Kysely<Database>;

/**
 * Days either side of a batch's publication times whose stored articles are grouped again with it: the
 * story clustering's own window (BATCH_DEFAULTS.windowDays = 10), since no article further away can join a
 * story with the new ones.
 */
export const WINDOW_DAYS = 10;

export interface SplitStages {
  /** The per-document stages before the first corpus stage: run once on each new article before it is stored. */
  perDoc: Pipeline;
  /** The rest (grouping, linking, inference): run over the stored articles of a time window after each batch. */
  corpus: Pipeline;
}

/**
 * Splits the analyze stages at the first corpus stage. The corpus half starts from stored documents, which
 * already carry the per-document layers, so a no-op stage stands for those stages to satisfy checkOrder.
 */
export async function splitStages(stages: readonly Stage[]): Promise<SplitStages> {
  const cut = stages.findIndex((s) => s.scope === 'corpus');
  const head = cut < 0 ? [...stages] : stages.slice(0, cut);
  const tail = cut < 0 ? [] : stages.slice(cut);
  const stored: DocStage = { name: 'stored', scope: 'doc', requires: [], assigns: head.flatMap((s) => s.assigns), create: () => () => {} };
  return { perDoc: await buildPipeline(head), corpus: await buildPipeline([stored, ...tail]) };
}

/**
 * The stored articles whose grouping a batch can change: those whose grouping time (groupingTime: published,
 * else the day the text is about, else the time of ingest) lies within WINDOW_DAYS of a new one's, and every
 * member of a story any of them is in, so that a story is always recomputed whole.
 */
export async function windowIds(db: Db, fresh: readonly Doc[]): Promise<string[]> {
  if (!fresh.length) return [];
  const stored = await db.selectFrom('articles').select(['id', 'grouping_at']).where('id', 'in', fresh.map((d) => d.id)).execute();
  const times = stored.map((r) => r.grouping_at.getTime());
  const ids = new Set(fresh.map((d) => d.id));
  // One range per run of nearby articles, not one from the earliest to the latest: a batch that spans a
  // year of archive should not regroup the whole year.
  const ranges = mergedRanges(times, WINDOW_DAYS * DAY_MS);
  if (ranges.length) {
    const rows = await db
      .selectFrom('articles')
      .select('id')
      .where((eb) => eb.or(ranges.map(([lo, hi]) => eb.between('grouping_at', new Date(lo), new Date(hi)))))
      .execute();
    for (const r of rows) ids.add(r.id);
  }
  const members = await db
    .selectFrom('article_story')
    .select('article_id')
    .where('story_id', 'in', (eb) => eb.selectFrom('article_story').select('story_id').where('article_id', 'in', [...ids]))
    .execute();
  for (const m of members) ids.add(m.article_id);
  return [...ids].sort();
}

/** [t - pad, t + pad] for each time, overlapping ones merged, in order. */
export function mergedRanges(times: readonly number[], pad: number): [number, number][] {
  const out: [number, number][] = [];
  for (const t of [...times].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && t - pad <= last[1]) last[1] = Math.max(last[1], t + pad);
    else out.push([t - pad, t + pad]);
  }
  return out;
}

export interface RegroupResult {
  articles: number;
  stories: string[];
  messages: Message[];
}

/** Groups the window of `fresh` again and replaces its stories, events, entities and snapshots. */
export async function regroup(db: Db, corpusStages: Pipeline, fresh: readonly Doc[]): Promise<RegroupResult> {
  const ids = await windowIds(db, fresh);
  const docs = await loadDocs(db, ids);
  const { corpus, messages } = corpusStages.run(docs);
  const grouping = (corpus.results.get('corpus:events') ?? corpus.results.get('corpus:stories') ?? { stories: [], articles: {} }) as Grouping;
  const snapshots = storySnapshots(corpus, messages);
  await writeStories(db, ids, grouping, docs, snapshots);
  await writeEntities(db, ids, corpus);
  return { articles: docs.length, stories: grouping.stories.map((s) => s.id), messages };
}
