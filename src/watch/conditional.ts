import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { isPrivateAddress } from '../ingest/address.js';
import { guardedLookup } from '../ingest/url.js';

/** What a feed answered last time, sent back so that an unchanged feed costs one 304 and no body. */
export interface Validators {
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last body: servers that send no validators still skip an unchanged feed. */
  digest?: string;
}

export type CheckResult =
  | { changed: false; status: number }
  | { changed: true; status: number; validators: Validators };

export interface CheckOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * A conditional GET of a feed (If-None-Match / If-Modified-Since). It only decides whether the feed changed;
 * a changed feed is then read by ingest's own guarded fetch, so parsing, limits and messages stay in one
 * place. The same private-address guard as ingest applies: literal IPs here, names in the socket's lookup.
 * A redirect counts as changed: ingest follows it, checking every hop.
 */
export class FeedChecker {
  private readonly agent: Agent;
  constructor(private readonly options: CheckOptions) {
    this.agent = new Agent({ connect: { lookup: guardedLookup(options.allowPrivate), timeout: Math.min(options.timeoutMs, 10_000) }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  }

  async check(feed: string, last: Validators): Promise<CheckResult> {
    const url = new URL(feed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${url.protocol} feeds are not polled, only http and https`);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate && isIP(host) && isPrivateAddress(host)) throw new Error(`${host} is a private or loopback address (use --allow-private for feeds on this machine or network)`);
    const headers: Record<string, string> = { 'user-agent': 'corroborate/0.1 (feed watcher)', accept: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' };
    if (last.etag) headers['if-none-match'] = last.etag;
    if (last.lastModified) headers['if-modified-since'] = last.lastModified;
    const response = await request(url, { method: 'GET', headers, dispatcher: this.agent, signal: AbortSignal.timeout(this.options.timeoutMs) });
    const { statusCode, body } = response;
    if (statusCode === 304) {
      await body.dump().catch(() => {});
      return { changed: false, status: 304 };
    }
    if (statusCode >= 300 && statusCode < 400) {
      await body.dump().catch(() => {});
      return { changed: true, status: statusCode, validators: {} };
    }
    if (statusCode < 200 || statusCode >= 300) {
      await body.dump().catch(() => {});
      throw new Error(`HTTP ${statusCode}`);
    }
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > this.options.maxBytes) {
        body.destroy();
        throw new Error(`the feed is over ${this.options.maxBytes} bytes`);
      }
      hash.update(chunk as Buffer);
    }
    const digest = hash.digest('hex');
    const validators: Validators = { digest, ...header(response.headers, 'etag', 'etag'), ...header(response.headers, 'last-modified', 'lastModified') };
    if (last.digest === digest) return { changed: false, status: statusCode };
    return { changed: true, status: statusCode, validators };
  }

  async close(): Promise<void> {
    await this.agent.close().catch(() => {});
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string, key: keyof Validators): Validators {
  const value = headers[name];
  const one = Array.isArray(value) ? value[0] : value;
  return one ? { [key]: one } : {};
}
