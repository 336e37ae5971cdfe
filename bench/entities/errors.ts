/**
 * The most frequent errors of a mention run, to find general causes: missed gold names, predicted names
 * that match nothing, and wrong types (gold → predicted), each with the strings seen most often.
 */
import type { Scored } from './score.js';

const top = (counts: Map<string, number>, n: number) =>
  [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join(', ');

export function printErrors(gold: Scored[], predicted: Scored[], pairs: [Scored, Scored][], textOf: (s: Scored) => string, n = 12): void {
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));
  const count = (list: Scored[], key: (s: Scored) => string) => {
    const m = new Map<string, number>();
    for (const s of list) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
    return m;
  };
  const missed = gold.filter((g) => !matchedG.has(g));
  const spurious = predicted.filter((p) => !matchedP.has(p));
  console.log(`\nerrors (overlap matching): ${missed.length} missed, ${spurious.length} spurious, ${pairs.filter(([g, p]) => g.type !== p.type).length} mistyped`);
  console.log(`  missed by gold type:     ${top(count(missed, (g) => g.type), 6)}`);
  console.log(`  missed, most often:      ${top(count(missed, textOf), n)}`);
  console.log(`  spurious by type:        ${top(count(spurious, (p) => p.type), 6)}`);
  console.log(`  spurious, most often:    ${top(count(spurious, (p) => `${textOf(p)}/${p.type}`), n)}`);
  const wrong = pairs.filter(([g, p]) => g.type !== p.type && g.type !== 'NONE');
  const confusions = count(wrong.map(([g, p]) => ({ ...p, type: `${g.type}→${p.type}` })), (p) => p.type);
  console.log(`  mistyped, gold→ours:     ${top(confusions, 8)}`);
  for (const [kind] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 7)) {
    console.log(`    ${kind.padEnd(14)} ${top(count(wrong.filter(([g, p]) => `${g.type}→${p.type}` === kind).map(([, p]) => p), textOf), n)}`);
  }
}

/** Gold entities that linking left in pieces, and predicted entities that join several gold ones. */
export function printLinkErrors(pairs: [Scored, Scored][], textOf: (s: Scored) => string, n = 8): void {
  const pieces = new Map<string, Map<string, Set<string>>>();
  const joined = new Map<string, Map<string, Set<string>>>();
  for (const [g, p] of pairs) {
    const a = pieces.get(g.cluster) ?? pieces.set(g.cluster, new Map()).get(g.cluster)!;
    (a.get(p.cluster) ?? a.set(p.cluster, new Set()).get(p.cluster)!).add(textOf(p));
    const b = joined.get(p.cluster) ?? joined.set(p.cluster, new Map()).get(p.cluster)!;
    (b.get(g.cluster) ?? b.set(g.cluster, new Set()).get(g.cluster)!).add(textOf(p));
  }
  const show = (m: Map<string, Map<string, Set<string>>>) =>
    [...m.values()].filter((x) => x.size > 1).sort((a, b) => b.size - a.size).slice(0, n).map((x) => [...x.values()].map((forms) => [...forms].slice(0, 3).join('/')).join(' | ')).join('\n    ');
  console.log(`  gold entities split:\n    ${show(pieces)}`);
  console.log(`  gold entities joined:\n    ${show(joined)}`);
}
