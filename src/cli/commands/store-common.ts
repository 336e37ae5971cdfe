import { Command, InvalidArgumentError, Option } from 'commander';
import type { Store } from '../../store/index.js';
import { EXIT, type RunState } from '../main.js';

/** Shared by the commands that read or write the store (ingest, stories, story, search, entities-db, export, serve). */

export interface StoreFlags {
  db?: string;
}

export function addStoreOption(command: Command): Command {
  return command.option('--db <dir>', 'PGlite database folder (default: DATABASE_URL when set, else ./.corroborate)');
}

export const STORE_HELP = `
Storage: --db DIR keeps a PGlite database in that folder (one process at a time); without --db,
DATABASE_URL=postgres://... uses PostgreSQL; otherwise ./.corroborate is used.`;

export function listFormatOption(fallback = 'table on a terminal, json in a pipe'): Option {
  return new Option('-f, --format <format>', `output format (default: ${fallback})`).choices(['table', 'json', 'jsonl', 'md']);
}

export type ListFormat = 'table' | 'json' | 'jsonl' | 'md';

export function defaultListFormat(format: ListFormat | undefined): ListFormat {
  return format ?? (process.stdout.isTTY ? 'table' : 'json');
}

/**
 * Opens the store the flags name, runs `work`, and always closes it (PGlite keeps the process alive for
 * seconds otherwise). A store error (locked, read-only, unreachable) is one line on standard error and exit 1.
 */
export async function withStore(flags: StoreFlags, state: RunState, work: (store: Store) => Promise<void>): Promise<void> {
  const { openStore, storeOptions, StoreError } = await import('../../store/index.js');
  let store: Store;
  try {
    store = await openStore(storeOptions(flags));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`corroborate: ${error.message}\n`);
    state.exitCode = EXIT.input;
    return;
  }
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

/** Prints a one-line error and sets exit status 1 (an unknown id, an empty result the user asked for). */
export function fail(state: RunState, text: string): void {
  process.stderr.write(`corroborate: ${text}\n`);
  state.exitCode = EXIT.input;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** A plain text table with padded columns; cells are cut to `width` characters. */
export function table(header: string[], rows: string[][], width = 60): string {
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const all = [header, ...rows].map((r) => r.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\s+/g, ' ');
}

export function jsonOut(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function jsonlOut(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
