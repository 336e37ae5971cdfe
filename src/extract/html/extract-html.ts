import type { Extracted } from '../../core/extracted.js';
import { message, type Message } from '../../core/message.js';
import { OffsetMap } from '../../core/offset-map.js';
import { normalizeDate } from '../dates.js';
import { buildTree, type LightBlock } from './tree.js';
import { selectRoots } from './select.js';
import { keepBlocks } from './filter.js';
import { buildText } from './text.js';
import { buildMeta } from './meta.js';
import { metadataLine, type MetadataLine } from './lines.js';

export interface HtmlExtractOptions {
  /** The input as the user gave it; messages name it. */
  source: string;
  /** The page's address, for the outlet's domain and relative canonical links. */
  url?: string;
  /** Longer input is cut here with an `extract-truncated` warning (default 5,000,000 UTF-16 units). */
  maxChars?: number;
}

const STAGE = 'extract-html';
const SHORT_BODY = 250;

/**
 * Extracts an article's body text, its map back to the HTML and its metadata, in one streaming parse and a
 * few linear passes over a light tree (no DOM). Pure: no I/O.
 */
export function extractHtml(html: string, options: HtmlExtractOptions): Extracted {
  const messages: Message[] = [];
  const limit = options.maxChars ?? 5_000_000;
  let input = html;
  if (html.length > limit) {
    input = html.slice(0, limit);
    messages.push(message('warning', 'extract-truncated', options.source, { size: html.length, limit }, { stage: STAGE }));
  }
  const tree = buildTree(input);
  if (tree.flattenedDepth > 0) {
    messages.push(message('warning', 'extract-deep-nesting', options.source, { depth: tree.flattenedDepth }, { stage: STAGE }));
  }
  const kept = keepBlocks(tree, selectRoots(tree)).map((i) => tree.blocks[i]!);
  const h1 = tree.blocks.find((b) => b.heading === 1)?.text;
  const lines: MetadataLine[] = [];
  const body = kept.filter((b) => {
    if (b.heading) return true;
    const line = metadataLine(b.text, isDate);
    if (line) lines.push(line);
    return !line;
  });
  const meta = buildMeta({ collector: tree.meta, url: options.url, h1, authorTexts: tree.meta.authorTexts, lines });
  const titleKey = fold(meta.title ?? h1 ?? '');
  // Any block that repeats the title is the title (a heading, or a styled div); folding every block showed in the
  // profile, so only blocks of about the title's length (folding drops punctuation) are compared.
  const longest = titleKey.length * 1.25 + 10;
  const final = body.filter((b) => b.text.length < titleKey.length || b.text.length > longest || fold(b.text) !== titleKey);
  const built = buildText(final, final.map(labelOf));
  const text = built.text;
  if (text.length === 0) messages.push(message('warning', 'extract-no-body', options.source, {}, { stage: STAGE }));
  else if (text.length < SHORT_BODY) messages.push(message('warning', 'extract-short-body', options.source, { length: text.length }, { stage: STAGE, place: { start: 0, end: text.length } }));
  return { text, map: new OffsetMap(built.segments), meta, blocks: built.blocks, messages };
}

function isDate(value: string): boolean {
  return normalizeDate(value) !== undefined;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function labelOf(b: LightBlock): string {
  if (b.heading) return 'heading';
  if (b.inQuote) return 'quote';
  if (b.inList) return 'list-item';
  return 'paragraph';
}

