import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Hosts that only this machine can reach; anything else needs a bearer token. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Why the server must not start on `host` with `token`, or undefined when it may. */
export function exposureProblem(host: string, token: string | undefined): string | undefined {
  if (isLoopback(host) || token) return undefined;
  return `refusing to listen on ${host} without a token: anyone who can reach it could read and add articles. Pass --token or set CORROBORATE_TOKEN, or listen on 127.0.0.1`;
}

/**
 * Requires `Authorization: Bearer <token>`. Compared through SHA-256 digests with timingSafeEqual, so the
 * comparison takes the same time whatever the length or content of the guess.
 */
export function bearerAuth(token: string): MiddlewareHandler {
  const want = createHash('sha256').update(token).digest();
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const got = createHash('sha256').update(match?.[1] ?? '').digest();
    if (!match || !timingSafeEqual(want, got)) {
      c.header('WWW-Authenticate', 'Bearer realm="corroborate"');
      return c.json({ error: 'unauthorized', message: 'a bearer token is required: Authorization: Bearer <token>' }, 401);
    }
    await next();
  };
}
