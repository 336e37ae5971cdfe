import type { Doc } from '../core/doc.js';
import { message, type Message } from '../core/message.js';
import { ingest, type IngestOptions } from '../ingest/index.js';
import { toDoc } from './to-doc.js';

export interface CollectProgress {
  /** Called after each input is read and extracted (or failed). */
  onInput?(source: string, ok: boolean): void;
}

export interface Collected {
  docs: Doc[];
  /** Every message, from ingest and extraction, in input order. */
  messages: Message[];
  /** True when any input could not be read or extracted (the CLI exits 1). */
  failed: boolean;
}

/**
 * Reads every input and extracts its articles. A bad input yields a message and the rest go on; the same
 * article met twice (same content id) is kept once.
 */
export async function collectDocs(specs: string[], options: IngestOptions = {}, progress: CollectProgress = {}): Promise<Collected> {
  const docs: Doc[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  let failed = false;
  for await (const event of ingest(specs, options)) {
    if (event.type === 'message') {
      messages.push(event.message);
      if (event.message.severity === 'error') {
        failed = true;
        progress.onInput?.(event.message.source, false);
      }
      continue;
    }
    const { input } = event;
    if (seen.has(input.id)) continue;
    seen.add(input.id);
    try {
      const doc = toDoc(input);
      docs.push(doc);
      messages.push(...doc.messages);
      if (doc.messages.some((m) => m.severity === 'error')) failed = true;
      progress.onInput?.(input.source, true);
    } catch (error) {
      failed = true;
      const detail = error instanceof Error ? error.message : String(error);
      messages.push(message('error', 'stage-failed', input.source, { stage: `extract-${input.kind}`, detail }, { stage: `extract-${input.kind}` }));
      progress.onInput?.(input.source, false);
    }
  }
  return { docs, messages, failed };
}
