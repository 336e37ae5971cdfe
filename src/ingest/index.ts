import { expandSpec, fileSource, type Target } from './files.js';
import { failureEvent, readSource, readUrl, type Context } from './read.js';
import { Fetcher } from './url.js';
import { errorDetail, errorEvent, settingsFrom, type IngestEvent, type IngestOptions } from './types.js';

export type { IngestEvent, IngestOptions } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';

/**
 * Turns what the user named (files, folders, globs, `-` for stdin, http/https URLs) into RawInputs, in the
 * order given, with a message for every input, item or record that produced nothing. Never throws: a bad
 * input is a message and the rest go on. Reads one input at a time, so memory is bounded by one article
 * (maxBytes) plus the look-ahead.
 */
export async function* ingest(specs: string[], options: IngestOptions = {}): AsyncGenerator<IngestEvent> {
  const settings = settingsFrom(options);
  const fetcher = new Fetcher(settings);
  const context: Context = { settings, fetcher };
  try {
    for (const spec of specs) {
      try {
        for await (const target of expandSpec(spec)) {
          if ('type' in target) yield target;
          else yield* readTarget(target, spec, context);
        }
      } catch (error) {
        // A bug or an unforeseen system error: still a message about this spec, and the next spec goes on.
        yield errorEvent('input-unreadable', spec, { what: 'the input', detail: errorDetail(error) });
      }
    }
  } finally {
    await fetcher.close();
  }
}

async function* readTarget(target: Target, spec: string, context: Context): AsyncGenerator<IngestEvent> {
  if (target.kind === 'url') {
    yield* readUrl(target.url, spec, context);
    return;
  }
  if (target.kind === 'stdin') {
    yield* readSource({ name: '-', chunks: context.settings.stdin as AsyncIterable<Uint8Array> }, context);
    return;
  }
  let source;
  try {
    source = fileSource(target);
  } catch (error) {
    yield failureEvent(error, target.name);
    return;
  }
  yield* readSource(source, context);
}
