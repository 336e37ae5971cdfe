import { Command, InvalidArgumentError } from 'commander';
import { EXIT, type RunState } from '../main.js';
import { addStoreOption, STORE_HELP, withStore, type StoreFlags } from './store-common.js';

interface WatchFlags extends StoreFlags {
  interval: number;
  maxBackoff?: number;
  once?: boolean;
  allowPrivate?: boolean;
}

export function watchCommand(state: RunState): Command {
  const command = new Command('watch')
    .description('Poll RSS/Atom feeds and store their new articles, regrouping the stories they touch.')
    .argument('<feed...>', 'feed URLs (http or https)')
    .option('-i, --interval <seconds>', 'seconds between polls of each feed', toSeconds, 300)
    .option('--max-backoff <seconds>', 'longest wait after repeated failures (default 16 × interval, at most 3600)', toSeconds)
    .option('--once', 'poll every feed once and exit (status 1 when a poll failed)')
    .option('--allow-private', 'poll feeds on loopback or private addresses (refused by default)')
    .addHelpText('after', `${STORE_HELP}

Each feed is asked with If-None-Match / If-Modified-Since, so an unchanged feed costs one 304. A feed that
fails is retried after interval × 2, × 4, … up to the cap, with one line per failed poll on standard error.
Ctrl-C (or SIGTERM) stops after the poll in flight and closes the store.

PGlite serves one process at a time: while "corroborate serve" runs on the same --db, use
"corroborate serve --watch FEED..." instead, which runs this watcher inside the server. With PostgreSQL
(DATABASE_URL) "watch" and "serve" can run side by side.

Examples:
  $ corroborate watch https://example.org/rss.xml --db ./news-db --interval 600
  $ corroborate watch https://example.org/rss.xml https://example.com/atom --once`);
  addStoreOption(command).action(async (feeds: string[], flags: WatchFlags) => {
    const bad = feeds.find((f) => !/^https?:\/\//i.test(f));
    if (bad) {
      process.stderr.write(`corroborate: watch takes http or https feed URLs, not "${bad}" (use "corroborate ingest" for files)\n`);
      state.exitCode = EXIT.usage;
      return;
    }
    await withStore(flags, state, async (store) => {
      const { FeedWatcher, describePoll } = await import('../../watch/watcher.js');
      const { startWatching, untilSignal } = await import('../../watch/run.js');
      const options = { intervalSec: flags.interval, allowPrivate: flags.allowPrivate ?? false, ...(flags.maxBackoff ? { maxBackoffSec: flags.maxBackoff } : {}) };
      if (flags.once) {
        const watcher = new FeedWatcher(store, feeds, { ...options, report: (r) => process.stderr.write(`corroborate: ${describePoll(r, { once: true })}\n`) });
        try {
          const results = await watcher.pollAll();
          if (results.some((r) => r.outcome === 'failed')) state.exitCode = EXIT.input;
        } finally {
          await watcher.stop();
        }
        return;
      }
      const stopped = untilSignal(); // before the announcement, which a supervisor may answer with a signal
      process.stderr.write(`corroborate: watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${flags.interval} s into ${store.location}; Ctrl-C stops\n`);
      const watcher = startWatching(store, feeds, options);
      await stopped;
      process.stderr.write('corroborate: stopping after the poll in flight\n');
      await watcher.stop();
    });
  });
  return command;
}

export function toSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}
