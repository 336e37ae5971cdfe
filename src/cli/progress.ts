import cliProgress from 'cli-progress';

/**
 * A live count of processed inputs on standard error, only when it is a terminal (and not --quiet):
 * pipes and CI logs get no control characters.
 */
export function inputProgress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return { tick: (_source: string, _ok: boolean) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{value} inputs read, {failed} failed | {source}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(Infinity, 0, { source: '', failed });
  return {
    tick(source: string, ok: boolean) {
      if (!ok) failed++;
      bar.increment(1, { source: source.length > 60 ? `…${source.slice(-59)}` : source, failed });
    },
    stop: () => bar.stop(),
  };
}
