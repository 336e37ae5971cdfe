import type { ActorItem, ActorRecord, ActorRole, TimelineEntry } from './types.js';

/** Mention place (`article:start:end`) → corpus entity. */
export type EntityIndex = ReadonlyMap<string, { id: string; name: string; type?: string }>;

/** CAMEO top-level classes by what an actor list calls them; every other class is something the actor did. */
const ROLE_OF: Record<string, ActorRole> = {
  '10': 'demanded',
  '02': 'demanded',
  '11': 'accused',
  '03': 'promised',
  '13': 'threatened',
};

export function roleOf(typeCode: string): ActorRole {
  return ROLE_OF[typeCode] ?? 'did';
}

/**
 * Per actor (a corpus entity, or a name when the mention was not linked), the actions it took in timeline
 * order, each with its sources. An official's or body's action is also listed under the state it speaks for
 * (its affiliation), marked `via`, so a state's list holds what its ministers said in its name. Actors with
 * the most actions first.
 */
export function actorRecords(entries: readonly TimelineEntry[]): ActorRecord[] {
  const records = new Map<string, ActorRecord>();
  const recordOf = (entity: string | undefined, name: string): ActorRecord => {
    const key = entity ?? `name:${name.toLowerCase()}`;
    let record = records.get(key);
    if (!record) {
      record = { entity: entity ?? '', name, items: [] };
      records.set(key, record);
    }
    return record;
  };
  for (const entry of entries) {
    const action = entry.action;
    if (!action?.actor) continue;
    const item: ActorItem = { role: roleOf(action.type.code), type: action.type, verb: action.verb, target: action.target, time: entry.time, text: entry.text, sources: entry.sources };
    recordOf(action.actor.entity, action.actor.name).items.push(item);
    const aff = action.actor.affiliation;
    if (!aff) continue;
    const state = recordOf(aff.entity, aff.name);
    // The state itself may already hold this action (the same sentence read twice); list it once.
    if (state.items.some((i) => i.verb === item.verb && i.sources[0]?.article === item.sources[0]?.article && i.sources[0]?.start === item.sources[0]?.start)) continue;
    state.items.push({ ...item, via: { name: action.actor.name, role: aff.role } });
  }
  return [...records.values()].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}

/** The record of the actor called `name` (any alias, case-insensitive), or undefined. */
export function findActor(records: readonly ActorRecord[], name: string, aliases: ReadonlyMap<string, string[]> = new Map()): ActorRecord | undefined {
  const wanted = name.trim().toLowerCase();
  const hits = records.filter((r) => r.name.toLowerCase() === wanted || (aliases.get(r.entity) ?? []).some((a) => a.toLowerCase() === wanted));
  if (hits.length <= 1) return hits[0];
  // Several records with one name (linked and unlinked mentions): one list, in timeline order of their records.
  return { entity: hits.find((h) => h.entity)?.entity ?? '', name: hits[0]!.name, items: hits.flatMap((h) => h.items) };
}
