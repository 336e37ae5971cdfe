import { message, type Message, type Severity } from '../core/message.js';
import type { Code } from '../core/codes.js';
import type { RawInput } from '../core/raw-input.js';

export interface IngestOptions {
  /** Fetch loopback, private, link-local and unique-local addresses (off by default: SSRF guard). */
  allowPrivate?: boolean;
  /**
   * Largest article, in bytes after decompression: a whole file, URL body or feed, one JSON Lines line, one
   * WARC record. Default 20 MiB. Larger inputs are refused with `input-too-large` (see bytes.ts).
   */
  maxBytes?: number;
  /** Whole time allowed for one URL, redirects and body included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Fetch an item's link when a feed item carries only a summary (or nothing but the link). */
  fetchFeedLinks?: boolean;
  /** Read for the spec `-`; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

/**
 * What ingest yields, in spec order. Warnings about an input that was produced (a guessed encoding) travel in
 * `input.messages`; `message` events are for inputs, items or records that produced nothing.
 */
export type IngestEvent = { type: 'input'; input: RawInput } | { type: 'message'; message: Message };

export interface Settings {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  fetchFeedLinks: boolean;
  stdin: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function settingsFrom(options: IngestOptions = {}): Settings {
  return {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRedirects: options.maxRedirects ?? 5,
    fetchFeedLinks: options.fetchFeedLinks ?? false,
    stdin: options.stdin ?? process.stdin,
  };
}

/**
 * One input's bytes as they arrive, before gzip or containers are unwrapped. `size` is known for plain files
 * (so an oversized page is refused before a byte is read); `charset` and `contentType` come from HTTP.
 */
export interface ByteSource {
  /** The name messages and RawInput.source use. */
  name: string;
  chunks: AsyncIterable<Uint8Array>;
  size?: number;
  charset?: string;
  contentType?: string;
  /** Final URL of a fetched input, or the target URI of a WARC record. */
  url?: string;
  /** Lower-case file extension without the dot (`html`, `gz`), a hint when the bytes are ambiguous. */
  extension?: string;
}

export function ingestMessage(severity: Severity, code: Code, source: string, data: Record<string, unknown> = {}, place?: Message['place']): Message {
  return message(severity, code, source, data, place ? { place, stage: 'ingest' } : { stage: 'ingest' });
}

export function errorEvent(code: Code, source: string, data: Record<string, unknown> = {}, place?: Message['place']): IngestEvent {
  return { type: 'message', message: ingestMessage('error', code, source, data, place) };
}

export function warningEvent(code: Code, source: string, data: Record<string, unknown> = {}, place?: Message['place']): IngestEvent {
  return { type: 'message', message: ingestMessage('warning', code, source, data, place) };
}

export function errorDetail(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
