/**
 * A stream of news for the store benches, made from examples/corpus (in the repository, so these benches
 * never skip): the bundled articles written out as JSON Lines again and again, each copy with a marker line
 * appended (a new content id), every word of five letters or more given a suffix of its own per copy (so
 * that copies are not near-duplicates of one another, which would chain them all into one story), and its
 * dates moved on by 30 days per copy, so that copies form their own stories, as a stream of news does.
 * An undated article keeps the dates its text mentions, so its copies would all land on one day and pile
 * into one ever-growing story, which no stream does: only the first copy keeps it unless `undatedCopies`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { collectDocs } from '../../src/app/collect.js';

const DAY = 86_400_000;

export interface StreamOptions {
  /** Copies of the corpus (each its own month of news). */
  copies: number;
  /** Stop after this many articles (default: all the copies give). */
  limit?: number;
  /** Number of the first copy (default 0, the corpus as it is): later numbers give a stream's continuation. */
  firstCopy?: number;
  undatedCopies?: boolean;
}

export async function writeNewsStream(dir: string, options: StreamOptions): Promise<{ path: string; count: number }> {
  const { docs } = await collectDocs(['examples/corpus']);
  const path = join(dir, 'corpus.jsonl');
  const out = createWriteStream(path);
  let count = 0;
  const limit = options.limit ?? Infinity;
  const first = options.firstCopy ?? 0;
  for (let k = first; k < first + options.copies && count < limit; k++) {
    for (const d of docs) {
      if (count >= limit) break;
      if (k > 0 && !d.meta.published && !options.undatedCopies) continue;
      const vary = (text: string) => (k === 0 ? text : text.replace(/\p{L}{5,}/gu, (w) => `${w}${suffix(k)}`));
      const line = JSON.stringify({ text: `${vary(d.text)}\n\nBench copy ${k}.`, title: d.meta.title && vary(d.meta.title), outlet: d.meta.outlet, url: d.meta.url, published: shift(d.meta.published, k * 30) });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      count++;
    }
  }
  out.end();
  await once(out, 'finish');
  return { path, count };
}

/** How many copies give `articles` articles (the first copy has the undated ones too). */
export async function copiesFor(articles: number): Promise<number> {
  const { docs } = await collectDocs(['examples/corpus']);
  const dated = docs.filter((d) => d.meta.published).length;
  return 1 + Math.ceil(Math.max(0, articles - docs.length) / dated);
}

function shift(date: string | undefined, days: number): string | undefined {
  if (!date) return undefined;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : new Date(ms + days * DAY).toISOString();
}

/** a, b, …, z, ba, bb, …: letters, so that the words stay words to the tokenizer. */
function suffix(k: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}
