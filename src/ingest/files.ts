import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { errorDetail, errorEvent, type ByteSource, type IngestEvent } from './types.js';
import { extensionOf } from './read.js';

/** What one spec names: files to read (with the name messages use), a URL, or standard input. */
export type Target = { kind: 'file'; path: string; name: string; size: number } | { kind: 'url'; url: string } | { kind: 'stdin' };

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands a spec into targets, in a fixed order: `-` is stdin; http(s) URLs are fetched; an existing path is
 * a file or a folder (walked recursively in code-unit order, hidden names skipped); anything else with glob
 * characters is a pattern (sorted matches). Problems are yielded as messages naming the spec.
 */
export async function* expandSpec(spec: string): AsyncGenerator<Target | IngestEvent> {
  if (spec === '-') {
    yield { kind: 'stdin' };
    return;
  }
  if (/^https?:\/\//i.test(spec)) {
    yield { kind: 'url', url: spec };
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) && !/^file:/i.test(spec)) {
    yield errorEvent('url-refused', spec, { url: spec, detail: 'only http and https URLs are fetched' });
    return;
  }
  const path = /^file:/i.test(spec) ? fileURLToPath(spec) : spec;

  let link: Stats;
  try {
    link = await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && GLOB_CHARS.test(spec)) yield* expandGlob(spec);
    else if (code === 'ENOENT') yield errorEvent('input-not-found', spec);
    else yield errorEvent('input-unreadable', spec, { what: 'the path', detail: errorDetail(error) });
    return;
  }
  const info = link.isSymbolicLink() ? await stat(path).catch(() => undefined) : link;
  if (!info) {
    yield errorEvent('input-unreadable', spec, { what: 'the link', detail: 'it is a dangling symbolic link' });
    return;
  }
  if (info.isDirectory()) yield* walk(path);
  else yield { kind: 'file', path, name: spec, size: info.size };
}

async function* expandGlob(pattern: string): AsyncGenerator<Target | IngestEvent> {
  let matches: string[];
  try {
    matches = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  } catch (error) {
    yield errorEvent('input-unreadable', pattern, { what: 'the pattern', detail: errorDetail(error) });
    return;
  }
  if (matches.length === 0) {
    yield errorEvent('glob-no-match', pattern);
    return;
  }
  for (const match of matches.sort(byCodeUnit)) {
    const info = await stat(match).catch(() => undefined);
    if (info?.isFile()) yield { kind: 'file', path: match, name: match, size: info.size };
    else yield errorEvent('input-unreadable', match, { what: 'the file', detail: 'it vanished or is not a regular file' });
  }
}

/**
 * Files under a folder. Symbolic links to files are read; links to folders are not followed, which rules out
 * cycles. Every file is offered (images included: detection refuses them by their bytes, with a message).
 */
async function* walk(folder: string): AsyncGenerator<Target | IngestEvent> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield errorEvent('input-unreadable', folder, { what: 'the folder', detail: errorDetail(error) });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) yield errorEvent('input-unreadable', path, { what: 'the link', detail: 'it is a dangling symbolic link' });
    else if (info.isFile()) yield { kind: 'file', path, name: path, size: info.size };
  }
}

/** Plain code-unit order, so that the order does not depend on the machine's locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files up to this size are read in one call; larger ones (WARC, JSON Lines, oversized pages) are streamed. */
const WHOLE_FILE_BYTES = 8 * 1024 * 1024;

export function fileSource(target: Extract<Target, { kind: 'file' }>): ByteSource {
  // One readFile costs a few thread-pool round trips where a stream costs one per 64 KB chunk plus its
  // open and close; on a folder of small pages that difference dominated (bench/ingest.ts).
  const chunks =
    target.size > 0 && target.size <= WHOLE_FILE_BYTES
      ? (async function* () {
          yield await readFile(target.path);
        })()
      : createReadStream(target.path, { highWaterMark: 1024 * 1024 });
  return { name: target.name, chunks, size: target.size, extension: extensionOf(target.path) };
}
