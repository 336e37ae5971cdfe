import type { ArticleMeta } from './doc.js';
import type { Message } from './message.js';
import type { OffsetMap } from './offset-map.js';
import type { Span } from './span.js';

/**
 * The result of extracting an article from its raw input: the clean text, the map back to the raw input,
 * metadata, and the text's blocks (`paragraph`, `heading`, `list-item`, `quote` spans over the clean text).
 * Extractors are pure functions from a string to this shape.
 */
export interface Extracted {
  text: string;
  map: OffsetMap;
  meta: ArticleMeta;
  blocks: Span[];
  messages: Message[];
}
