import { Command } from 'commander';
import type { RunState } from '../main.js';
import { writeOut } from '../write.js';
import type { EntityRow } from '../../store/index.js';
import { addStoreOption, defaultListFormat, jsonlOut, jsonOut, listFormatOption, mdEscape, positiveInt, STORE_HELP, table, withStore, type ListFormat, type StoreFlags } from './store-common.js';

export interface StoredEntityFlags extends StoreFlags {
  type?: string;
  name?: string;
  limit: number;
  format?: ListFormat;
}

/**
 * `corroborate entities-db`: the entities of the store, most widely reported first. The `entities PATH...`
 * command over files is another command; it can call runStoredEntities when it is given no paths.
 */
export function entitiesDbCommand(state: RunState): Command {
  const command = new Command('entities-db')
    .description('List the people, organisations and places of the stored articles, most widely reported first.')
    .option('-t, --type <type>', 'only this type: person, org, place, other')
    .option('--name <text>', 'only names containing this text')
    .option('-n, --limit <n>', 'how many', positiveInt, 50)
    .addOption(listFormatOption())
    .addHelpText('after', `${STORE_HELP}

Examples:
  $ corroborate entities-db --type person
  $ corroborate entities-db --name bank --format jsonl

Exit status: 0, 1 when the database cannot be opened, 2 on a usage error.`);
  addStoreOption(command).action((flags: StoredEntityFlags) => runStoredEntities(flags, state));
  return command;
}

export async function runStoredEntities(flags: StoredEntityFlags, state: RunState): Promise<void> {
  await withStore(flags, state, async (store) => {
    const { listEntities } = await import('../../store/index.js');
    const rows = await listEntities(store.db, { limit: flags.limit, ...(flags.type ? { type: flags.type } : {}), ...(flags.name ? { q: flags.name } : {}) });
    await writeOut(formatEntities(rows, defaultListFormat(flags.format)));
  });
}

export function formatEntities(rows: EntityRow[], format: ListFormat): string {
  if (format === 'json') return jsonOut(rows);
  if (format === 'jsonl') return jsonlOut(rows);
  if (format === 'md') {
    return ['| Name | Type | Articles | Mentions | Also written | Id |', '|---|---|---:|---:|---|---|', ...rows.map((e) => `| ${mdEscape(e.name)} | ${e.type} | ${e.articles} | ${e.mentions} | ${mdEscape(e.aliases.filter((a) => a !== e.name).join(', '))} | \`${e.id}\` |`)].join('\n') + '\n';
  }
  if (!rows.length) return 'No entities stored.\n';
  return table(['ID', 'TYPE', 'ARTICLES', 'MENTIONS', 'NAME'], rows.map((e) => [e.id, e.type, String(e.articles), String(e.mentions), e.name]));
}
