import { lookup } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { isPrivateAddress } from './address.js';
import { TooLargeError } from './bytes.js';
import { charsetOf } from './decode.js';
import { gunzip } from './gzip.js';
import type { Settings } from './types.js';

export class FetchError extends Error {
  readonly code: 'url-refused' | 'url-failed';
  readonly url: string;
  readonly detail: string;
  constructor(code: 'url-refused' | 'url-failed', url: string, detail: string) {
    super(`${code === 'url-refused' ? 'refused to fetch' : 'could not fetch'} ${url}: ${detail}`);
    this.code = code;
    this.url = url;
    this.detail = detail;
  }
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  /** The body, decompressed per Content-Encoding; read errors surface as FetchError. */
  chunks: AsyncIterable<Uint8Array>;
  contentType?: string;
  charset?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DECODERS = new Map<string, 'gzip' | 'deflate' | 'br' | 'identity'>([
  ['identity', 'identity'],
  ['gzip', 'gzip'],
  ['x-gzip', 'gzip'],
  ['deflate', 'deflate'],
  ['br', 'br'],
]);
const HEADERS = {
  'user-agent': 'corroborate/0.1 (news corroboration; +https://github.com/)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

/**
 * Fetches URLs with the guards a tool that follows links from feeds needs: http(s) only, a whole-fetch
 * timeout, redirects followed by hand so that every hop is checked, and no private addresses — checked on
 * the URL's literal IP, on DNS before the request (for a clear message), and again in the socket's own DNS
 * lookup, so that a name that re-resolves to 127.0.0.1 between the check and the connect is still refused.
 */
export class Fetcher {
  private readonly settings: Settings;
  private readonly agent: Agent;

  constructor(settings: Settings) {
    this.settings = settings;
    this.agent = new Agent({
      connect: { lookup: guardedLookup(settings.allowPrivate), timeout: Math.min(settings.timeoutMs, 10_000) },
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
  }

  async fetch(spec: string): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let current = parseUrl(spec);
    for (let hop = 0; ; hop++) {
      await this.checkTarget(current, spec);
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(current, { method: 'GET', headers: HEADERS, dispatcher: this.agent, signal });
      } catch (error) {
        throw this.failure(error, spec);
      }
      const { statusCode, headers, body } = response;
      if (REDIRECTS.has(statusCode)) {
        await body.dump().catch(() => {});
        const location = header(headers, 'location');
        if (!location) throw new FetchError('url-failed', spec, `HTTP ${statusCode} without a Location header`);
        if (hop >= this.settings.maxRedirects) throw new FetchError('url-failed', spec, `more than ${this.settings.maxRedirects} redirects (the last to ${location})`);
        current = parseUrl(new URL(location, current).href);
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump().catch(() => {});
        throw new FetchError('url-failed', spec, `HTTP ${statusCode}${current.href !== spec ? ` from ${current.href}` : ''}`);
      }
      const length = Number(header(headers, 'content-length'));
      if (Number.isFinite(length) && length > this.settings.maxBytes) {
        body.destroy();
        throw new TooLargeError(length, this.settings.maxBytes);
      }
      const contentType = header(headers, 'content-type');
      const coding = header(headers, 'content-encoding')?.trim().toLowerCase() || 'identity';
      if (!DECODERS.has(coding)) {
        body.destroy();
        throw new FetchError('url-failed', spec, `unsupported Content-Encoding "${coding}"`);
      }
      const chunks = this.guardBody(body, spec);
      return { url: current.href, contentType, charset: charsetOf(contentType), chunks: coding === 'identity' ? chunks : gunzip(chunks, DECODERS.get(coding) as 'gzip' | 'deflate' | 'br') };
    }
  }

  async close(): Promise<void> {
    await this.agent.close().catch(() => {});
  }

  private async checkTarget(url: URL, spec: string): Promise<void> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('url-refused', spec, `${url.protocol} URLs are not fetched, only http and https`);
    if (this.settings.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      if (isPrivateAddress(host)) throw new FetchError('url-refused', spec, `${host} is a private or loopback address`);
      return;
    }
    let addresses: Array<{ address: string }>;
    try {
      addresses = await dns.lookup(host, { all: true });
    } catch (error) {
      throw this.failure(error, spec);
    }
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) throw new FetchError('url-refused', spec, `${host} resolves to ${bad.address}, a private or loopback address`);
  }

  private async *guardBody(body: AsyncIterable<Uint8Array> & { destroy(): void }, spec: string): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of body) yield chunk;
    } catch (error) {
      throw this.failure(error, spec);
    } finally {
      body.destroy();
    }
  }

  private failure(error: unknown, spec: string): FetchError {
    if (error instanceof FetchError) return error;
    const err = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const code = err.code ?? err.cause?.code;
    if (code === 'EPRIVATE' || err.cause?.code === 'EPRIVATE') return new FetchError('url-refused', spec, (err.cause ?? err).message);
    if (err.name === 'TimeoutError' || err.name === 'AbortError' || /timeout/i.test(code ?? '')) {
      return new FetchError('url-failed', spec, `timed out after ${this.settings.timeoutMs} ms`);
    }
    const known: Record<string, string> = {
      ECONNREFUSED: 'connection refused',
      ENOTFOUND: 'host not found',
      EAI_AGAIN: 'host name lookup failed',
      ECONNRESET: 'connection reset',
      UND_ERR_SOCKET: 'connection closed',
    };
    return new FetchError('url-failed', spec, (code && known[code]) ?? err.message ?? String(error));
  }
}

function parseUrl(spec: string): URL {
  try {
    return new URL(spec);
  } catch {
    throw new FetchError('url-refused', spec, 'not a valid URL');
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The socket's DNS lookup, refusing private addresses so that DNS rebinding cannot slip past checkTarget. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) {
        const refused = Object.assign(new Error(`${hostname} resolves to ${bad.address}, a private or loopback address`), { code: 'EPRIVATE' });
        return callback(refused, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
