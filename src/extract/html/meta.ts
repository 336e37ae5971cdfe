import type { ArticleMeta } from '../../core/doc.js';
import { normalizeDate } from '../dates.js';
import type { MetaCollector } from './meta-collector.js';
import { readJsonLd } from './json-ld.js';
import { splitNames, type MetadataLine } from './lines.js';

export interface MetaInputs {
  collector: MetaCollector;
  url?: string;
  /** Text of the first <h1> on the page, if any. */
  h1?: string;
  /** Text inside elements marked as author names (rel=author, itemprop=author, .byline). */
  authorTexts: string[];
  /** Metadata lines met in the body (removed from the text). */
  lines: MetadataLine[];
}

/**
 * Chooses each metadata field from the page's declarations in order of trust (JSON-LD, then Open Graph
 * and other <meta>, then visible elements and lines) and records where each came from in `provenance`.
 */
export function buildMeta({ collector, url, h1, authorTexts, lines }: MetaInputs): ArticleMeta {
  const meta: ArticleMeta = {};
  const provenance: Record<string, string> = {};
  const ld = readJsonLd(collector.jsonLd);
  const m = collector.metas;
  const set = <K extends keyof ArticleMeta>(field: K, value: ArticleMeta[K] | undefined, from: string): boolean => {
    if (value === undefined || meta[field] !== undefined) return false;
    meta[field] = value;
    provenance[field] = from;
    return true;
  };
  const fromMeta = (field: keyof ArticleMeta, keys: string[], transform: (v: string) => unknown = (v) => v): void => {
    for (const k of keys) {
      const v = m.get(k);
      if (v !== undefined && set(field, transform(v) as never, `meta:${k}`)) return;
    }
  };

  // Outlet first: the title's " | Site" suffix is recognised by it.
  set('outlet', ld.publisher, 'json-ld');
  fromMeta('outlet', ['og:site_name', 'application-name', 'twitter:site'], (v) => v.replace(/^@/, ''));
  const canonical = absolute(collector.links.get('canonical') ?? m.get('og:url') ?? ld.url, url);
  if (meta.outlet === undefined) set('outlet', domainOf(canonical ?? url), canonical ? 'url:canonical-domain' : 'url:domain');

  set('title', ld.headline && clean(ld.headline), 'json-ld');
  fromMeta('title', ['og:title', 'twitter:title'], (v) => stripSite(clean(v), meta.outlet));
  if (h1 && collector.title?.includes(h1)) set('title', h1, 'html:h1');
  set('title', collector.title ? stripSite(collector.title, meta.outlet) : undefined, 'html:title');
  set('title', h1, 'html:h1');

  if (ld.authors.length) set('byline', ld.authors, 'json-ld');
  fromMeta('byline', ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'], (v) => (/^https?:/.test(v) ? undefined : splitNames(v)));
  for (const t of authorTexts) if (splitNames(t).length) set('byline', splitNames(t), 'html:author-element');
  const bylineLine = lines.find((l) => l.kind === 'byline');
  if (bylineLine) set('byline', splitNames(bylineLine.value), 'text:byline-line');
  if (meta.byline?.length === 0) delete meta.byline, delete provenance.byline;

  set('published', date(ld.published), 'json-ld');
  fromMeta('published', ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date'], date);
  if (collector.times.length) set('published', date(collector.times[0]!), 'html:time');
  const pubLine = lines.find((l) => l.kind === 'published' || l.kind === 'date');
  if (pubLine) set('published', date(pubLine.value), 'text:published-line');

  set('modified', date(ld.modified), 'json-ld');
  fromMeta('modified', ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'], date);
  const modLine = lines.find((l) => l.kind === 'modified');
  if (modLine) set('modified', date(modLine.value), 'text:modified-line');

  set('url', url, 'option:url');
  set('canonicalUrl', canonical, collector.links.has('canonical') ? 'html:link-canonical' : 'meta:og:url');
  set('description', ld.description && clean(ld.description), 'json-ld');
  fromMeta('description', ['og:description', 'description', 'twitter:description'], clean);
  set('language', langCode(collector.lang), 'html:lang');
  fromMeta('language', ['content-language', 'og:locale', 'dc.language'], langCode);
  set('language', langCode(ld.language), 'json-ld');

  if (Object.keys(provenance).length) meta.provenance = provenance;
  return meta;
}

function clean(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}

function date(v: string | undefined): string | undefined {
  return v === undefined ? undefined : normalizeDate(v);
}

/** "Headline | Site" → "Headline": drops a trailing part that names the outlet or is short after a separator. */
export function stripSite(title: string, outlet: string | undefined): string {
  const parts = clean(title).split(/\s+[|–—:»·-]\s+/);
  if (parts.length < 2) return clean(title);
  const last = parts[parts.length - 1]!;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const namesOutlet = outlet !== undefined && (norm(last).includes(norm(outlet)) || norm(outlet).includes(norm(last)));
  if (namesOutlet || last.split(/\s+/).length <= 3) return clean(title.slice(0, title.lastIndexOf(last))).replace(/\s*[|–—:»·-]$/, '').trim();
  return clean(title);
}

function langCode(v: string | undefined): string | undefined {
  const m = v && /^([a-z]{2,3})(?:[-_]|$)/i.exec(v.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

function domainOf(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    return new URL(u).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
