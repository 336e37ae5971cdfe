import type { Store } from '../store/index.js';
import { describePoll, FeedWatcher, type WatchOptions } from './watcher.js';

/**
 * Starts watching feeds in this process, logging one line per poll to standard error (every failure, and
 * every poll that brought articles; unchanged polls are quiet). `serve --watch` and `watch` both use it.
 */
export function startWatching(store: Store, feeds: readonly string[], options: Omit<WatchOptions, 'report'>, log: (line: string) => void = (line) => process.stderr.write(`corroborate: ${line}\n`)): FeedWatcher {
  const watcher = new FeedWatcher(store, feeds, { ...options, report: (r) => (r.outcome !== 'unchanged' ? log(describePoll(r)) : undefined) });
  watcher.start();
  return watcher;
}

/** Resolves on the first SIGINT or SIGTERM (and stops listening for them). */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
