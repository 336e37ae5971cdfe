import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';

/** Largest request body POST /api/articles accepts: a long article's HTML is well under 5 MB. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Largest page size a list endpoint returns. */
export const MAX_PAGE = 200;

/**
 * hono's bodyLimit answers 413 from the Content-Length header before reading anything, and counts a
 * chunked body as it streams, stopping at the limit: a 100 MB upload is refused without being read.
 */
export function limitBody(maxBytes: number = MAX_BODY_BYTES) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: 'payload-too-large', message: `the request body is over the limit of ${maxBytes} bytes` }, 413),
  });
}

export class BadRequest extends Error {}

/** A whole number query parameter within [min, max], or the fallback when it is absent. */
export function intParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadRequest(`query parameter "${name}" must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

export function page(c: Context, fallbackLimit = 50) {
  return { limit: intParam(c, 'limit', fallbackLimit, 1, MAX_PAGE), offset: intParam(c, 'offset', 0, 0, 1_000_000) };
}
