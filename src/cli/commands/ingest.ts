import { Command, Option } from 'commander';
import { addInputOptions, ingestOptions, type InputFlags } from '../inputs.js';
import { printMessages } from '../messages.js';
import { inputProgress } from '../progress.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';
import { addStoreOption, positiveInt, STORE_HELP, withStore, type StoreFlags } from './store-common.js';

export function ingestCommand(state: RunState): Command {
  const command = new Command('ingest')
    .description('Read articles into the store: extract, annotate and group them into stories, one transaction per batch.')
    .option('--batch-size <n>', 'articles per transaction', positiveInt, 50)
    .addOption(new Option('-f, --format <format>', 'summary format (default: text)').choices(['text', 'json']))
    .addHelpText('after', `${STORE_HELP}

Articles already stored (same content id) are skipped before extraction, so running the same command
again after an interruption resumes it, and ingesting the same input twice changes nothing.

Examples:
  $ corroborate ingest examples/corpus
  $ corroborate ingest feeds/*.xml --db ./news-db
  $ DATABASE_URL=postgres://localhost/news corroborate ingest archive.warc.gz

Exit status: 0 when every input was read, 1 when any input failed (the others are still stored) or the
database cannot be opened, 2 on a usage error.`);
  addStoreOption(addInputOptions(command)).action(async (inputs: string[], flags: InputFlags & StoreFlags & { batchSize: number; format?: 'text' | 'json' }) => {
    await withStore(flags, state, async (store) => {
      const { ingestIntoStore } = await import('../../store/index.js');
      const progress = inputProgress(!flags.quiet);
      let summary;
      try {
        summary = await ingestIntoStore(store, inputs, {
          ingest: ingestOptions(flags),
          batchSize: flags.batchSize,
          onInput: (source, status) => progress.tick(source, status !== 'failed'),
        });
      } finally {
        progress.stop();
      }
      printMessages(summary.messages, flags.quiet);
      const { added, stored, failed, stories } = summary;
      await writeOut(flags.format === 'json'
        ? `${JSON.stringify({ added, stored, failed, stories, database: store.location, backend: store.backend })}\n`
        : `${added} new, ${stored} already stored, ${failed} failed; ${stories} stories updated in ${store.location}\n`);
      state.exitCode = failed ? EXIT.input : EXIT.ok;
    });
  });
  return command;
}
