/**
 * MEANTIME English for the entity benches: reads the archive from /work/shared at run time, keeps the
 * scored gold names, and turns a run of the entities stage into scored predictions. Shared by meantime.ts
 * (the figures) and meantime-detail.ts (every error with its sentence).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../../src/core/doc.js';
import type { Span } from '../../src/core/span.js';
import type { Entity } from '../../src/annotate/entities/link.js';
import { readMeantime, type GoldDoc } from './meantime-read.js';
import type { Scored } from './score.js';

export const ARCHIVE = '/work/shared/bench/entities/meantime_newsreader_english_oct15.tar.gz';

export interface Meantime {
  golds: GoldDoc[];
  /** Topic corpus of each document ("airbus", "apple", "gm", "stock"). */
  corpusOf: Map<string, string>;
  /** The scored gold set: NAM, PRE.NAM and capitalised untyped mentions, one per extent. */
  gold: Scored[];
}

const TYPE: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', PRO: 'OTHER', FIN: 'OTHER', MIX: 'OTHER' };
// A bare number ("3,700" jobs, "550" seats) is a quantity, not a name, though nothing in it is lower case.
const isNamed = (text: string) => /^[\p{Lu}\p{N}$]/u.test(text) && /\p{L}/u.test(text) && text.split(/\s+/).every((w) => /^[\p{Lu}\p{N}$&(.'-]/u.test(w) || /^(of|and|for|the|de|on)$/.test(w)) && !/^(It|We|They|He|She|Its|Their|His|Her|I)$/.test(text);

/** The corpus, or undefined when /work/shared is absent. */
export function loadMeantime(): Meantime | undefined {
  if (!existsSync(ARCHIVE)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'meantime-'));
  execFileSync('tar', ['xzf', ARCHIVE, '-C', dir]);
  const root = join(dir, 'meantime_newsreader_english_oct15', 'intra_cross-doc_annotation');
  const corpusOf = new Map<string, string>();
  const golds: GoldDoc[] = readdirSync(root).sort().flatMap((c) => readdirSync(join(root, c)).sort().map((f) => {
    const g = readMeantime(join(root, c, f));
    corpusOf.set(g.id, c.replace(/^corpus_/, ''));
    return g;
  }));
  rmSync(dir, { recursive: true, force: true });
  const gold: Scored[] = [];
  for (const d of golds) {
    const seen = new Set<string>();
    for (const m of d.mentions) {
      const text = d.text.slice(m.start, m.end);
      if (!(m.syntactic === 'NAM' || m.syntactic === 'PRE.NAM' || (m.syntactic === '' && isNamed(text)))) continue;
      if (seen.has(`${m.start}:${m.end}`)) continue;
      seen.add(`${m.start}:${m.end}`);
      gold.push({ doc: d.id, start: m.start, end: m.end, type: TYPE[m.type] ?? 'NONE', cluster: m.instance });
    }
  }
  return { golds, corpusOf, gold };
}

/**
 * The scored predictions of annotated documents. MEANTIME marks the noun phrase a name heads ("German
 * airline Lufthansa") and the names inside it: a span's recorded phrase (attrs.phrase, noun-phrases.ts) is
 * scored as a mention of the same entity too. Demonyms are scored as PLACE (MEANTIME's LOC).
 */
export function predictions(docs: Doc[], entities: Entity[]): Scored[] {
  const entityOf = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(`${m.article}:${m.start}:${m.end}`, e.id);
  const withPhrase = (s: Span, scored: Scored): Scored[] => {
    const p = s.attrs?.phrase as [number, number] | undefined;
    return p ? [scored, { ...scored, start: p[0], end: p[1] }] : [scored];
  };
  return docs.flatMap((doc) =>
    doc.layer('entities').filter((s) => s.attrs?.form !== 'role').flatMap((s) => withPhrase(s, { doc: doc.id, start: s.start, end: s.end, type: s.attrs?.form === 'demonym' ? 'PLACE' : s.label ?? 'OTHER', cluster: entityOf.get(`${doc.id}:${s.start}:${s.end}`) ?? `${doc.id}:${s.start}`, ...(s.attrs?.event ? { event: true } : {}) })),
  );
}
