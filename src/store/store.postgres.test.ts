import { after, test } from 'node:test';
import { openStore } from './db.js';
import { testDatabase, type TestDatabase } from './pg-cluster.js';
import { storeContract } from './store.contract.js';

// Runs against DATABASE_URL, or a throwaway cluster of Debian's PostgreSQL. When neither can be had the
// suite fails: CI must not pass without having run it. Only an explicit CORROBORATE_SKIP_PG=1 (a local run
// on a machine without PostgreSQL, never in CI) skips it.
if (process.env.CORROBORATE_SKIP_PG === '1' && !process.env.DATABASE_URL && !process.env.CI) {
  test('store contract: postgres', { skip: 'CORROBORATE_SKIP_PG=1 is set' }, () => {});
} else {
  let database: TestDatabase | undefined;
  after(async () => {
    await database?.stop();
  });
  storeContract('postgres', async () => {
    database = await testDatabase();
    return openStore({ url: database.url, schema: database.schema });
  });
}
