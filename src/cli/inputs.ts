import { Command, Option, InvalidArgumentError } from 'commander';
import type { IngestOptions } from '../ingest/index.js';

/** Options every command that reads articles shares. */
export function addInputOptions(command: Command): Command {
  return command
    .argument('<inputs...>', 'files, folders, globs, URLs, or - for standard input')
    .option('--allow-private', 'allow fetching URLs on loopback and private networks', false)
    .option('--fetch-links', 'fetch the linked page of feed items that carry only a summary', false)
    .option('--max-bytes <n>', 'largest input to read, in bytes', toInt, 20 * 1024 * 1024)
    .option('--timeout <ms>', 'time limit for each URL', toInt, 15_000)
    .option('-q, --quiet', 'print no warnings or progress on standard error', false);
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', `output format (default: ${fallback})`).choices(formats as string[]);
}

export interface InputFlags {
  allowPrivate: boolean;
  fetchLinks: boolean;
  maxBytes: number;
  timeout: number;
  quiet: boolean;
}

export function ingestOptions(flags: InputFlags): IngestOptions {
  return { allowPrivate: flags.allowPrivate, fetchFeedLinks: flags.fetchLinks, maxBytes: flags.maxBytes, timeoutMs: flags.timeout, stdin: process.stdin };
}

function toInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
