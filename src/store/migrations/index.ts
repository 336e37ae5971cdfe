import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.js';

/**
 * Every migration, in order. Listed in code rather than read from the folder at run time, so that the
 * built package and tsx run the same set; a new migration is a new file here with the next number.
 */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
