import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Message } from '../core/message.js';
import { ingestMessage } from './types.js';

export interface Decoded {
  text: string;
  /** Canonical lower-case name (`utf-8`, `windows-1252`, `utf-16le`, `shift_jis`). */
  encoding: string;
  messages: Message[];
}

/** In-document declarations are looked for only this far in, as browsers do (they stop at 1 KB; pages with a long head put the meta later). */
const DECLARATION_WINDOW = 8192;

/**
 * Decodes an input, choosing the encoding as a browser would: byte order mark, then the HTTP charset, then the
 * document's own declaration (`<?xml encoding>`, `<meta charset>`, `<meta http-equiv=content-type>`), then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252 with a warning.
 */
export function decodeBytes(bytes: Buffer, source: string, headerCharset?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, messages: [] };

  const declared = headerCharset ? { label: headerCharset, fromDocument: false } : documentDeclaration(bytes);
  if (!declared) {
    if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', messages: [] };
    const place = firstInvalidUtf8(bytes);
    return {
      text: iconv.decode(bytes, 'windows-1252'),
      encoding: 'windows-1252',
      messages: [ingestMessage('warning', 'encoding-guessed', source, { encoding: 'windows-1252' }, { start: place, end: place + 1, unit: 'byte' })],
    };
  }

  const encoding = canonicalEncoding(declared.label, declared.fromDocument);
  if (encoding === 'utf-8' || !iconv.encodingExists(encoding)) {
    const decoded = decodeUtf8(bytes, source);
    if (encoding !== 'utf-8') decoded.messages.unshift(ingestMessage('warning', 'encoding-unknown', source, { encoding: declared.label }));
    return decoded;
  }
  return { text: iconv.decode(bytes, encoding, { stripBOM: true }), encoding, messages: [] };
}

/** UTF-8 with invalid sequences replaced by U+FFFD and an `encoding-invalid` warning placed at the first one. */
export function decodeUtf8(bytes: Buffer, source: string): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (isUtf8(bytes)) return { text, encoding: 'utf-8', messages: [] };
  const place = firstInvalidUtf8(bytes);
  return { text, encoding: 'utf-8', messages: [ingestMessage('warning', 'encoding-invalid', source, { encoding: 'UTF-8' }, { start: place, end: place + 1, unit: 'byte' })] };
}

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset named in an HTTP Content-Type value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1];
}

function documentDeclaration(bytes: Buffer): { label: string; fromDocument: true } | undefined {
  const head = bytes.subarray(0, DECLARATION_WINDOW).toString('latin1');
  const xml = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/);
  if (xml) return { label: xml[1]!, fromDocument: true };
  // One pattern covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const meta = head.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([^"'\s;/>]+)/i);
  if (meta) return { label: meta[1]!, fromDocument: true };
  return undefined;
}

/**
 * Lower-cases a label and applies the WHATWG Encoding Standard's remappings that matter for news pages:
 * latin1 and ASCII labels mean windows-1252 (pages so labelled routinely carry its curly quotes in 0x80–0x9F),
 * and a UTF-16 label inside an ASCII-readable document is a lie the standard resolves as UTF-8.
 */
export function canonicalEncoding(label: string, fromDocument = false): string {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8', 'x-unicode20utf8'].includes(name)) return 'utf-8';
  if (['latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'x-cp1252', 'windows-1252', 'cp819', 'ibm819'].includes(name)) return 'windows-1252';
  if (name.startsWith('utf-16') || name === 'unicode') return fromDocument ? 'utf-8' : name === 'utf-16be' ? 'utf-16be' : 'utf-16le';
  if (['shift-jis', 'sjis', 'ms_kanji', 'x-sjis', 'windows-31j'].includes(name)) return 'shift_jis';
  return name;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
