import iconv from 'iconv-lite';
import { bomEncoding } from './decode.js';
import { isGzip } from './gzip.js';

export type Format = 'empty' | 'gzip' | 'warc' | 'binary' | 'feed' | 'jsonl' | 'json' | 'html' | 'text';

export interface Detection {
  format: Format;
  /** Why it is binary, for the message. */
  detail?: string;
}

/** How many leading bytes detection looks at. */
export const SNIFF_BYTES = 64 * 1024;
const BINARY_WINDOW = 8192;
/** Share of control bytes above which a file is taken as binary; real text has almost none (tabs, CR, LF and form feeds are not counted). */
const CONTROL_SHARE = 0.1;

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'Zstandard data'],
  [[0x42, 0x5a, 0x68], 'bzip2 data'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz data'],
];

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'xht', 'php', 'asp', 'aspx', 'jsp', 'cfm']);
const HTML_START = /^<(?:!doctype\s+html|html|head|body|!--|meta|title|article|div|p|h[1-6])[\s>/]/i;
const HTML_TAG = /<\/?(?:html|head|body|article|main|div|p|h[1-6]|meta|title|br|span|section|table|ul|ol|li|a|script|style|link|img)[\s>/]/gi;

/**
 * Decides how to read an input from its first bytes, in this order: empty, gzip, WARC, binary, feed (XML
 * root rss/feed/RDF), JSON Lines, HTML, text. The extension and HTTP content type only break ties between
 * HTML and text; they never override what the bytes say.
 */
export function detectFormat(head: Buffer, complete: boolean, hints: { extension?: string; contentType?: string } = {}): Detection {
  if (head.length === 0 || (complete && isBlank(head))) return { format: 'empty' };
  if (isGzip(head)) return { format: 'gzip' };
  if (head.subarray(0, 7).toString('latin1') === 'WARC/1.') return { format: 'warc' };

  const bom = bomEncoding(head);
  if (!bom || bom.encoding === 'utf-8') {
    const binary = binaryReason(head);
    if (binary) return { format: 'binary', detail: binary };
  }
  const text = (bom ? iconv.decode(head.subarray(bom.length), bom.encoding) : head.toString('latin1')).replace(/^\s+/, '');
  if (complete && text.length === 0) return { format: 'empty' };

  const root = xmlRoot(text);
  if (root && /^(rss|feed|channel|(\w+:)?rdf)$/i.test(root)) return { format: 'feed' };

  if (text.startsWith('{') || text.startsWith('[')) return { format: jsonFormat(text, complete) };

  const start = text.slice(0, BINARY_WINDOW);
  if (HTML_START.test(start) || root) return { format: 'html' };
  const mime = hints.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return { format: 'html' };
  if (mime === 'text/plain') return { format: 'text' };
  if (hints.extension && HTML_EXTENSIONS.has(hints.extension)) return { format: 'html' };
  // Counting tags is the weakest evidence: Markdown and code mention <article> too, so a file whose
  // extension says what it is (`.md`, `.txt`, `.js`) is not second-guessed by it.
  if (!hints.extension && (start.match(HTML_TAG)?.length ?? 0) >= 3) return { format: 'html' };
  return { format: 'text' };
}

/** The name of the first element after any XML prolog, comments and doctype, or undefined when the text does not start with markup. */
export function xmlRoot(text: string): string | undefined {
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    const skip = rest.match(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>)/i);
    if (!skip) break;
    rest = rest.slice(skip[0].length);
  }
  return rest.match(/^<([A-Za-z_][\w:.-]*)/)?.[1];
}

export function binaryReason(head: Buffer): string | undefined {
  for (const [magic, name] of MAGIC) {
    if (magic.every((byte, i) => head[i] === byte)) return name;
  }
  const window = head.subarray(0, BINARY_WINDOW);
  const nul = window.indexOf(0);
  if (nul >= 0) return `a NUL byte at byte ${nul}`;
  let control = 0;
  for (const byte of window) {
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 shifts) occur in text.
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) control += 1;
  }
  const share = control / Math.max(1, window.length);
  return share > CONTROL_SHARE ? `${Math.round(share * 100)}% control bytes` : undefined;
}

function jsonFormat(text: string, complete: boolean): Format {
  const newline = text.indexOf('\n');
  const firstLine = newline >= 0 ? text.slice(0, newline) : complete ? text : undefined;
  if (firstLine === undefined) return text.startsWith('{"') ? 'jsonl' : 'json';
  try {
    const value: unknown = JSON.parse(firstLine);
    if (value && typeof value === 'object' && !Array.isArray(value)) return 'jsonl';
  } catch {
    // A pretty-printed JSON document, or text that merely starts with a bracket: the reader decides.
  }
  return 'json';
}

function isBlank(bytes: Buffer): boolean {
  const bom = bomEncoding(bytes);
  const text = bom ? iconv.decode(bytes.subarray(bom.length), bom.encoding) : bytes.toString('latin1');
  return text.trim().length === 0;
}
