import { gunzipSync } from 'node:zlib';
import { ByteReader, TooLargeError } from './bytes.js';
import { detectFormat, SNIFF_BYTES, type Detection } from './detect.js';
import { readFeed, type PageFetcher } from './feed.js';
import { CorruptGzipError, gunzip } from './gzip.js';
import { inputFromBytes } from './input.js';
import { readJson, readJsonl } from './jsonl.js';
import { FetchError, type Fetcher } from './url.js';
import { readWarc } from './warc.js';
import { errorEvent, errorDetail, type ByteSource, type IngestEvent, type Settings } from './types.js';

export interface Context {
  settings: Settings;
  fetcher: Fetcher;
  /** Set while reading a page linked from a feed, so that a feed linking to feeds is not followed further. */
  nested?: boolean;
}

/** gzip inside gzip is unwrapped this many times at most. */
const MAX_GZIP_LAYERS = 2;
/** Compressed inputs up to this size are inflated in one synchronous call (see gunzipped). */
const WHOLE_GZIP_BYTES = 8 * 1024 * 1024;

/**
 * Reads one input to RawInputs: unwraps gzip, detects the format from the bytes, and hands containers to
 * their readers. Every failure becomes a message naming the input; nothing is thrown.
 */
export async function* readSource(src: ByteSource, context: Context): AsyncGenerator<IngestEvent> {
  const { settings } = context;
  let reader = new ByteReader(src.chunks);
  let extension = src.extension;
  let size = src.size;
  try {
    let head = await reader.peek(SNIFF_BYTES);
    let detection: Detection = detectFormat(head, head.length < SNIFF_BYTES, { extension, contentType: src.contentType });
    for (let layer = 0; detection.format === 'gzip'; layer++) {
      if (layer >= MAX_GZIP_LAYERS) {
        yield errorEvent('input-unreadable', src.name, { what: 'the input', detail: `gzip nested more than ${MAX_GZIP_LAYERS} deep` });
        return;
      }
      reader = new ByteReader(await gunzipped(reader, settings.maxBytes));
      // "page.html.gz" is read as "page.html"; the compressed size says nothing about the real one.
      extension = innerExtension(src.name);
      size = undefined;
      head = await reader.peek(SNIFF_BYTES);
      detection = detectFormat(head, head.length < SNIFF_BYTES, { extension, contentType: undefined });
    }

    switch (detection.format) {
      case 'empty':
        yield errorEvent('input-empty', src.name);
        return;
      case 'binary':
        yield errorEvent('input-binary', src.name, { detail: detection.detail });
        return;
      case 'warc':
        yield* readWarc(reader.stream(), src.name, settings);
        return;
      case 'jsonl':
        yield* readJsonl(reader.stream(), src.name, settings);
        return;
      default:
        break;
    }

    // Whole-document formats: refuse before reading when the size is known, else stop at the cap.
    if (size !== undefined && size > settings.maxBytes) {
      yield errorEvent('input-too-large', src.name, { size, limit: settings.maxBytes });
      return;
    }
    const bytes = await reader.readAll(settings.maxBytes);
    const hints = src.url ? { url: src.url } : {};
    if (detection.format === 'feed') {
      const fetchPage = settings.fetchFeedLinks && !context.nested ? linkFetcher(context) : undefined;
      yield* readFeed(bytes, src.name, src.charset, fetchPage, src.url);
      return;
    }
    if (detection.format === 'json') {
      const records = readJson(bytes.toString('utf8').replace(/^\uFEFF/, ''), src.name);
      if (records) {
        yield* records;
        return;
      }
    }
    yield { type: 'input', input: inputFromBytes(bytes, src.name, detection.format === 'html' ? 'html' : 'text', hints, src.charset) };
  } catch (error) {
    yield failureEvent(error, src.name);
  } finally {
    await reader.close().catch(() => {});
  }
}

/** The message for an error that stopped one input. */
export function failureEvent(error: unknown, name: string): IngestEvent {
  if (error instanceof TooLargeError) return errorEvent('input-too-large', name, { size: error.size, limit: error.limit });
  if (error instanceof CorruptGzipError) return errorEvent('gzip-corrupt', name, { detail: error.message });
  if (error instanceof FetchError) return errorEvent(error.code, name, { url: error.url, detail: error.detail });
  return errorEvent('input-unreadable', name, { what: 'the input', detail: errorDetail(error) });
}

/** Fetches a URL and reads it like any other input. */
export async function* readUrl(url: string, name: string, context: Context): AsyncGenerator<IngestEvent> {
  let fetched;
  try {
    fetched = await context.fetcher.fetch(url);
  } catch (error) {
    yield failureEvent(error, name);
    return;
  }
  const extension = extensionOf(new URL(fetched.url).pathname);
  yield* readSource({ name, chunks: fetched.chunks, url: fetched.url, charset: fetched.charset, contentType: fetched.contentType, extension }, context);
}

/**
 * The decompressed stream. A small gzip whose output fits the cap is inflated in one call: streaming zlib
 * makes a thread-pool round trip per 16 KB chunk, which made reading a folder of .html.gz pages 4–5 times
 * slower than readFile + gunzipSync on a busy two-core machine (bench/ingest.ts). Anything else — larger,
 * over the cap, or corrupt — takes the streaming path, which reports it properly (and keeps the WARC
 * records before a break).
 */
async function gunzipped(reader: ByteReader, maxBytes: number): Promise<AsyncIterable<Uint8Array>> {
  const head = await reader.peek(WHOLE_GZIP_BYTES);
  if (head.length < WHOLE_GZIP_BYTES && reader.complete) {
    try {
      const whole = gunzipSync(head, { maxOutputLength: maxBytes + 1 });
      return (async function* () {
        yield whole;
      })();
    } catch {
      // Fall through to the streaming path, which names the problem.
    }
  }
  return gunzip(reader.stream());
}

function linkFetcher(context: Context): PageFetcher {
  return (url, source) => readUrl(url, source, { ...context, nested: true });
}

export function extensionOf(path: string): string | undefined {
  const match = path.toLowerCase().match(/\.([a-z0-9]{1,8})$/);
  return match?.[1];
}

function innerExtension(name: string): string | undefined {
  return extensionOf(name.replace(/\.(gz|gzip|tgz)$/i, ''));
}
