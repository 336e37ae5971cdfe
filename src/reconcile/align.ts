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

/**
 * What two sentences share besides whom they name must reach this (see `contentSimilarity`) for them to be one
 * statement. A name scores twice in `claimSimilarity`, as a word and as a shared entity, so two sentences about
 * one person scored 0.42–0.83 on the name and title alone ("Marta Olbrecht, Varonia's defence minister, was
 * more guarded" / "…, did not attend the news conference"; the mayor's three different quotes). Read on the
 * 178 pairs of the examples and the seeds above ALIGN_THRESHOLD: below 0.18 nearly all were such pairs (the
 * exceptions, paraphrases that share no other word: the seeds' "talks failed" / "breakdown of talks", which
 * are ledes, see CONTENT_FLOOR_LEDE, and the regulator's "will review" / "will examine", lost); at 0.18–0.2
 * two thanks to the same mediators; from 0.2 up the renderings of one statement begin ("magnitude 5.3, the
 * institute said" twice, 0.23).
 */
export const CONTENT_FLOOR = 0.18;
/**
 * The floor when both sentences report actions and none of one kind (CAMEO class): their predicates differ,
 * so the wording they share must be more than a background phrase. The seeds' defence minister's condition
 * for accepting assurances ("control", "allow") and another outlet's "talks failed to produce assurances"
 * share the story's three parties and "militant groups operating from Afghan soil": 0.24; renderings of one
 * statement whose verbs the action reader classes apart ("vowed" / "will take whatever measures") share 0.29
 * and up, except one pair about Pakistan's demand (0.23), which this floor keeps apart too.
 */
export const CONTENT_FLOOR_APART = 0.27;
/**
 * Between two ledes (the first LEDE_CLAIMS claims of their reports) the floor is only this: reports of one event
 * open with its news, worded each its own way, so their ledes share the actors and little else ("The Senate
 * confirmed X on Monday" / "The Senate voted 52-48 on Monday night to confirm X"; the seeds' "talks ended
 * without a breakthrough" / "announced the breakdown of the talks"). On the NeuS triplets' pairs above
 * ALIGN_THRESHOLD that the floors above part, the ledes' were mostly such renderings (0.07–0.25) and one
 * was not, at 0: the lede must still share a word besides names and titles.
 */
export const CONTENT_FLOOR_LEDE = 0.05;
/** Claims at the top of a report that count as its lede for CONTENT_FLOOR_LEDE. */
export const LEDE_CLAIMS = 2;

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

// A claim's words less its names and titles, computed once: a story of fifty articles scores some 8,000 pairs.
const contentCache = new WeakMap<Claim, { words: string[]; set: Set<string> }>();

function contentOf(c: Claim): { words: string[]; set: Set<string> } {
  let found = contentCache.get(c);
  if (!found) {
    const names = new Set(c.names);
    const words = c.words.filter((w) => !names.has(w));
    contentCache.set(c, (found = { words, set: new Set(words) }));
  }
  return found;
}

/**
 * How alike two claims are once names and titles are set aside, 0–1: the weighted Dice overlap of their other
 * content words, raised by a shared figure or day (which are content, not names).
 */
export function contentSimilarity(a: Claim, b: Claim, weight: (w: string) => number = () => 1): number {
  const ca = contentOf(a);
  const cb = contentOf(b);
  let shared = 0;
  let total = 0;
  for (const w of ca.words) {
    const x = weight(w);
    total += x;
    if (cb.set.has(w)) shared += x;
  }
  for (const w of cb.words) total += weight(w);
  const nums = a.numbers.some((x) => b.numbers.some((y) => x.value === y.value)) ? 0.1 : 0;
  const days = a.dates.some((x) => b.dates.some((y) => x.day === y.day)) ? 0.05 : 0;
  return (2 * shared) / (total || 1) + nums + days;
}

/** Both claims report actions, and no class of action is common to them. */
function actionsApart(a: Claim, b: Claim): boolean {
  return a.actions.length > 0 && b.actions.length > 0 && !a.actions.some((x) => b.actions.includes(x));
}

export interface Pair {
  a: Claim;
  b: Claim;
  score: number;
  /** `contentSimilarity` of the two, computed at or above ALIGN_THRESHOLD only (0 below). */
  content: number;
  /** Alike enough (score) and in what they say, not only in whom they name (content): one statement. */
  same: boolean;
}

/** Whether a scored pair is one statement: see ALIGN_THRESHOLD and the CONTENT_FLOOR constants. */
export function sameStatement(a: Claim, b: Claim, score: number, content: number, threshold = ALIGN_THRESHOLD): boolean {
  if (score < threshold) return false;
  if (a.index < LEDE_CLAIMS && b.index < LEDE_CLAIMS) return content >= CONTENT_FLOOR_LEDE;
  return content >= (actionsApart(a, b) ? CONTENT_FLOOR_APART : CONTENT_FLOOR);
}

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
      if (score < floor) continue;
      // Only a pair alike enough to align needs the second look; thousands of merely related pairs do not.
      const content = score >= ALIGN_THRESHOLD ? contentSimilarity(c, claims[j]!, weight) : 0;
      pairs.push({ a: c, b: claims[j]!, score, content, same: sameStatement(c, claims[j]!, score, content) });
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
  const same = (p: Pair) => (threshold === ALIGN_THRESHOLD ? p.same : sameStatement(p.a, p.b, p.score, contentSimilarity(p.a, p.b, weight), threshold));
  for (const p of pairs) {
    if (p.score < threshold) break;
    if (!same(p)) continue;
    const { a, b } = p;
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
  for (const p of pairs) {
    if (p.score < threshold) break;
    if (!same(p)) continue;
    const { a, b } = p;
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
