import { Doc } from '../core/doc.js';
import type { ArticleMeta } from '../core/doc.js';
import type { Extracted } from '../core/extracted.js';
import type { InputHints, RawInput } from '../core/raw-input.js';
import { extractArticle } from '../extract/index.js';
import { normalizeDate } from '../extract/dates.js';

/** Extracts one ingested input into a Doc. Pure: the input is already in memory. */
export function toDoc(input: RawInput): Doc {
  const extracted: Extracted = extractArticle(input);
  return new Doc({
    id: input.id,
    source: input.source,
    text: extracted.text,
    meta: mergeHints(extracted.meta, input.hints),
    map: extracted.map,
    layers: { blocks: extracted.blocks },
    messages: [...input.messages, ...extracted.messages],
  });
}

/**
 * Hints come from structured fields (a feed item's title and date, a JSON Lines record, the fetched URL),
 * which are more reliable than what heuristics read off the page, so they win where both give a value.
 */
export function mergeHints(meta: ArticleMeta, hints: InputHints): ArticleMeta {
  const merged: ArticleMeta = { ...meta, provenance: { ...meta.provenance } };
  const set = <K extends keyof InputHints & keyof ArticleMeta>(key: K, value: ArticleMeta[K] | undefined, from: string) => {
    if (value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length)) return;
    merged[key] = value;
    merged.provenance![key] = from;
  };
  set('title', hints.title?.trim(), 'hint');
  set('outlet', hints.outlet?.trim(), 'hint');
  set('byline', hints.byline, 'hint');
  const published = hints.published ? normalizeDate(hints.published) ?? hints.published : undefined;
  set('published', published, 'hint');
  set('url', hints.url, 'hint');
  if (!merged.language) set('language', hints.language, 'hint');
  return merged;
}
