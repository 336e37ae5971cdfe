import { Command, Option } from 'commander';
import type { RunState } from '../main.js';
import { writeOut } from '../write.js';
import type { StoryRow } from '../../store/index.js';
import { addStoreOption, defaultListFormat, jsonlOut, jsonOut, listFormatOption, mdEscape, positiveInt, STORE_HELP, table, withStore, type ListFormat, type StoreFlags } from './store-common.js';

export function storiesCommand(state: RunState): Command {
  const command = new Command('stories')
    .description('List the stored stories, newest or most covered first.')
    .addOption(new Option('--sort <order>', 'newest (latest article first) or covered (most articles first)').choices(['newest', 'covered']).default('newest'))
    .option('-n, --limit <n>', 'how many', positiveInt, 30)
    .addOption(listFormatOption())
    .addHelpText('after', `${STORE_HELP}

Examples:
  $ corroborate stories
  $ corroborate stories --sort covered --limit 10 --format md

Exit status: 0, 1 when the database cannot be opened, 2 on a usage error.`);
  addStoreOption(command).action(async (flags: StoreFlags & { sort: 'newest' | 'covered'; limit: number; format?: ListFormat }) => {
    await withStore(flags, state, async (store) => {
      const { listStories } = await import('../../store/index.js');
      const stories = await listStories(store.db, { sort: flags.sort, limit: flags.limit });
      await writeOut(formatStories(stories, defaultListFormat(flags.format)));
    });
  });
  return command;
}

export function formatStories(stories: StoryRow[], format: ListFormat): string {
  if (format === 'json') return jsonOut(stories);
  if (format === 'jsonl') return jsonlOut(stories);
  const day = (iso: string | null) => iso?.slice(0, 10) ?? '-';
  if (format === 'md') {
    return ['| Story | Articles | Outlets | From | To | Id |', '|---|---:|---:|---|---|---|', ...stories.map((s) => `| ${mdEscape(s.title)} | ${s.articleCount} | ${s.outletCount} | ${day(s.firstPublished)} | ${day(s.lastPublished)} | \`${s.id}\` |`)].join('\n') + '\n';
  }
  if (!stories.length) return 'No stories stored yet: run corroborate ingest first.\n';
  return table(['ID', 'ARTICLES', 'OUTLETS', 'FROM', 'TO', 'TITLE'], stories.map((s) => [s.id, String(s.articleCount), String(s.outletCount), day(s.firstPublished), day(s.lastPublished), s.title]), 70);
}
