import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { ingestIntoStore, type IngestSummary, type Store } from '../store/index.js';
import { FeedChecker, type Validators } from './conditional.js';

export interface WatchOptions {
  /** Seconds between polls of a healthy feed. */
  intervalSec: number;
  /** Longest wait after repeated failures (default 16 × interval, at most one hour). */
  maxBackoffSec?: number;
  /** Poll loopback and private addresses (a feed on this machine or network). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Runs writes one at a time; the server passes its own, so POSTs and feed items never regroup at once. */
  serialize?: <T>(work: () => Promise<T>) => Promise<T>;
  /** After every poll, for the log line. */
  report?(result: PollResult): void;
  /** The ingest step (default ingestIntoStore); tests pass stages that skip the heavy models. */
  ingest?(store: Store, feed: string, allowPrivate: boolean): Promise<IngestSummary>;
}

export interface PollResult {
  feed: string;
  outcome: 'ingested' | 'unchanged' | 'failed';
  /** HTTP status of the conditional GET, when one came back. */
  status?: number;
  added: number;
  stories: number;
  /** Why the poll failed, in a sentence. */
  error?: string;
  /** Consecutive failures, 0 after a good poll. */
  failures: number;
  /** When this feed is polled next. */
  nextInSec: number;
}

/** Interval × 2^failures, capped: a broken feed is asked less and less often, never less than once per cap. */
export function backoffSeconds(intervalSec: number, failures: number, capSec: number): number {
  if (failures <= 0) return intervalSec;
  return Math.min(capSec, intervalSec * 2 ** Math.min(failures, 30));
}

interface FeedState {
  validators: Validators;
  failures: number;
  timer?: NodeJS.Timeout;
}

/**
 * Polls RSS/Atom feeds and stores their new items. Each feed keeps its own validators (conditional GET) and
 * failure count (exponential backoff); items already stored are recognised by content id before any work,
 * and every batch regroups only the stories it touches (see store/ingest.ts).
 */
export class FeedWatcher {
  private readonly state = new Map<string, FeedState>();
  private readonly checker: FeedChecker;
  private readonly cap: number;
  private readonly serialize: <T>(work: () => Promise<T>) => Promise<T>;
  private inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(private readonly store: Store, feeds: readonly string[], private readonly options: WatchOptions) {
    for (const feed of feeds) this.state.set(feed, { validators: {}, failures: 0 });
    this.checker = new FeedChecker({ allowPrivate: options.allowPrivate ?? false, timeoutMs: options.timeoutMs ?? 15_000, maxBytes: DEFAULT_MAX_BYTES });
    this.cap = options.maxBackoffSec ?? Math.min(3600, options.intervalSec * 16);
    let chain: Promise<unknown> = Promise.resolve();
    this.serialize = options.serialize ?? (<T>(work: () => Promise<T>) => {
      const run = chain.then(work, work);
      chain = run.catch(() => {});
      return run;
    });
  }

  /** Polls one feed now and returns what happened (never throws: a failure is a result). */
  async poll(feed: string): Promise<PollResult> {
    const state = this.state.get(feed);
    if (!state) throw new RangeError(`not a watched feed: ${feed}`);
    let status: number | undefined;
    try {
      const check = await this.checker.check(feed, state.validators);
      status = check.status;
      if (!check.changed) return this.done(feed, state, { outcome: 'unchanged', status, added: 0, stories: 0 });
      const allowPrivate = this.options.allowPrivate ?? false;
      const ingest = this.options.ingest ?? ((store: Store, spec: string, allow: boolean) => ingestIntoStore(store, [spec], { ingest: { allowPrivate: allow } }));
      const summary = await this.serialize(() => ingest(this.store, feed, allowPrivate));
      // An error about the feed itself (unreadable, not a feed) fails the poll; a bad item does not.
      const own = summary.messages.find((m) => m.severity === 'error' && m.source === feed);
      if (own) throw new Error(`${own.reason} [${own.code}]`);
      state.validators = check.validators;
      return this.done(feed, state, { outcome: 'ingested', status, added: summary.added, stories: summary.stories });
    } catch (error) {
      state.failures++;
      return this.done(feed, state, { outcome: 'failed', ...(status !== undefined ? { status } : {}), added: 0, stories: 0, error: reason(error) });
    }
  }

  /** Polls every feed once, one after another. */
  async pollAll(): Promise<PollResult[]> {
    const results: PollResult[] = [];
    for (const feed of this.state.keys()) results.push(await this.track(this.poll(feed)));
    return results;
  }

  /** Polls every feed now, then each again when its interval (or backoff) has passed, until stop(). */
  start(): void {
    for (const feed of this.state.keys()) this.schedule(feed, 0);
  }

  /** Cancels the timers and waits for polls in flight, so the store can then be closed safely. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const state of this.state.values()) clearTimeout(state.timer);
    await Promise.allSettled([...this.inFlight]);
    await this.checker.close();
  }

  private schedule(feed: string, seconds: number): void {
    if (this.stopped) return;
    const state = this.state.get(feed)!;
    state.timer = setTimeout(() => {
      void this.track(this.poll(feed)).then((result) => this.schedule(feed, result.nextInSec));
    }, seconds * 1000);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => {});
    return work;
  }

  private done(feed: string, state: FeedState, partial: Omit<PollResult, 'feed' | 'failures' | 'nextInSec'>): PollResult {
    if (partial.outcome !== 'failed') state.failures = 0;
    const result: PollResult = { feed, ...partial, failures: state.failures, nextInSec: backoffSeconds(this.options.intervalSec, state.failures, this.cap) };
    this.options.report?.(result);
    return result;
  }
}

/** One line per poll, for standard error. */
export function describePoll(r: PollResult, options: { once?: boolean } = {}): string {
  if (r.outcome === 'failed') return `${r.feed}: poll failed: ${r.error}${options.once ? '' : ` (failure ${r.failures}; retrying in ${formatSeconds(r.nextInSec)})`}`;
  if (r.outcome === 'unchanged') return `${r.feed}: unchanged${r.status === 304 ? ' (304)' : ''}`;
  return `${r.feed}: ${r.added} new article${r.added === 1 ? '' : 's'}, ${r.stories} stor${r.stories === 1 ? 'y' : 'ies'} updated`;
}

function formatSeconds(s: number): string {
  return s >= 120 ? `${Math.round(s / 60)} min` : `${Math.round(s * 10) / 10} s`;
}

function reason(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code;
  const known: Record<string, string> = { ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', ECONNRESET: 'connection reset', EPRIVATE: (err.cause ?? err).message, UND_ERR_CONNECT_TIMEOUT: 'connection timed out', UND_ERR_HEADERS_TIMEOUT: 'no answer in time' };
  if (err.name === 'TimeoutError') return 'timed out';
  return (code && known[code]) || (error instanceof Error ? error.message : String(error));
}
