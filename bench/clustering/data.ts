import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../src/core/doc.js';

/** Benchmark data lives outside the repository; scripts skip with a message when it is absent. */
export const SHARED = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));

export function requireData(path: string): string {
  const full = SHARED + path;
  if (!existsSync(full)) {
    console.log(`skipped: ${full} is absent (benchmark data is read from /work/shared/bench at run time)`);
    process.exit(0);
  }
  return full;
}

/** Files of a gzipped tar archive, by path (ustar and GNU long names). */
export function readTarGz(path: string): Map<string, Buffer> {
  const data = gunzipSync(readFileSync(path));
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const body = data.subarray(offset + 512, offset + 512 + size);
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name, Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

export interface EcbDoc {
  doc: Doc;
  topic: string;
  /** `<topic>ecb` or `<topic>ecbplus`: the two look-alike events of a topic. */
  event: string;
}

const TOKEN = /<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g;

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** ECB+ articles as Docs: tokens re-joined into sentences (one a line); the URL line of ecbplus files dropped. */
export function loadEcbPlus(): EcbDoc[] {
  const files = readTarGz(requireData('clustering/ecbplus/ECBplus_LREC2014.tar.gz'));
  const out: EcbDoc[] = [];
  for (const [path, body] of files) {
    const m = /ECB\+\/(\d+)\/(\d+)_(\d+)(ecbplus|ecb)\.xml$/.exec(path);
    if (!m) continue;
    const [, topic, , , kind] = m;
    const sentences = new Map<number, string[]>();
    for (const t of body.toString('utf8').matchAll(TOKEN)) {
      const s = +t[1]!;
      if (!sentences.has(s)) sentences.set(s, []);
      sentences.get(s)!.push(decode(t[2]!));
    }
    const lines = [...sentences.entries()]
      .sort((a, b) => a[0] - b[0])
      .filter(([s, tokens]) => !(kind === 'ecbplus' && s === 0 && /http|www/.test(tokens.join(''))))
      .map(([, tokens]) => tokens.join(' ').replace(/ ([.,;:!?')\]”’])/g, '$1').replace(/([(\[“‘]) /g, '$1'));
    const id = path.replace(/^.*\//, '');
    out.push({ doc: new Doc({ id, source: id, text: lines.join('\n') }), topic: topic!, event: `${topic}${kind}` });
  }
  return out.sort((a, b) => a.doc.id.localeCompare(b.doc.id, 'en', { numeric: true }));
}

/** GoogleNews-TS (or -T, -S): label and pre-processed text per line. */
export function loadGoogleNews(variant: 'TS' | 'T' | 'S' = 'TS'): { text: string; label: string }[] {
  const raw = readFileSync(requireData(`clustering/googlenews-stc/GoogleNews-${variant}.tsv`), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: line.slice(0, tab), text: line.slice(tab + 1) };
    });
}
