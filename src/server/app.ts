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
import { uiRoutes } from './ui/routes.js';

export interface AppOptions {
  /** When set, every /api route needs `Authorization: Bearer <token>`; /healthz stays open for probes. */
  token?: string;
  /** Largest POST body, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Runs writes one at a time; `serve --watch` passes the watcher's, so feed items and POSTs never regroup at once. */
  serialize?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** A queue that runs async work one at a time, in order; a failure does not block what follows. */
export function writeQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let writes: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = writes.then(work, work);
    writes = run.catch(() => {});
    return run;
  };
}

/**
 * The HTTP API over a store. The store is an argument, not opened here, so that tests, `serve` and a later
 * web UI can share one app over whatever backend they opened.
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const serialize = options.serialize ?? writeQueue();

  app.get('/healthz', (c) => c.json({ ok: true, version: VERSION, backend: store.backend }));
  if (options.token) app.use('/api/*', bearerAuth(options.token));
  // The pages show what /api shows, so a token guards them too (a browser then needs a proxy that adds it).
  if (options.token) for (const path of ['/', '/stories/*', '/articles/*', '/entities', '/entities/*', '/search', '/ui/*']) app.use(path, bearerAuth(options.token));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api/stories', storiesRoutes(store));
  app.route('/api/articles', articlesRoutes(store, { serialize, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) }));
  app.route('/api/entities', entitiesRoutes(store));
  app.route('/api/search', searchRoutes(store));
  // The web UI is its own app mounted after the API: its pages are not API routes (nor in openapi.json), and
  // anything neither answers falls through to its notFound, which keeps the JSON 404 for /api and non-GETs.
  app.mount('/', uiRoutes(store, (c) => c.json({ error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404)).fetch);

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
