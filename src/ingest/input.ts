import { contentId } from '../core/ids.js';
import type { Message } from '../core/message.js';
import type { InputHints, RawInput } from '../core/raw-input.js';
import { decodeBytes } from './decode.js';

/** A RawInput from an article's own bytes: decoded, with its id taken from those bytes. */
export function inputFromBytes(bytes: Buffer, source: string, kind: RawInput['kind'], hints: InputHints = {}, charset?: string): RawInput {
  const decoded = decodeBytes(bytes, source, charset);
  return { id: contentId(bytes), source, kind, content: decoded.text, encoding: decoded.encoding, hints: compact(hints), messages: decoded.messages };
}

/**
 * A RawInput from text a container already decoded (a feed item, a JSON Lines field). Its id is taken from
 * the UTF-8 bytes of that text, which are the article's own bytes once the container's escaping is undone.
 */
export function inputFromText(content: string, source: string, kind: RawInput['kind'], hints: InputHints, encoding: string, messages: Message[] = []): RawInput {
  return { id: contentId(content), source, kind, content, encoding, hints: compact(hints), messages };
}

/** Drops absent and empty hint fields so that hints serialise the same whichever container produced them. */
export function compact(hints: InputHints): InputHints {
  const out: InputHints = {};
  for (const [key, value] of Object.entries(hints) as Array<[keyof InputHints, unknown]>) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** An author field as a list of names: "A and B" is left whole (extraction splits bylines); arrays keep their strings. */
export function bylineOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : undefined;
  if (Array.isArray(value)) {
    const names = value
      .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : ''))
      .map((v) => v.trim())
      .filter(Boolean);
    return names.length ? names : undefined;
  }
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return bylineOf((value as { name: string }).name);
  return undefined;
}

/** A date as ISO 8601: strings are kept as written (they may carry an offset the extractor should see); epoch numbers are converted. */
export function publishedOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Seconds or milliseconds since the epoch: below 1e11 it cannot be milliseconds after 1973.
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A language tag's primary subtag (`en-US` → `en`), the form ArticleMeta.language uses. */
export function languageOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/)?.[1] : undefined;
}
