import { Hono } from 'hono';
import type { Store } from '../store/index.js';
import { VERSION } from '../version.js';
import { bearerAuth } from './auth.js';
import { BadRequest } from './limits.js';
import { openApiDocument } from './openapi.js';
import { articlesRoutes } from './routes/articles.js';
import { entitiesRoutes } from './routes/entities.js';
import { searchRoutes } from './routes/search.js';
import { storiesRoutes } from './routes/stories.js';

export interface AppOptions {
  /** When set, every /api route needs `Authorization: Bearer <token>`; /healthz stays open for probes. */
  token?: string;
  /** Largest POST body, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
}

/**
 * The HTTP API over a store. The store is an argument, not opened here, so that tests, `serve` and a later
 * web UI can share one app over whatever backend they opened.
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  let writes: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writes.then(work, work);
    writes = run.catch(() => {});
    return run;
  };

  app.get('/healthz', (c) => c.json({ ok: true, version: VERSION, backend: store.backend }));
  if (options.token) app.use('/api/*', bearerAuth(options.token));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api/stories', storiesRoutes(store));
  app.route('/api/articles', articlesRoutes(store, { serialize, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) }));
  app.route('/api/entities', entitiesRoutes(store));
  app.route('/api/search', searchRoutes(store));

  app.notFound((c) => c.json({ error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof BadRequest) return c.json({ error: 'bad-request', message: error.message }, 400);
    // hono's own HTTP errors (a body over the limit raised while reading) carry their status.
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: 'bad-request', message: error.message }, status as 400);
    return c.json({ error: 'internal', message: error.message }, 500);
  });
  return app;
}
