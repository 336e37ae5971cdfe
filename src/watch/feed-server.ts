import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An RSS item as the test feed serves it (content:encoded holds the article's HTML). */
export interface TestItem {
  title: string;
  link: string;
  published: string;
  paragraphs: string[];
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function rss(items: readonly TestItem[]): string {
  const body = items.map((i) => `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link><pubDate>${new Date(i.published).toUTCString()}</pubDate><content:encoded><![CDATA[${i.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Gazette</title><link>https://gazette.example/</link>${body}</channel></rss>`;
}

/**
 * A feed server on 127.0.0.1 for the watcher's tests: /feed.xml answers with an ETag and honours
 * If-None-Match; /broken.xml answers 500, and so does /feed.xml while setBroken(true). Every request is logged with its conditional header.
 */
export async function startFeedServer(initial: readonly TestItem[]): Promise<{ url: string; requests: { path: string; ifNoneMatch?: string; status: number }[]; setItems(items: readonly TestItem[]): void; setBroken(broken: boolean): void; close(): Promise<void> }> {
  let xml = rss(initial);
  let down = false;
  const requests: { path: string; ifNoneMatch?: string; status: number }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const etag = `"${createHash('sha256').update(xml).digest('hex').slice(0, 16)}"`;
    const ifNoneMatch = req.headers['if-none-match'];
    let status = 200;
    if (req.url === '/broken.xml' || down) status = 500;
    else if (req.url !== '/feed.xml') status = 404;
    else if (ifNoneMatch === etag) status = 304;
    requests.push({ path: req.url ?? '', ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
    if (status === 200) res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(xml);
    else res.writeHead(status, status === 304 ? { etag } : {}).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setItems(items) {
      xml = rss(items);
    },
    setBroken(broken) {
      down = broken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
