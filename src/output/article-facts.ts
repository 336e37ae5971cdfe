import type { Doc } from '../core/doc.js';

/** What every output says about an article, absent values as null: one mapping for `extract` and `analyze`. */
export interface ArticleFacts {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  byline: string[];
  dateline: { place: string | null; agency: string | null; start: number; end: number } | null;
  published: string | null;
  language: string | null;
  text: string;
}

export function articleFacts(doc: Doc): ArticleFacts {
  const m = doc.meta;
  return {
    id: doc.id,
    source: doc.source,
    title: m.title ?? null,
    outlet: m.outlet ?? null,
    byline: m.byline ?? [],
    dateline: m.dateline ? { place: m.dateline.place ?? null, agency: m.dateline.agency ?? null, start: m.dateline.start, end: m.dateline.end } : null,
    published: m.published ?? null,
    language: m.language ?? null,
    text: doc.text,
  };
}
