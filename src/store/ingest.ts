import { sql, type Kysely, type Transaction } from 'kysely';
import type { Doc } from '../core/doc.js';
import { message, type Message } from '../core/message.js';
import type { RawInput } from '../core/raw-input.js';
import { ingest, type IngestOptions } from '../ingest/index.js';
import { toDoc } from '../app/to-doc.js';
import type { Stage } from '../pipeline/stage.js';
import { insertDocs, knownIds } from './articles.js';
import type { Store } from './db.js';
import type { Database } from './schema.js';
import { regroup, splitStages, type SplitStages } from './regroup.js';

export interface IngestSummary {
  /** Articles stored by this run. */
  added: number;
  /** Articles met that were stored already (by an earlier run, or earlier in this one). */
  stored: number;
  /** Inputs that could not be read or extracted. */
  failed: number;
  /** Stories created or regrouped. */
  stories: number;
  messages: Message[];
}

export interface StoreIngestOptions {
  ingest?: IngestOptions;
  /** Articles per transaction; each batch is regrouped and committed before the next is read. */
  batchSize?: number;
  stages?: readonly Stage[];
  /** After each input (ok = false when it failed or was skipped as stored). */
  onInput?(source: string, status: 'added' | 'stored' | 'failed'): void;
  /** After each committed batch, with the running totals. */
  onBatch?(summary: IngestSummary): void;
}

export const DEFAULT_BATCH = 50;

/** The analyze stages, imported on first use: their models and lexicons are not needed to read the store. */
async function analyzeStages(): Promise<readonly Stage[]> {
  return (await import('../pipeline/order.js')).ANALYZE_STAGES;
}

/**
 * Reads inputs into the store. Ids are content ids, so a stored article is recognised before any
 * extraction work and skipped; each batch is one transaction (articles, messages, the regrouped stories,
 * events, entities and snapshots together), so a run killed half-way leaves every committed batch whole and
 * nothing of the batch in flight, and running the same command again picks up where it stopped.
 */
export async function ingestIntoStore(store: Store, specs: string[], options: StoreIngestOptions = {}): Promise<IngestSummary> {
  const stages = await splitStages(options.stages ?? (await analyzeStages()));
  const summary: IngestSummary = { added: 0, stored: 0, failed: 0, stories: 0, messages: [] };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const seen = new Set<string>();
  let pending: RawInput[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    await storeBatch(store, stages, batch, summary, options);
    options.onBatch?.({ ...summary, messages: [...summary.messages] });
  };
  for await (const event of ingest(specs, options.ingest ?? {})) {
    if (event.type === 'message') {
      summary.messages.push(event.message);
      if (event.message.severity === 'error') {
        summary.failed++;
        options.onInput?.(event.message.source, 'failed');
      }
      continue;
    }
    if (seen.has(event.input.id)) {
      summary.stored++;
      options.onInput?.(event.input.source, 'stored');
      continue;
    }
    seen.add(event.input.id);
    pending.push(event.input);
    if (pending.length >= batchSize) await flush();
  }
  if (pending.length) await flush();
  return summary;
}

async function storeBatch(store: Store, stages: SplitStages, batch: RawInput[], summary: IngestSummary, options: StoreIngestOptions): Promise<void> {
  const known = await knownIds(store.db, batch.map((i) => i.id));
  const docs: Doc[] = [];
  for (const input of batch) {
    if (known.has(input.id)) {
      summary.stored++;
      options.onInput?.(input.source, 'stored');
      continue;
    }
    try {
      docs.push(toDoc(input));
    } catch (error) {
      summary.failed++;
      const detail = error instanceof Error ? error.message : String(error);
      summary.messages.push(message('error', 'stage-failed', input.source, { stage: `extract-${input.kind}`, detail }, { stage: `extract-${input.kind}` }));
      options.onInput?.(input.source, 'failed');
    }
  }
  if (!docs.length) return;
  const { messages } = stages.perDoc.run(docs);
  const result = await writeTransaction(store.db, async (tx) => {
    const inserted = await insertDocs(tx, docs);
    const fresh = new Set(inserted);
    const regrouped = await regroup(tx, stages.corpus, docs.filter((d) => fresh.has(d.id)));
    return { inserted: inserted.length, regrouped };
  });
  for (const doc of docs) {
    summary.messages.push(...doc.messages.filter((m) => !messages.includes(m)));
    options.onInput?.(doc.source, 'added');
  }
  summary.messages.push(...messages);
  summary.added += result.inserted;
  summary.stored += docs.length - result.inserted;
  summary.stories += result.regrouped.stories.length;
}

/** Stores one already-extracted document (the API's POST /api/articles); false when it was stored before. */
export async function ingestDoc(store: Store, doc: Doc, stageList?: readonly Stage[]): Promise<{ added: boolean; story: string | null; messages: Message[] }> {
  const stages = await splitStages(stageList ?? (await analyzeStages()));
  if ((await knownIds(store.db, [doc.id])).size) return { added: false, story: await storyOf(store, doc.id), messages: [] };
  const { messages } = stages.perDoc.run([doc]);
  const added = await writeTransaction(store.db, async (tx) => {
    const inserted = await insertDocs(tx, [doc]);
    if (inserted.length) await regroup(tx, stages.corpus, [doc]);
    return inserted.length > 0;
  });
  return { added, story: await storyOf(store, doc.id), messages };
}

/** Any number chosen once: the key of the advisory lock that writers to one database take. */
const WRITE_LOCK = 72_817_001;

/**
 * A transaction that holds the store's write lock until it ends: two processes ingesting into one
 * PostgreSQL database would otherwise regroup overlapping windows at once and collide on story ids.
 */
export function writeTransaction<T>(db: Kysely<Database>, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx);
    return work(tx);
  });
}

async function storyOf(store: Store, id: string): Promise<string | null> {
  const row = await store.db.selectFrom('article_story').select('story_id').where('article_id', '=', id).executeTakeFirst();
  return row?.story_id ?? null;
}
