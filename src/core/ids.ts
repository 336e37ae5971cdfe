import { createHash } from 'node:crypto';

/**
 * Content ids: the first 16 hex digits (64 bits) of SHA-256. The same bytes always get the same id, so
 * ingesting an input twice is a no-op; 64 bits keep collisions negligible below billions of articles.
 */
export function contentId(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}
