import type { Message } from './message.js';

/** What ingest knows of an article before extraction, from the container or transport that carried it. */
export interface InputHints {
  title?: string;
  outlet?: string;
  byline?: string[];
  published?: string;
  url?: string;
  language?: string;
}

/**
 * One article's worth of input after ingest: bytes read, gzip and containers (feeds, JSON Lines, WARC)
 * unwrapped, and decoded to a string. Extraction turns it into a Doc.
 */
export interface RawInput {
  /** Content id of the article's own bytes (see contentId). */
  id: string;
  /** The input as the user gave it; inside a container, `container#n` (n counts from 1). */
  source: string;
  /** How to extract it. */
  kind: 'html' | 'text';
  /** The decoded content. Raw offsets in the Doc's offset map are UTF-16 offsets into this string. */
  content: string;
  /** The character encoding the bytes were decoded from (`utf-8`, `windows-1252`, ...). */
  encoding: string;
  hints: InputHints;
  /** Warnings met while reading it (a replaced invalid byte sequence, a guessed encoding). */
  messages: Message[];
}
