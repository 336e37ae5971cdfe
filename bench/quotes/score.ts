// Scores attributions the way the PolNeAR benchmark describes them: source, cue and content spans matched
// one-to-one, exactly (after trimming punctuation and quotation marks at both ends) or by any overlap; speaker
// accuracy counts a gold attribution right when the predicted source span overlaps the gold Source span.

export interface Range {
  start: number;
  end: number;
}

/** One attribution; a discontinuous brat span is reduced to its outer bounds. */
export interface Attribution {
  source: Range | null;
  cue: Range | null;
  content: Range | null;
}

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Score {
  exact: Record<'source' | 'cue' | 'content', PRF>;
  overlap: Record<'source' | 'cue' | 'content', PRF>;
  /** Gold attributions with a source whose content a prediction overlaps, and how many of those got the source right. */
  speaker: { right: number; of: number };
  /** The same, counting only predictions that name a source (how often a named source is the right one). */
  named: { right: number; of: number };
  /** Pairs of (gold, predicted) matched by content overlap, for error analysis. */
  pairs: [number, number][];
}


/** The bounds after trimming punctuation, quotation marks and spaces at both ends. */
export function trimmed(text: string, r: Range): Range {
  const inner = text.slice(r.start, r.end);
  const lead = inner.length - inner.replace(/^[\s"'“”‘’«».,;:!?()\[\]—–-]+/u, '').length;
  const tail = inner.length - inner.replace(/[\s"'“”‘’«».,;:!?()\[\]—–-]+$/u, '').length;
  return lead + tail >= inner.length ? r : { start: r.start + lead, end: r.end - tail };
}

/**
 * PolNeAR's content span of "said that the talks failed" holds the complementizer ("that the talks failed");
 * the stage leaves it out, since readers are shown what was said. Before scoring, a content span that a
 * bare "that" (and spaces or an opening mark) precedes is widened over it: a convention, not a correction.
 */
export function withComplementizer(text: string, r: Range): Range {
  const m = /\bthat[\s,“"‘']*$/u.exec(text.slice(Math.max(0, r.start - 12), r.start));
  return m ? { start: r.start - m[0].length, end: r.end } : r;
}

/** A span of the quotes layer's content as the scorer reads it: indirect content widened over its "that". */
export function scoredContent(text: string, s: Range & { label?: string }): Range {
  return s.label === 'indirect' ? withComplementizer(text, s) : { start: s.start, end: s.end };
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Greedy one-to-one matching, largest overlap first; with `exact`, only equal trimmed bounds match. */
export function match(text: string, predicted: (Range | null)[], gold: (Range | null)[], exact: boolean): [number, number][] {
  // [predicted, gold, overlap, union]: on equal overlap the pair with the smaller union (the closer extent)
  // matches first, so that an inner attribution's content pairs with the inner gold, not the outer one holding it
  const candidates: [number, number, number, number][] = [];
  predicted.forEach((p, i) => {
    if (!p) return;
    gold.forEach((g, j) => {
      if (!g) return;
      if (exact) {
        const a = trimmed(text, p);
        const b = trimmed(text, g);
        if (a.start === b.start && a.end === b.end) candidates.push([i, j, 1, 0]);
      } else {
        const o = overlap(p, g);
        if (o > 0) candidates.push([i, j, o, Math.max(p.end, g.end) - Math.min(p.start, g.start)]);
      }
    });
  });
  candidates.sort((x, y) => y[2] - x[2] || x[3] - y[3]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function scoreDoc(text: string, predicted: Attribution[], gold: Attribution[]): Score {
  const roles = ['source', 'cue', 'content'] as const;
  const count = (exact: boolean) =>
    Object.fromEntries(
      roles.map((role) => {
        const p = predicted.map((a) => a[role]);
        const g = gold.map((a) => a[role]);
        return [role, { tp: match(text, p, g, exact).length, predicted: p.filter(Boolean).length, gold: g.filter(Boolean).length }];
      }),
    ) as Record<(typeof roles)[number], PRF>;
  const pairs = match(text, predicted.map((a) => a.content), gold.map((a) => a.content), false);
  const speaker = { right: 0, of: 0 };
  const named = { right: 0, of: 0 };
  for (const [i, j] of pairs) {
    const g = gold[j]!.source;
    if (!g) continue;
    const p = predicted[i]!.source;
    const ok = p !== null && overlap(p, g) > 0;
    speaker.of++;
    if (ok) speaker.right++;
    if (p) {
      named.of++;
      if (ok) named.right++;
    }
  }
  return { exact: count(true), overlap: count(false), speaker, named, pairs };
}

export function add(total: Score, s: Score): Score {
  for (const kind of ['exact', 'overlap'] as const) {
    for (const role of ['source', 'cue', 'content'] as const) {
      total[kind][role].tp += s[kind][role].tp;
      total[kind][role].predicted += s[kind][role].predicted;
      total[kind][role].gold += s[kind][role].gold;
    }
  }
  for (const k of ['speaker', 'named'] as const) {
    total[k].right += s[k].right;
    total[k].of += s[k].of;
  }
  return total;
}

export function emptyScore(): Score {
  const zero = () => ({ source: { tp: 0, predicted: 0, gold: 0 }, cue: { tp: 0, predicted: 0, gold: 0 }, content: { tp: 0, predicted: 0, gold: 0 } });
  return { exact: zero(), overlap: zero(), speaker: { right: 0, of: 0 }, named: { right: 0, of: 0 }, pairs: [] };
}

export function prf(x: PRF): { p: number; r: number; f1: number } {
  const p = x.predicted ? x.tp / x.predicted : 0;
  const r = x.gold ? x.tp / x.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Reads brat standoff: T lines with Source/Cue/Content spans, E lines tying them into attributions. */
export function parseBrat(ann: string): Attribution[] {
  const spans = new Map<string, Range>();
  const out: Attribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (!t) continue;
    const parts = t[2]!.split(';').map((r) => r.trim().split(/\s+/).map(Number));
    spans.set(t[1]!, { start: Math.min(...parts.map((p) => p[0]!)), end: Math.max(...parts.map((p) => p[1]!)) });
  }
  for (const line of lines) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles = Object.fromEntries(e[1]!.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string]));
    const get = (role: string) => (roles[role] ? spans.get(roles[role]!) ?? null : null);
    const content = get('Content') ?? get('Content2');
    if (!content && !get('Cue')) continue;
    out.push({ source: get('Source'), cue: get('Cue'), content });
  }
  return out;
}
