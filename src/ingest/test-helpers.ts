// Shared by the ingest tests: running ingest to completion, temporary folders, and a local HTTP server.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../core/message.js';
import type { RawInput } from '../core/raw-input.js';
import { ingest, type IngestEvent, type IngestOptions } from './index.js';

export interface Collected {
  events: IngestEvent[];
  inputs: RawInput[];
  messages: Message[];
}

export async function collect(specs: string[], options?: IngestOptions): Promise<Collected> {
  const events: IngestEvent[] = [];
  for await (const event of ingest(specs, options)) events.push(event);
  return {
    events,
    inputs: events.flatMap((e) => (e.type === 'input' ? [e.input] : [])),
    messages: events.flatMap((e) => (e.type === 'message' ? [e.message] : [])),
  };
}

/** A fresh folder under the system temp dir; call the returned function to remove it. */
export function tempDir(): { dir: string; path: (...parts: string[]) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  return { dir, path: (...parts) => join(dir, ...parts), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/** A real HTTP server on 127.0.0.1 (so tests pass allowPrivate) routing by path. */
export async function serve(routes: Record<string, Handler>): Promise<{ base: string; close: () => Promise<void> }> {
  let base = '';
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', base).pathname];
    if (route) route(req, res, base);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
