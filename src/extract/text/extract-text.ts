import type { ArticleMeta } from '../../core/doc.js';
import type { Extracted } from '../../core/extracted.js';
import { message, type Message } from '../../core/message.js';
import { OffsetMap } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import { assemble } from './assemble.js';
import { classifyLines, type ClassifiedLine } from './classify.js';
import { findDateline, outletFromAgency, type FoundDateline } from './dateline.js';
import { splitLines } from './lines.js';
import { linePatterns, type LinePatterns } from './patterns.js';

const STAGE = 'extract-text';
/** Below this many characters a body is reported as short (one or two sentences, likely a teaser). */
const SHORT_BODY = 200;

export interface ExtractTextOptions {
  /** The input as the user gave it, for messages. */
  source: string;
}

/**
 * Extracts an article from scraped plain text: drops boilerplate lines, reads the headline, byline,
 * publication lines and the dateline, and keeps the body lines unchanged (the dateline stays in the text:
 * it is evidence). The headline goes to meta.title, not into the text. Pure: the same input gives the
 * same output, and nothing is read or written.
 */
export function extractText(content: string, options: ExtractTextOptions): Extracted {
  const p = linePatterns();
  const lines = classifyLines(splitLines(content), p);
  const { text, segments, blocks } = assemble(lines);
  const messages: Message[] = [];
  const meta = readMeta(lines, options.source, messages);

  applyDateline(text, blocks, meta);

  if (!text) messages.push(message('error', 'extract-no-body', options.source, {}, { stage: STAGE }));
  else if (text.length < SHORT_BODY) messages.push(message('info', 'extract-short-body', options.source, { length: text.length }, { stage: STAGE, place: { start: 0, end: text.length } }));
  if (text && !meta.title) messages.push(message('info', 'extract-no-title', options.source, {}, { stage: STAGE }));
  if (meta.provenance && Object.keys(meta.provenance).length === 0) delete meta.provenance;
  return { text, map: new OffsetMap(segments), meta, blocks, messages };
}

/**
 * Finds the dateline and records it in `meta` (with the outlet its credit names, when `meta` has none yet).
 * Shared by every extractor: an HTML page's first paragraph carries datelines too.
 */
export function applyDateline(text: string, blocks: readonly Span[], meta: ArticleMeta): void {
  const p = linePatterns();
  const { first, found } = locateDateline(text, blocks, p);
  if (!first || !found) return;
  const end = first.start + text.slice(first.start, first.start + found.end).trimEnd().length;
  meta.provenance ??= {};
  meta.dateline = { place: found.place, ...(found.agency ? { agency: found.agency } : {}), start: first.start, end };
  meta.provenance.dateline = 'text:dateline';
  const outlet = found.agency ? outletFromAgency(found.agency, p) : undefined;
  if (outlet && !meta.outlet) {
    meta.outlet = outlet;
    meta.provenance.outlet = 'text:dateline';
  }
}

/**
 * The dateline opens the first paragraph, or the second when the first is a short standfirst under the
 * headline (200 characters: two lines of print).
 */
function locateDateline(text: string, blocks: readonly Span[], p: LinePatterns): { first?: Span; found?: FoundDateline } {
  const paragraphs = blocks.filter((b) => b.label === 'paragraph').slice(0, 2);
  for (const [n, block] of paragraphs.entries()) {
    const found = findDateline(text.slice(block.start, block.end), p);
    if (found) return { first: block, found };
    if (n === 0 && block.end - block.start > 200) break;
  }
  return {};
}

function readMeta(lines: readonly ClassifiedLine[], source: string, messages: Message[]): ArticleMeta {
  const provenance: Record<string, string> = {};
  const meta: ArticleMeta = { provenance };
  const title = lines.find((l) => l.kind === 'title');
  if (title) {
    meta.title = title.text;
    provenance.title = 'text:headline';
  }
  for (const line of lines) {
    for (const m of line.meta ?? []) {
      if (m.kind === 'byline') {
        if (!meta.byline) {
          meta.byline = m.names;
          provenance.byline = 'text:byline';
        }
        continue;
      }
      if (!m.iso) {
        const place = { start: line.number, end: line.number, unit: 'line' as const };
        messages.push(message('warning', 'date-unparsed', source, { value: m.value }, { stage: STAGE, place }));
        continue;
      }
      // The first labelled "Published" line wins; a bare date under the headline counts only without one.
      const from = m.bare ? 'text:date-line' : 'text:published-line';
      if (m.kind === 'published' && (!meta.published || (provenance.published === 'text:date-line' && !m.bare))) {
        meta.published = m.iso;
        provenance.published = from;
      } else if (m.kind === 'modified' && !meta.modified) {
        meta.modified = m.iso;
        provenance.modified = 'text:updated-line';
      }
    }
  }
  return meta;
}
