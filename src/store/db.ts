import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { acquireLock, accessError, StoreError, type Lock } from './lock.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export const DEFAULT_DIR = '.corroborate';

export interface StoreOptions {
  /** A PGlite data folder (created if missing). */
  dir?: string;
  /** A PostgreSQL connection string; used when no `dir` is given. */
  url?: string;
  /** PostgreSQL only: a schema to work in (created if missing), so that test runs do not meet. */
  schema?: string;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly backend: 'pglite' | 'postgres';
  /** The folder or the URL without its password, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

/** `--db DIR` wins, then DATABASE_URL, then ./.corroborate. */
export function storeOptions(flags: { db?: string }, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  if (flags.db) return { dir: flags.db };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dir: DEFAULT_DIR };
}

/**
 * Opens the store and brings its schema up to date. Both backends go through the `pg` driver and Kysely's
 * PostgresDialect (PGlite through `createPgConfig`), so one query layer serves both and returns the same
 * types; src/store/README.md says why this was chosen over a PGlite-specific dialect.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.dir !== undefined || !options.url ? await openPGlite(options.dir ?? DEFAULT_DIR) : await openPostgres(options.url, options.schema);
  try {
    await migrate(store.db, store.backend === 'postgres' ? options.schema : undefined);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPGlite(folder: string): Promise<Store> {
  const dir = resolve(folder);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw accessError(folder, error as NodeJS.ErrnoException);
  }
  const lock: Lock = acquireLock(dir);
  try {
    // Imported here: the WASM module is large and only this backend needs it.
    const [{ PGlite }, { createPgConfig }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/node-postgres')]);
    const pglite = new PGlite(join(dir, 'pgdata'));
    await pglite.waitReady;
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      backend: 'pglite',
      location: folder,
      async close() {
        // Without an explicit close PGlite keeps the process alive for about 10 s after a write.
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw accessError(folder, error as NodeJS.ErrnoException);
    throw new StoreError(`cannot open the database in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  const location = redact(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => {}); // an idle client's dropped connection surfaces on the next query instead
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new StoreError(`cannot connect to PostgreSQL at ${location}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, backend: 'postgres', location, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, schema: string | undefined): Promise<void> {
  // Kysely looks for its bookkeeping tables across schemas: name the schema so that another run's tables
  // in a sibling schema are not taken for ours.
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError(`database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
