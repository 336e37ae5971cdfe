import { Command, Option } from 'commander';
import type { RunState } from '../main.js';
import { writeOut } from '../write.js';
import { addStoreOption, STORE_HELP, withStore, type StoreFlags } from './store-common.js';

export function exportCommand(state: RunState): Command {
  const command = new Command('export')
    .description('Write out the store: every document as JSON Lines, or the analyze report over every stored article.')
    .addOption(new Option('-f, --format <format>', 'jsonl: one stored document a line (text, meta, layers, map, messages); report: the analyze report JSON').choices(['jsonl', 'report']).default('jsonl'))
    .addHelpText('after', `${STORE_HELP}

The report is computed afresh over all stored articles (schema/report.schema.json), so it needs them all in memory.

Examples:
  $ corroborate export > documents.jsonl
  $ corroborate export --format report > report.json

Exit status: 0, 1 when the database cannot be opened, 2 on a usage error.`);
  addStoreOption(command).action(async (flags: StoreFlags & { format: 'jsonl' | 'report' }) => {
    await withStore(flags, state, async (store) => {
      const { exportDocs, loadDocs } = await import('../../store/index.js');
      if (flags.format === 'jsonl') {
        // Written page by page, so that memory stays flat however large the store.
        let lines: string[] = [];
        for await (const doc of exportDocs(store.db)) {
          lines.push(JSON.stringify(doc));
          if (lines.length >= 200) {
            await writeOut(lines.join('\n') + '\n');
            lines = [];
          }
        }
        if (lines.length) await writeOut(lines.join('\n') + '\n');
        return;
      }
      const [{ splitStages }, { ANALYZE_STAGES }, { buildReport }] = await Promise.all([import('../../store/regroup.js'), import('../../pipeline/order.js'), import('../../output/report.js')]);
      const ids = (await store.db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
      const docs = await loadDocs(store.db, ids);
      const { corpus } = await splitStages(ANALYZE_STAGES);
      const { corpus: result, messages } = corpus.run(docs);
      await writeOut(JSON.stringify(buildReport(result, [...docs.flatMap((d) => d.messages), ...messages]), null, 2) + '\n');
    });
  });
  return command;
}
