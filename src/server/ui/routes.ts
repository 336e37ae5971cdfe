import { Hono, type Context } from 'hono';
import { getArticle, getEntity, getStory, listEntities, listStories, loadDocs, searchArticles, type Store } from '../../store/index.js';
import { storyBriefing } from '../briefing.js';
import { APP_JS, STYLE_CSS } from './assets.js';
import { e, page, UI_CSP } from './html.js';
import { articlePage, entityListPage, entityPage, LIST_LIMIT, notFoundPage, searchPage, storyListPage } from './pages.js';
import { storyPage, type SourceText } from './story-page.js';

/** Same bound as the API's search (routes/search.ts). */
const MAX_QUERY = 500;

function secure(c: Context): void {
  c.header('Content-Security-Policy', UI_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
}

/**
 * The web UI: server-rendered pages read from the store on every request (so articles a watcher adds show
 * up without a restart), one script and one style sheet under /ui/. Mounted at / by createApp.
 */
export function uiRoutes(store: Store, apiNotFound: (c: Context) => Response | Promise<Response>): Hono {
  const app = new Hono();
  app.notFound((c) => (c.req.method !== 'GET' || c.req.path === '/api' || c.req.path.startsWith('/api/') ? apiNotFound(c) : c.html(notFoundPage(`Nothing at ${c.req.path}.`), 404)));
  app.onError((error, c) => {
    // An API-style error would be unreadable in a browser; the message names the failure, never article text.
    process.stderr.write(`corroborate: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`);
    return c.html(page('Error', `<h1>Something went wrong</h1><p>${e(error.message)}</p>`), 500);
  });
  app.use('*', async (c, next) => {
    await next();
    secure(c);
  });
  app.get('/ui/style.css', (c) => c.body(STYLE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/ui/app.js', (c) => c.body(APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));

  app.get('/', async (c) => {
    const sort = c.req.query('sort') === 'covered' ? 'covered' : 'newest';
    return c.html(storyListPage(await listStories(store.db, { sort, limit: LIST_LIMIT }), sort));
  });

  app.get('/stories/:id', async (c) => {
    const story = await getStory(store.db, c.req.param('id'));
    if (!story) return c.html(notFoundPage(`No story ${c.req.param('id')}.`), 404);
    const briefing = await storyBriefing(store, story);
    const numbered = briefing
      ? briefing.sources.map((s) => ({ n: s.n, article: s.article, outlet: s.outlet, title: s.title, published: s.published, publishedInferred: s.publishedInferred ?? null, url: s.url }))
      : story.snapshot.articles.map((a, i) => ({ n: i + 1, article: a.id, outlet: a.outlet ?? a.source, title: a.title ?? null, published: a.published ?? null, url: a.url ?? null }));
    const docs = new Map((await loadDocs(store.db, numbered.map((s) => s.article))).map((d) => [d.id, d.text]));
    const sources: SourceText[] = numbered.filter((s) => docs.has(s.article)).map((s) => ({ ...s, text: docs.get(s.article)! }));
    return c.html(storyPage(story, briefing, sources));
  });

  app.get('/articles/:id', async (c) => {
    const article = await getArticle(store.db, c.req.param('id'));
    if (!article) return c.html(notFoundPage(`No article ${c.req.param('id')}.`), 404);
    const text = article.doc.text;
    const start = Number(c.req.query('start'));
    const end = Number(c.req.query('end'));
    const span = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length ? { start, end } : null;
    return c.html(articlePage({ ...article, text }, span));
  });

  app.get('/entities', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY);
    return c.html(entityListPage(await listEntities(store.db, { ...(q ? { q } : {}), limit: 200 }), q));
  });

  app.get('/entities/:id', async (c) => {
    const entity = await getEntity(store.db, c.req.param('id'));
    if (!entity) return c.html(notFoundPage(`No entity ${c.req.param('id')}.`), 404);
    const ids = [...new Set(entity.mentionList.slice(0, 200).map((m) => m.article))];
    const texts = new Map((await loadDocs(store.db, ids)).map((d) => [d.id, d.text]));
    return c.html(entityPage(entity, texts));
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.html(searchPage('', null));
    if (q.length > MAX_QUERY) return c.html(searchPage(q.slice(0, MAX_QUERY), [], `The query is ${q.length} characters, over the limit of ${MAX_QUERY}.`), 400);
    return c.html(searchPage(q, await searchArticles(store.db, q, { limit: 50 })));
  });
  return app;
}
