import { Hono } from 'hono';
import { searchArticles, type Store } from '../../store/index.js';
import { BadRequest, page } from '../limits.js';

/** Longest query accepted: websearch syntax needs no more, and a huge query only costs parse time. */
const MAX_QUERY = 500;

export function searchRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new BadRequest('query parameter "q" is required: GET /api/search?q=words');
    if (q.length > MAX_QUERY) throw new BadRequest(`query parameter "q" is ${q.length} characters, over the limit of ${MAX_QUERY}`);
    const { limit, offset } = page(c, 20);
    return c.json({ query: q, hits: await searchArticles(store.db, q, { limit, offset }), limit, offset });
  });
  return app;
}
