import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';
import { escapeHtml } from './escape.js';
import { articleFacts, type ArticleFacts } from './article-facts.js';

export const EXTRACT_FORMATS = ['jsonl', 'json', 'md', 'txt', 'html'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

/** The `extract` record: the article's clean text and what is known about it. Documented in docs/extract.md. */
/** The `extract` record: the article's clean text and what is known about it. */
export interface ExtractRecord extends ArticleFacts {
  modified: string | null;
  url: string | null;
  canonicalUrl: string | null;
  description: string | null;
  blocks: { start: number; end: number; label: string }[];
  provenance: Record<string, string>;
  warnings: Pick<Message, 'severity' | 'code' | 'reason' | 'place'>[];
}

export function extractRecord(doc: Doc): ExtractRecord {
  const m = doc.meta;
  return {
    ...articleFacts(doc),
    modified: m.modified ?? null,
    url: m.url ?? null,
    canonicalUrl: m.canonicalUrl ?? null,
    description: m.description ?? null,
    blocks: doc.layer('blocks').map((s) => ({ start: s.start, end: s.end, label: s.label ?? 'paragraph' })),
    provenance: m.provenance ?? {},
    warnings: doc.messages.map(({ severity, code, reason, place }) => ({ severity, code, reason, ...(place ? { place } : {}) })),
  };
}

export function formatExtract(docs: readonly Doc[], format: ExtractFormat): string {
  const records = docs.map(extractRecord);
  switch (format) {
    case 'jsonl':
      return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    case 'json':
      return JSON.stringify(records, null, 2) + '\n';
    case 'md':
      return records.map(toMarkdown).join('\n---\n\n');
    case 'txt':
      return records.map((r) => (r.title ? `${r.title}\n\n` : '') + r.text + '\n').join('\n\f\n');
    case 'html':
      return toHtml(records);
  }
}

function facts(r: ExtractRecord): string[] {
  return [
    r.outlet,
    r.published,
    r.byline.length ? `by ${r.byline.join(', ')}` : null,
    r.dateline ? `dateline ${[r.dateline.place, r.dateline.agency && `(${r.dateline.agency})`].filter(Boolean).join(' ')}` : null,
    r.language,
  ].filter((x): x is string => Boolean(x));
}

function toMarkdown(r: ExtractRecord): string {
  const lines = [`## ${r.title ?? '(untitled)'}`, '', `*${[...facts(r), r.source].join(' · ')}*`, ''];
  for (const w of r.warnings) lines.push(`> ${w.severity}: ${w.reason} [${w.code}]`);
  if (r.warnings.length) lines.push('');
  lines.push(r.text, '');
  return lines.join('\n');
}

function toHtml(records: ExtractRecord[]): string {
  const articles = records.map((r) => {
    const paragraphs = r.blocks.length ? r.blocks.map((b) => r.text.slice(b.start, b.end)) : r.text.split(/\n{2,}/);
    return `<article data-id="${escapeHtml(r.id)}">
<h2>${escapeHtml(r.title ?? '(untitled)')}</h2>
<p class="facts">${escapeHtml([...facts(r), r.source].join(' · '))}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>`;
  });
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Extracted articles</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em}.facts{color:#555;font-size:.9em}article{border-bottom:1px solid #ddd;padding-bottom:1em}</style>
</head><body>
${articles.join('\n')}
</body></html>
`;
}
