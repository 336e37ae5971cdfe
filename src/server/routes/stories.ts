import { Hono } from 'hono';
import { getStory, listStories, type Store, type StorySort } from '../../store/index.js';
import { storyBriefing } from '../briefing.js';
import { BadRequest, page } from '../limits.js';

export function storiesRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const sort = c.req.query('sort') ?? 'newest';
    if (sort !== 'newest' && sort !== 'covered') throw new BadRequest(`query parameter "sort" must be "newest" or "covered", not "${sort}"`);
    const { limit, offset } = page(c);
    return c.json({ stories: await listStories(store.db, { sort: sort as StorySort, limit, offset }), limit, offset });
  });
  app.get('/:id', async (c) => {
    const story = await getStory(store.db, c.req.param('id'));
    if (!story) return c.json({ error: 'not-found', message: `no story ${c.req.param('id')}` }, 404);
    const { snapshot, ...row } = story;
    return c.json({
      ...row,
      events: snapshot.story.events,
      articles: snapshot.articles,
      entities: snapshot.entities,
      quotes: snapshot.quotes,
      times: snapshot.times,
      briefing: await storyBriefing(store, story),
    });
  });
  return app;
}
