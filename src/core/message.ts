import { type Code, formatCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A message about one input: which input, where in it, which rule fired, what was wrong.
 * Library code records messages; only the CLI and the server decide how to show them.
 */
export interface Message {
  severity: Severity;
  code: Code;
  reason: string;
  /** The input as the user gave it: a path, a URL, `-` for stdin, or `path#item` inside a container. */
  source: string;
  /** Character range in the clean text (or, for ingest messages, a byte or line position named by `unit`). */
  place?: { start: number; end: number; unit?: 'utf16' | 'byte' | 'line' };
  /** The stage that recorded it (`ingest`, `extract-html`, ...). */
  stage?: string;
}

export function message(
  severity: Severity,
  code: Code,
  source: string,
  data: Record<string, unknown> = {},
  extra: Pick<Message, 'place' | 'stage'> = {},
): Message {
  return { severity, code, reason: formatCode(code, data), source, ...extra };
}

/** A thrown error that carries its message, for failures that stop one input (never the batch). */
export class InputError extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(`${detail.source}: ${detail.reason}`);
    this.detail = detail;
  }
}

export function formatMessage(m: Message): string {
  const place = m.place ? `:${m.place.unit === 'line' ? 'line ' : ''}${m.place.start}${m.place.end !== m.place.start ? `-${m.place.end}` : ''}` : '';
  return `${m.source}${place}: ${m.severity}: ${m.reason} [${m.code}]`;
}
