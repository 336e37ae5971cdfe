import { Hono } from 'hono';
import { getEntity, listEntities, type Store } from '../../store/index.js';
import { page } from '../limits.js';

export function entitiesRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { limit, offset } = page(c);
    const type = c.req.query('type') || undefined;
    const q = c.req.query('q') || undefined;
    return c.json({ entities: await listEntities(store.db, { limit, offset, ...(type ? { type } : {}), ...(q ? { q } : {}) }), limit, offset });
  });
  app.get('/:id', async (c) => {
    const entity = await getEntity(store.db, c.req.param('id'));
    if (!entity) return c.json({ error: 'not-found', message: `no entity ${c.req.param('id')}` }, 404);
    const { mentionList, ...row } = entity;
    return c.json({ ...row, mentionList });
  });
  return app;
}
