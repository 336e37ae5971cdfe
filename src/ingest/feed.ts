import { parseFeed } from '@rowanmanning/feed-parser';
import type { Message } from '../core/message.js';
import type { InputHints, RawInput } from '../core/raw-input.js';
import { decodeBytes } from './decode.js';
import { bylineOf, compact, inputFromText, languageOf } from './input.js';
import { errorEvent, ingestMessage, type IngestEvent } from './types.js';

/** Reads a linked page; yields what reading it produced (an input, or messages saying why not). */
export type PageFetcher = (url: string, source: string) => AsyncIterable<IngestEvent>;

/**
 * RSS 2.0, Atom and RDF feeds: one html RawInput per item, from its full content (content:encoded, Atom
 * content), else from its summary. A summary-only item's link is fetched when `fetchPage` is given; when the
 * fetch fails the summary is kept with the failure as a warning.
 */
export async function* readFeed(bytes: Buffer, name: string, charset: string | undefined, fetchPage?: PageFetcher, baseUrl?: string): AsyncGenerator<IngestEvent> {
  const decoded = decodeBytes(bytes, name, charset);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(decoded.text);
  } catch (error) {
    yield errorEvent('feed-invalid', name, { detail: (error as Error).message });
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const index = i + 1;
    const source = `${name}#${index}`;
    const hints: InputHints = compact({
      title: item.title ?? undefined,
      url: absolute(item.url, baseUrl),
      published: (item.published ?? item.updated)?.toISOString(),
      byline: bylineOf(item.authors.map((a) => a.name ?? '')),
      outlet: feed.title ?? undefined,
      language: languageOf(feed.language),
    });
    const content = item.content?.trim() ? item.content : undefined;
    const summary = item.description?.trim() ? item.description : undefined;
    const warnings: Message[] = [...decoded.messages];
    if (content) {
      yield { type: 'input', input: inputFromText(content, source, 'html', hints, decoded.encoding, warnings) };
      continue;
    }
    if (!hints.url) {
      if (summary) yield { type: 'input', input: inputFromText(summary, source, 'html', hints, decoded.encoding, warnings) };
      else yield errorEvent('feed-item-empty', name, { index });
      continue;
    }
    if (fetchPage) {
      const failures: Message[] = [];
      let fetched: RawInput | undefined;
      for await (const event of fetchPage(hints.url, source)) {
        if (event.type === 'input' && !fetched) fetched = event.input;
        else if (event.type === 'message') failures.push(event.message);
      }
      if (fetched) {
        // The page's own URL after redirects wins; the feed's title, date, byline and outlet fill the rest.
        fetched.hints = compact({ ...hints, ...fetched.hints });
        fetched.messages.unshift(...warnings);
        yield { type: 'input', input: fetched };
        continue;
      }
      if (summary) {
        const demoted = failures.map((m): Message => ({ ...m, severity: 'warning' }));
        yield { type: 'input', input: inputFromText(summary, source, 'html', hints, decoded.encoding, [...warnings, ...demoted]) };
      } else {
        for (const m of failures) yield { type: 'message', message: m };
      }
      continue;
    }
    if (summary) {
      warnings.push(ingestMessage('warning', 'feed-item-summary', source, { index, url: hints.url }));
      yield { type: 'input', input: inputFromText(summary, source, 'html', hints, decoded.encoding, warnings) };
    } else {
      yield errorEvent('feed-item-link-only', name, { index, url: hints.url });
    }
  }
}

/** feed-parser resolves links against the feed's own <link>; a feed without one is resolved against where it was fetched from. */
function absolute(url: string | null, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
