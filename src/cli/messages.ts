import { formatMessage, type Message } from '../core/message.js';

/** Prints messages to standard error, one a line, in the `source:place: severity: reason [code]` form. */
export function printMessages(messages: readonly Message[], quiet: boolean): void {
  if (quiet) return;
  for (const m of messages) {
    if (m.severity === 'info') continue;
    process.stderr.write(`${formatMessage(m)}\n`);
  }
}
