import type { Claim } from './claims.js';

/** Claims of different voices that say the same thing. */
export interface ClaimGroup {
  members: Claim[];
  /** The member most like the others: its sentence stands for the group. */
  lead: Claim;
}

/**
 * Two claims are one statement at or above this score. Tuned by reading the cross-article pairs between 0.35
 * and 0.5 of the bundled examples and the five seeds (IDF-weighted scores): at 0.42 the syndicated pair's
 * edited sentences, the renderings of the round-1 hotline deal and of the seeds' "talks ended without a
 * breakthrough" join; below 0.40 sentences that share only names and the story's words ("Marta Olbrecht was
 * more guarded" / "Olbrecht returned to Varonia") and the seeds' two rounds began to join.
 */
export const ALIGN_THRESHOLD = 0.42;
/** Below the alignment threshold but about the same thing: enough to compare figures and days. */
export const RELATED_THRESHOLD = 0.2;

function overlap<T>(a: readonly T[], b: readonly T[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared;
}

/**
 * How alike two claims are, 0–1: Dice overlap of content words weighted by `weight` (IDF inside the story,
 * so that the story's own words, "Pakistan", "talks", count for little), raised by shared entities, figures
 * and days. Names and figures weigh on top of the words because outlets paraphrase verbs far more than they
 * change who and how many.
 */
export function claimSimilarity(a: Claim, b: Claim, weight: (w: string) => number = () => 1): number {
  let shared = 0;
  let total = 0;
  const inB = new Set(b.words);
  for (const w of a.words) {
    const x = weight(w);
    total += x;
    if (inB.has(w)) shared += x;
  }
  for (const w of b.words) total += weight(w);
  const dice = (2 * shared) / (total || 1);
  const ents = overlap(a.entities, b.entities) / (Math.min(a.entities.length, b.entities.length) || 1);
  const nums = a.numbers.some((x) => b.numbers.some((y) => x.value === y.value)) ? 1 : 0;
  const days = a.dates.some((x) => b.dates.some((y) => x.day === y.day)) ? 1 : 0;
  return Math.min(1, dice + 0.12 * ents * Math.min(1, dice * 3) + 0.1 * nums + 0.05 * days);
}

export interface Pair { a: Claim; b: Claim; score: number }

/**
 * Discounts the story's own words: weight 1 for a word in at most a quarter of the claims, falling with IDF
 * beyond that. A plain IDF would also discount every shared word against unshared ones (a shared word is in two
 * claims at least), which lowered all scores in small stories (NeuS triplets: half as many statements aligned).
 */
export function idfWeights(byWord: Map<string, number[]>, n: number): (w: string) => number {
  const cap = Math.log(1 + 4);
  const table = new Map<string, number>();
  for (const [w, list] of byWord) table.set(w, Math.min(1, Math.log(1 + n / list.length) / cap));
  return (w) => table.get(w) ?? 1;
}

/** Every pair of claims from different articles worth scoring: they share at least two content words. */
export function candidatePairs(claims: readonly Claim[], floor = RELATED_THRESHOLD): Pair[] {
  const byWord = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const w of c.words) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  // Words in most claims (the story's own name) say nothing about which claims match; skip them as keys.
  const common = Math.max(8, claims.length / 4);
  const weight = idfWeights(byWord, claims.length);
  const shared = new Map<number, number>();
  const pairs: Pair[] = [];
  claims.forEach((c, i) => {
    shared.clear();
    for (const w of c.words) {
      const list = byWord.get(w)!;
      if (list.length > common) continue;
      for (const j of list) if (j > i && claims[j]!.article !== c.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < 2) continue;
      const score = claimSimilarity(c, claims[j]!, weight);
      if (score >= floor) pairs.push({ a: c, b: claims[j]!, score });
    }
  });
  return pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}

/**
 * Joins claims into statements, best pairs first; two groups merge only when they hold no article in common,
 * so two sentences of one article stay apart. A copy joins its original's statement; voices are counted later.
 */
export function alignClaims(claims: readonly Claim[], pairs: readonly Pair[], threshold = ALIGN_THRESHOLD, weight: (w: string) => number = () => 1): ClaimGroup[] {
  const groupOf = new Map<Claim, Claim[]>(claims.map((c) => [c, [c]]));
  for (const { a, b, score } of pairs) {
    if (score < threshold) break;
    const ga = groupOf.get(a)!;
    const gb = groupOf.get(b)!;
    if (ga === gb) continue;
    const articles = new Set(ga.map((c) => c.article));
    if (gb.some((c) => articles.has(c.article))) continue;
    ga.push(...gb);
    for (const c of gb) groupOf.set(c, ga);
  }
  // A sentence that repeats, in the same article, a statement its article already gives in a group ("the talks
  // failed", twice) joins that group as more support instead of standing as a single-source claim.
  for (const { a, b, score } of pairs) {
    if (score < threshold) break;
    for (const [one, other] of [[a, b], [b, a]] as const) {
      const g = groupOf.get(other)!;
      if (groupOf.get(one)!.length !== 1 || g.length < 2 || g.includes(one)) continue;
      g.push(one);
      groupOf.set(one, g);
    }
  }
  const seen = new Set<Claim[]>();
  const groups: ClaimGroup[] = [];
  for (const c of claims) {
    const g = groupOf.get(c)!;
    if (seen.has(g)) continue;
    seen.add(g);
    groups.push({ members: g, lead: leadOf(g, weight) });
  }
  return groups;
}

function leadOf(members: Claim[], weight: (w: string) => number): Claim {
  if (members.length === 1) return members[0]!;
  let best = members[0]!;
  let bestScore = -1;
  for (const m of members) {
    const score = members.reduce((sum, o) => (o === m ? sum : sum + claimSimilarity(m, o, weight)), 0) - (m.end - m.start) / 10_000;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
