import type { Extracted } from '../core/extracted.js';
import type { RawInput } from '../core/raw-input.js';
import { extractHtml } from './html/index.js';
import { applyDateline, extractText } from './text/index.js';

/**
 * The article out of one ingested input, whatever its kind. Pure. Steps that apply to every kind (the
 * dateline at the head of the body) run here, after the kind's own extractor.
 */
export function extractArticle(input: RawInput): Extracted {
  if (input.kind === 'text') return extractText(input.content, { source: input.source });
  const extracted = extractHtml(input.content, { source: input.source, ...(input.hints.url ? { url: input.hints.url } : {}) });
  if (!extracted.meta.dateline) applyDateline(extracted.text, extracted.blocks, extracted.meta);
  return extracted;
}
