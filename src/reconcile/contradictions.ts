import type { Claim } from './claims.js';
import type { SlotConflict } from './slots.js';

export interface Support {
  article: string;
  start: number;
  end: number;
}

export interface Side {
  value: string | number;
  outlets: string[];
  /** The sentences that give this value. */
  support: Support[];
  /** Where the value itself stands (the figure, the day, the speaker's sentence). */
  values: Support[];
  /** Claim ids giving this value. */
  claims: string[];
}

/** One slot of one event given different values by different outlets. */
export interface Contradiction {
  id: string;
  about: string;
  kind: SlotConflict['kind'];
  event: string | null;
  /** True for a compatible difference ("late on Tuesday" against "early Wednesday"): shown as a note. */
  minor: boolean;
  sides: Side[];
}

/** A running figure reported higher as time went on: each value with the day it was published. */
export interface Update {
  id: string;
  about: string;
  event: string | null;
  values: (Side & { asOf: string | null })[];
}

/** The words that frame a conflict: a few words either side of the value in its sentence. */
export type Describe = (conflict: SlotConflict) => string;

/**
 * Folds pairwise slot conflicts into one record per event and slot, each value a side with every claim that
 * gives it. A claim can hold one value per slot, so sides never share a claim.
 */
export function foldConflicts(conflicts: readonly SlotConflict[], describe: Describe): { contradictions: Contradiction[]; updates: Update[] } {
  const buckets = new Map<string, { first: SlotConflict; sides: Map<string, Side>; days: Map<string, string | null> }>();
  for (const c of conflicts) {
    const event = c.a.claim.event;
    // A running figure may run across events (a quake's toll restated after the aftershock); disputes may not.
    const bucketKey = c.verdict === 'update' ? `u|${c.key}` : `${c.verdict === 'note' ? 'n' : 'c'}|${event}|${c.key}`;
    let bucket = buckets.get(bucketKey);
    if (!bucket) buckets.set(bucketKey, (bucket = { first: c, sides: new Map(), days: new Map() }));
    for (const s of [c.a, c.b]) addSide(bucket.sides, bucket.days, s);
  }
  const contradictions: Contradiction[] = [];
  const updates: Update[] = [];
  for (const [key, { first, sides, days }] of buckets) {
    const list = [...sides.values()].sort((x, y) => y.claims.length - x.claims.length || String(x.value).localeCompare(String(y.value)));
    if (list.length < 2) continue;
    // Values that no two sides give from different outlets are one outlet's own figures read two ways, not a dispute.
    const apart = list.some((x) => list.some((y) => x !== y && !x.outlets.some((o) => y.outlets.includes(o))));
    if (!key.startsWith('u') && !apart) continue;
    if (key.startsWith('u')) {
      const values = list.map((s) => ({ ...s, asOf: days.get(String(s.value)) ?? null })).sort((x, y) => String(x.asOf).localeCompare(String(y.asOf)));
      updates.push({ id: `u${updates.length + 1}`, about: describe(first), event: first.a.claim.event, values });
    } else {
      contradictions.push({ id: `c${contradictions.length + 1}`, about: describe(first), kind: first.kind, event: first.a.claim.event, minor: key.startsWith('n'), sides: list });
    }
  }
  return { contradictions, updates: mergeUpdates(updates) };
}

/**
 * Two updates in which the same article gives the same figure are one running figure
 * ("23 deaths had been confirmed" → 58; "killing at least 23 people" → 41: 23 → 41 → 58).
 */
function mergeUpdates(updates: Update[]): Update[] {
  const out: Update[] = [];
  const keys = (u: Update) => new Set(u.values.flatMap((v) => v.support.map((s) => `${v.value}|${s.article}`)));
  for (const u of updates) {
    const mine = keys(u);
    const into = out.find((o) => [...keys(o)].some((k) => mine.has(k)));
    if (!into) {
      out.push(u);
      continue;
    }
    for (const v of u.values) {
      const same = into.values.find((w) => w.value === v.value);
      if (!same) into.values.push(v);
      else {
        for (const [i, c] of v.claims.entries()) {
          if (same.claims.includes(c)) continue;
          same.claims.push(c);
          same.support.push(v.support[i]!);
          same.values.push(v.values[i]!);
        }
        for (const o of v.outlets) if (!same.outlets.includes(o)) same.outlets.push(o);
        if (v.asOf && (!same.asOf || v.asOf < same.asOf)) same.asOf = v.asOf;
      }
    }
    into.values.sort((x, y) => String(x.asOf).localeCompare(String(y.asOf)));
  }
  return out.map((u, i) => ({ ...u, id: `u${i + 1}` }));
}

function addSide(sides: Map<string, Side>, days: Map<string, string | null>, s: SlotConflict['a']): void {
  const key = String(s.value);
  let side = sides.get(key);
  if (!side) sides.set(key, (side = { value: s.value, outlets: [], support: [], values: [], claims: [] }));
  const claim: Claim = s.claim;
  if (side.claims.includes(claim.id)) return;
  side.claims.push(claim.id);
  side.support.push({ article: claim.article, start: claim.start, end: claim.end });
  side.values.push({ article: claim.article, start: s.start, end: s.end });
  if (!side.outlets.includes(claim.outlet)) side.outlets.push(claim.outlet);
  const known = days.get(key);
  if (claim.day && (!known || claim.day < known)) days.set(key, claim.day);
  else if (known === undefined) days.set(key, null);
}
