import type { EntityDetail, EntityRow, SearchHit, StoryRow, StorySort } from '../../store/index.js';
import { day, e, markText, page } from './html.js';

/** The same signature app.js computes from /api/stories: a change means new or regrouped stories. */
export function storiesSignature(stories: readonly StoryRow[]): string {
  return stories.map((s) => `${s.id}:${s.articleCount}:${s.updatedAt}`).join('|');
}

export const LIST_LIMIT = 50;

export function storyListPage(stories: readonly StoryRow[], sort: StorySort): string {
  const toggle = (value: StorySort, label: string) => `<a href="/?sort=${value}"${sort === value ? ' class="on" aria-current="page"' : ''}>${label}</a>`;
  const items = stories.map((s) => `<li><a class="title" href="/stories/${encodeURIComponent(s.id)}">${e(s.title)}</a><div class="muted">${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${s.outletCount} outlet${s.outletCount === 1 ? '' : 's'} · ${day(s.firstPublished)}${s.lastPublished && s.lastPublished !== s.firstPublished ? ` to ${day(s.lastPublished)}` : ''}</div></li>`);
  const body = `<h1>Stories</h1><p class="toggle">${toggle('newest', 'Newest')}${toggle('covered', 'Most covered')}<span class="live" id="live-status">Updates live as articles arrive.</span></p>
<ol class="stories" data-live="/api/stories?sort=${sort}&amp;limit=${LIST_LIMIT}" data-signature="${e(storiesSignature(stories))}" data-every="5000">${items.join('\n') || '<li class="muted">No stories yet: ingest articles with <code>corroborate ingest</code> or watch feeds with <code>serve --watch</code>.</li>'}</ol>`;
  return page('Stories', body);
}

export function searchPage(query: string, hits: readonly SearchHit[] | null, problem?: string): string {
  const items = (hits ?? []).map((h) => `<li><a href="/articles/${encodeURIComponent(h.id)}">${e(h.title ?? h.id)}</a> <small>${e(h.outlet ?? '')} · ${day(h.published)}</small>${h.story ? ` · <a href="/stories/${encodeURIComponent(h.story)}">story</a>` : ''}<div class="snippet">${markText(h.snippet, h.highlights)}</div></li>`);
  const result = problem ? `<p>${e(problem)}</p>` : hits === null ? '' : hits.length ? `<ol class="hits">${items.join('\n')}</ol>` : '<p>No article matches.</p>';
  const body = `<h1>Search</h1><form action="/search" method="get"><input type="search" name="q" value="${e(query)}" aria-label="Query"> <button>Search</button></form>
<p class="muted">Quoted phrases, <code>or</code>, and <code>-word</code> work.</p>${result}`;
  return page(query ? `Search: ${query}` : 'Search', body);
}

export function entityListPage(entities: readonly EntityRow[], q: string): string {
  const rows = entities.map((x) => `<tr><td><a href="/entities/${encodeURIComponent(x.id)}">${e(x.name)}</a></td><td>${e(x.type.toLowerCase())}</td><td>${x.articles}</td><td>${x.mentions}</td></tr>`);
  const body = `<h1>People, places and organisations</h1><form action="/entities" method="get"><input type="search" name="q" value="${e(q)}" aria-label="Name"> <button>Filter</button></form>
<table><tr><th>Name</th><th>Type</th><th>Articles</th><th>Mentions</th></tr>${rows.join('')}</table>`;
  return page('Entities', body);
}

/** Moves a cut off the middle of a surrogate pair (an emoji), so that context never shows half a character. */
export function pairSafe(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** Characters of context either side of a mention in its snippet. */
const CONTEXT = 90;

export function entityPage(entity: EntityDetail, texts: Map<string, string>): string {
  const mentions = entity.mentionList.slice(0, 200).map((m) => {
    const text = texts.get(m.article);
    const from = pairSafe(text ?? '', Math.max(0, m.start - CONTEXT));
    const to = pairSafe(text ?? '', Math.min(text?.length ?? 0, m.end + CONTEXT));
    const snippet = text ? `${from > 0 ? '…' : ''}${markText(text.slice(from, to), [{ start: m.start - from, end: m.end - from }])}${to < text.length ? '…' : ''}` : `<mark>${e(m.text)}</mark>`;
    const link = `/articles/${encodeURIComponent(m.article)}?start=${m.start}&amp;end=${m.end}#hit`;
    return `<li><a href="${link}">${e(m.title ?? m.article)}</a>${m.story ? ` · <a href="/stories/${encodeURIComponent(m.story)}">story</a>` : ''}<div class="snippet">${snippet}</div></li>`;
  });
  const tags = (list: readonly string[]) => (list.length ? `<span class="tags">${list.map((x) => `<span>${e(x)}</span>`).join('')}</span>` : '<span class="muted">none</span>');
  const body = `<h1>${e(entity.name)}</h1><p class="muted">${e(entity.type.toLowerCase())} · ${entity.articles} article${entity.articles === 1 ? '' : 's'} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}</p>
<p><strong>Also written:</strong> ${tags(entity.aliases)}</p><p><strong>Roles:</strong> ${tags(entity.roles)}</p>
<h2>Mentions</h2><ol class="mentions">${mentions.join('\n')}</ol>${entity.mentionList.length > 200 ? `<p class="muted">First 200 of ${entity.mentionList.length}.</p>` : ''}`;
  return page(entity.name, body);
}

export function articlePage(article: { id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; story: string | null; text: string }, span: { start: number; end: number } | null): string {
  const text = markText(article.text, span ? [span] : [], () => ' id="hit" class="active"');
  const body = `<h1>${e(article.title ?? article.id)}</h1><p class="muted">${e(article.outlet ?? 'unknown outlet')} · ${day(article.published)}${article.story ? ` · <a href="/stories/${encodeURIComponent(article.story)}">story</a>` : ''}${article.url ? ` · ${e(article.url)}` : ''}</p>
<div class="source"><div class="text">${text}</div></div>`;
  return page(article.title ?? 'Article', body);
}

export function notFoundPage(what: string): string {
  return page('Not found', `<h1>Not found</h1><p>${e(what)}</p><p><a href="/">All stories</a></p>`);
}
