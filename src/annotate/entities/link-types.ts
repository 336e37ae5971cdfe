import { demonymStems } from './demonyms.js';
import type { EntityType } from './mentions.js';
import { fold } from './normalise.js';

/**
 * The type of an entity joined from several documents' clusters: the type most clusters gave on strong
 * evidence (a gazetteer entry, a title, a dateline, a context cue), OTHER only when nothing else was said;
 * ties go to the earliest cluster. With no strong evidence at all, the guess most clusters made.
 */
export function voteType(groups: readonly { type: EntityType; weak: boolean }[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const g of groups) if (!g.weak) votes.set(g.type, (votes.get(g.type) ?? 0) + 1);
  // No strong evidence anywhere: the guess most clusters made ("Chrysler" ORG in nine reports, PLACE after
  // "in Chrysler" in one).
  if (!votes.size) {
    for (const g of groups) if (g.type !== 'OTHER') votes.set(g.type, (votes.get(g.type) ?? 0) + 1);
    if (!votes.size) return groups[0]!.type;
    const most = Math.max(...votes.values());
    return groups.find((g) => votes.get(g.type) === most)!.type;
  }
  const named = [...votes].filter(([t]) => t !== 'OTHER');
  if (!named.length) return 'OTHER';
  const most = Math.max(...named.map(([, n]) => n));
  return groups.find((g) => !g.weak && g.type !== 'OTHER' && votes.get(g.type) === most)!.type;
}

export interface TypedEntity {
  type: EntityType;
  strong: boolean;
  gazetteer: boolean;
  forms: string[];
}

/**
 * Entities whose one-word name is a demonym of another entity's one-word name ("Varonian" / "Varonia",
 * "Teskári" / "Teskár") across the corpus: the first becomes OTHER (a demonym), the second a PLACE. Gazetteer
 * entities and strong people keep their types. Returns index → new type and the evidence.
 */
export function demonymTypes(entities: readonly TypedEntity[]): Map<number, { type: EntityType; forms: string[]; evidence: string }> {
  const byForm = new Map<string, number>();
  entities.forEach((e, k) => {
    for (const f of e.forms) if (!/\s/.test(f.trim()) && !byForm.has(fold(f))) byForm.set(fold(f), k);
  });
  const out = new Map<number, { type: EntityType; forms: string[]; evidence: string }>();
  entities.forEach((e, k) => {
    if (e.gazetteer || (e.type === 'PERSON' && e.strong)) return;
    for (const form of new Set(e.forms)) {
      if (/\s/.test(form.trim())) continue;
      const place = demonymStems(form).map((s) => byForm.get(s)).find((p) => p !== undefined && p !== k);
      if (place === undefined) continue;
      const other = entities[place]!;
      if (other.type === 'PERSON' && other.strong) continue;
      const placeForm = other.forms.find((f) => demonymStems(form).includes(fold(f)))!;
      const evidence = `"${form}" is a demonym of "${placeForm}"`;
      if (e.type !== 'OTHER') out.set(k, { type: 'OTHER', forms: [form, placeForm], evidence });
      if (other.type !== 'PLACE' && !other.gazetteer) out.set(place, { type: 'PLACE', forms: [placeForm, form], evidence });
      break;
    }
  });
  return out;
}
