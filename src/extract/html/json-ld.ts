import { decodeHTML } from 'entities';

/** What an article's JSON-LD says, read from the objects the collector flattened. */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  published?: string;
  modified?: string;
  publisher?: string;
  description?: string;
  url?: string;
  language?: string;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting|review|recipe/i;
const PAGE_TYPE = /webpage|itempage/i;

export function readJsonLd(objects: Record<string, unknown>[]): JsonLdArticle {
  const article = objects.find((o) => typeMatches(o, ARTICLE_TYPE)) ?? objects.find((o) => typeMatches(o, PAGE_TYPE));
  const result: JsonLdArticle = { authors: [] };
  if (!article) return result;
  result.headline = str(article.headline) ?? str(article.name);
  result.published = str(article.datePublished) ?? str(article.dateCreated);
  result.modified = str(article.dateModified);
  result.description = str(article.description);
  result.url = str(article.url) ?? str(article.mainEntityOfPage) ?? str((article.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
  result.language = str(article.inLanguage);
  result.publisher = nameOf(article.publisher) ?? nameOf(objects.find((o) => typeMatches(o, /^(organization|newsmediaorganization)$/i)));
  const authors = Array.isArray(article.author) ? article.author : article.author ? [article.author] : [];
  for (const a of authors.slice(0, 10)) {
    const name = nameOf(a);
    if (name && !/^https?:/.test(name)) result.authors.push(name);
  }
  return result;
}

function typeMatches(o: Record<string, unknown>, pattern: RegExp): boolean {
  const t = o['@type'];
  if (typeof t === 'string') return pattern.test(t);
  return Array.isArray(t) && t.some((x) => typeof x === 'string' && pattern.test(x));
}

function str(v: unknown): string | undefined {
  // Script text is not entity-decoded by the parser, and publishers often escape their JSON-LD as HTML.
  if (typeof v === 'string') return (v.includes('&') ? decodeHTML(v) : v).trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}
