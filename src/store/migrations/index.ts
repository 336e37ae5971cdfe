import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.js';
import * as entityCounts from './002-entity-counts.js';

/**
 * Every migration, in order. Listed in code rather than read from the folder at run time, so that the
 * built package and tsx run the same set; a new migration is a new file here with the next number.
 */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-entity-counts': entityCounts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
