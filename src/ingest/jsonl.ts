import type { RawInput } from '../core/raw-input.js';
import { splitLines } from './bytes.js';
import { decodeUtf8 } from './decode.js';
import { bylineOf, inputFromText, languageOf, publishedOf, stringOf } from './input.js';
import { errorEvent, type IngestEvent, type Settings } from './types.js';

/**
 * JSON Lines: one article per line, read as a stream so that a file of a million articles needs the memory
 * of one line. A bad line is reported with its number and the rest go on. `source` is `file#line`.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, name: string, settings: Settings): AsyncGenerator<IngestEvent> {
  for await (const { line, bytes, tooLong } of splitLines(chunks, settings.maxBytes)) {
    const place = { start: line, end: line, unit: 'line' as const };
    if (tooLong) {
      yield errorEvent('jsonl-invalid', name, { line, detail: `the line is longer than the limit of ${settings.maxBytes} bytes` }, place);
      continue;
    }
    // JSON Lines is UTF-8 by definition; a BOM on the first line is dropped by the decoder.
    const decoded = decodeUtf8(bytes, `${name}#${line}`);
    const text = decoded.text.trim();
    if (!text) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield errorEvent('jsonl-invalid', name, { line, detail: (error as Error).message }, place);
      continue;
    }
    const result = recordInput(value, `${name}#${line}`);
    if (typeof result === 'string') yield errorEvent('jsonl-invalid', name, { line, detail: result }, place);
    else {
      result.messages.push(...decoded.messages);
      yield { type: 'input', input: result };
    }
  }
}

/**
 * A whole JSON document: one record object, or an array of them (`file#n` counts array elements). Anything
 * else is not JSON articles, and undefined tells the caller to read the bytes as plain text.
 */
export function readJson(content: string, name: string): Generator<IngestEvent> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return undefined;
  }
  const records = Array.isArray(value) ? value : [value];
  if (!records.some((r) => typeof recordInput(r, name) !== 'string')) return undefined;
  return (function* () {
    for (const [i, record] of records.entries()) {
      const result = recordInput(record, `${name}#${i + 1}`);
      if (typeof result === 'string') yield errorEvent('json-item-invalid', name, { index: i + 1, detail: result });
      else yield { type: 'input', input: result } as IngestEvent;
    }
  })();
}

/** A RawInput from one parsed record, or the reason it is not one. */
export function recordInput(value: unknown, source: string): RawInput | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `expected an object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  const record = value as Record<string, unknown>;
  const html = stringOf(record.html);
  const text = stringOf(record.text);
  if (!html && !text) {
    const bad = ['html', 'text'].find((k) => k in record && typeof record[k] !== 'string');
    return bad ? `"${bad}" is a ${typeof record[bad]}, not a string` : 'it has no non-empty "text" or "html"';
  }
  const hints = {
    url: stringOf(record.url),
    title: stringOf(record.title),
    outlet: stringOf(record.outlet),
    published: publishedOf(record.published),
    byline: bylineOf(record.byline ?? record.author ?? record.authors),
    language: languageOf(record.language ?? record.lang),
  };
  // html wins when both are given: it carries the structure extraction uses.
  return html ? inputFromText(record.html as string, source, 'html', hints, 'utf-8') : inputFromText(record.text as string, source, 'text', hints, 'utf-8');
}
