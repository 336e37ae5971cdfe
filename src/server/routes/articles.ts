import { Hono } from 'hono';
import { toDoc } from '../../app/to-doc.js';
import { recordInput } from '../../ingest/jsonl.js';
import { getArticle, ingestDoc, type Store } from '../../store/index.js';
import { limitBody } from '../limits.js';

export interface ArticleRouteOptions {
  maxBodyBytes?: number;
  /** Runs writes one at a time: regrouping a window in two overlapping transactions would conflict. */
  serialize<T>(work: () => Promise<T>): Promise<T>;
}

export function articlesRoutes(store: Store, options: ArticleRouteOptions): Hono {
  const app = new Hono();
  app.get('/:id', async (c) => {
    const article = await getArticle(store.db, c.req.param('id'));
    if (!article) return c.json({ error: 'not-found', message: `no article ${c.req.param('id')}` }, 404);
    return c.json(article);
  });
  app.post('/', limitBody(options.maxBodyBytes), async (c) => {
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json({ error: 'unsupported-media-type', message: 'send the article as JSON: Content-Type: application/json' }, 415);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch (error) {
      return c.json({ error: 'bad-json', message: `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }, 400);
    }
    const url = body && typeof body === 'object' && typeof (body as { url?: unknown }).url === 'string' ? (body as { url: string }).url : undefined;
    // The same validation and content ids as a JSON Lines record, so that posting an article and ingesting
    // it from a file store it once.
    const input = recordInput(body, url ?? 'api');
    if (typeof input === 'string') {
      return c.json({ error: 'bad-article', message: `expected {"text" or "html", "url"?, "title"?, "outlet"?, "published"?}: ${input}` }, 400);
    }
    let doc;
    try {
      doc = toDoc(input);
    } catch (error) {
      return c.json({ error: 'bad-article', message: `the article could not be extracted: ${error instanceof Error ? error.message : String(error)}` }, 400);
    }
    const result = await options.serialize(() => ingestDoc(store, doc));
    return c.json({ id: doc.id, added: result.added, story: result.story, messages: [...doc.messages, ...result.messages] }, result.added ? 201 : 200);
  });
  return app;
}
