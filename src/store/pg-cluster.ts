import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test.sh', import.meta.url));

export interface TestDatabase {
  url: string;
  /** A fresh schema for this run, so that runs against a shared DATABASE_URL do not meet. */
  schema: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL database for the contract tests: DATABASE_URL when set, else a throwaway cluster that
 * scripts/pg-test.sh starts with Debian's binaries. Throws (so the test fails, never skips) when neither works.
 */
export async function testDatabase(): Promise<TestDatabase> {
  const schema = `corroborate_test_${process.pid}_${Date.now()}`;
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, schema, stop: () => dropSchema(given, schema) };
  let out: string;
  try {
    out = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`could not start a throwaway PostgreSQL (set DATABASE_URL, install Debian's postgresql, or set CORROBORATE_SKIP_PG=1 to skip locally): ${stderr.trim()}`);
  }
  const env = Object.fromEntries([...out.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const dir = env.PGTEST_DIR!;
  return {
    url: env.DATABASE_URL!,
    schema,
    stop: async () => {
      execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore', timeout: 60_000 });
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
