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

/**
 * Which attributions the quotes stage reads: `speech` (who said what, the default) or `all`, which adds
 * beliefs, intentions, polls and unsourced claims ("is expected to"), as PolNeAR annotates attributions.
 */
export const ATTRIBUTIONS = ['speech', 'all'] as const;
export type Attributions = (typeof ATTRIBUTIONS)[number];

export function attributionsOption(): Option {
  return new Option('--attributions <kind>', 'speech: who said what; all: also beliefs, intentions, polls and unsourced claims').choices(ATTRIBUTIONS as unknown as string[]).default('speech');
}

/** Pipeline stage options for a command's flags (see buildPipeline). */
export function stageOptions(flags: { attributions?: Attributions }): Record<string, unknown> {
  return flags.attributions === 'all' ? { quotes: { attitudes: true } } : {};
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
