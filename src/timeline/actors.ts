import type { ActorRecord, ActorRole, TimelineEntry } from './types.js';

/** Mention place (`article:start:end`) → corpus entity. */
export type EntityIndex = ReadonlyMap<string, { id: string; name: string }>;

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
 * order, each with its sources. Actors with the most actions first.
 */
export function actorRecords(entries: readonly TimelineEntry[]): ActorRecord[] {
  const records = new Map<string, ActorRecord>();
  for (const entry of entries) {
    const action = entry.action;
    if (!action?.actor) continue;
    const key = action.actor.entity ?? `name:${action.actor.name.toLowerCase()}`;
    let record = records.get(key);
    if (!record) {
      record = { entity: action.actor.entity ?? '', name: action.actor.name, items: [] };
      records.set(key, record);
    }
    record.items.push({ role: roleOf(action.type.code), type: action.type, verb: action.verb, target: action.target, time: entry.time, text: entry.text, sources: entry.sources });
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
