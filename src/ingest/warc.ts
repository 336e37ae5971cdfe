import { WARCParser } from 'warcio';
import { TooLargeError } from './bytes.js';
import { charsetOf } from './decode.js';
import { CorruptGzipError } from './gzip.js';
import { inputFromBytes } from './input.js';
import { errorEvent, errorDetail, warningEvent, type IngestEvent, type Settings } from './types.js';

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * WARC files (gzip already undone by the caller): one html RawInput per successful HTML `response` record
 * (or `resource` record of an HTML type), `source` = `file#n` where n counts every record from 1. Other
 * records (requests, metadata, images, redirects) are passed over without a message: a crawl holds far more
 * of them than articles. warcio is lenient and never throws on a damaged record, so damage is detected here:
 * a record without a WARC-Type is garbage between records, and a record whose block ends before its
 * Content-Length is cut short.
 */
export async function* readWarc(chunks: AsyncIterable<Uint8Array>, name: string, settings: Settings): AsyncGenerator<IngestEvent> {
  let index = 0;
  try {
    const parser = new WARCParser(chunks);
    for await (const record of parser) {
      index += 1;
      const type = record.warcType;
      if (!type) {
        yield warningEvent('warc-record-skipped', name, { index, detail: 'it has no WARC-Type header; the bytes there are not a WARC record' });
        continue;
      }
      const status = record.httpHeaders?.statusCode;
      const mime = type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType;
      if (type !== 'response' && type !== 'resource') continue;
      if (!mime || !HTML_TYPE.test(mime) || (type === 'response' && (typeof status !== 'number' || status < 200 || status >= 300))) continue;
      if (record.warcContentLength > settings.maxBytes) {
        yield warningEvent('warc-record-skipped', name, { index, detail: `it is ${record.warcContentLength} bytes, over the limit of ${settings.maxBytes} bytes` });
        continue;
      }
      await record.readFully(false);
      // After a raw read the record's reader is warcio's LimitReader; bytes it still expected mean the file ended early.
      const missing = (record.reader as { limit?: unknown }).limit;
      if (typeof missing === 'number' && missing > 0) {
        yield warningEvent('warc-record-skipped', name, { index, detail: `it is cut short: ${missing} of its ${record.warcContentLength} bytes are missing` });
        continue;
      }
      const body = Buffer.from(await record.readFully(true));
      if (body.length > settings.maxBytes) {
        yield warningEvent('warc-record-skipped', name, { index, detail: `its decoded body is ${body.length} bytes, over the limit of ${settings.maxBytes} bytes` });
        continue;
      }
      if (body.length === 0) {
        yield warningEvent('warc-record-skipped', name, { index, detail: 'its body is empty' });
        continue;
      }
      const url = record.warcTargetURI ?? undefined;
      yield { type: 'input', input: inputFromBytes(body, `${name}#${index}`, 'html', { url }, charsetOf(mime)) };
    }
  } catch (error) {
    if (error instanceof CorruptGzipError || error instanceof TooLargeError) throw error;
    yield errorEvent('warc-invalid', name, { detail: `after record ${index}: ${errorDetail(error)}` });
  }
}
