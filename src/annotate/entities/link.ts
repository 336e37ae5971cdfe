import type { Doc } from '../../core/doc.js';
import { contentId } from '../../core/ids.js';
import type { EntityType } from './mentions.js';
import { givenAgreement, parseName, type PersonName } from './names.js';
import { fold } from './normalise.js';
import type { EntityAttrs } from './stage.js';

/** One real-world referent across the corpus. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** Every surface form seen, most frequent first. */
  aliases: string[];
  roles: string[];
  mentions: { article: string; start: number; end: number }[];
  /** Why forms were joined, within a document or across documents. */
  merges: { forms: string[]; evidence: string }[];
}

/** One document's cluster of mentions (its `entity` attr). */
interface Group {
  type: EntityType;
  weak: boolean;
  forms: string[];
  roles: string[];
  gazetteer: Set<string>;
  names: PersonName[];
  mentions: Entity['mentions'];
  merges: Entity['merges'];
}

const ROLE_STOP = new Set(['the', 'of', 'for', 'and', 'a', 'federal', 'senior', 'former', 'acting', 'deputy']);
const roleWords = (roles: string[]) => new Set(roles.flatMap((r) => r.toLowerCase().split(/[\s-]+/)).filter((w) => w && !ROLE_STOP.has(w)));
const compatible = (a: EntityType, b: EntityType) => a === b || a === 'OTHER' || b === 'OTHER';

/**
 * Joins the per-document entities of `docs` (read from each one's `entities` layer) into corpus entities.
 * Evidence, strongest first: one gazetteer entry (Türkiye / Turkey); one full name or acronym; one person's
 * given names agreeing (same after folding, or a short form with a shared role: Atta / Attaullah Tarar,
 * minister); a bare surname that only one person in the corpus carries. Different given names with one
 * surname, or a bare initial, never join. Every join is recorded in `merges`.
 */
export function linkEntities(docs: readonly Doc[]): Entity[] {
  const groups: Group[] = [];
  for (const doc of docs) {
    const local = new Map<string, Group>();
    for (const span of doc.layer('entities')) {
      const attrs = span.attrs as unknown as EntityAttrs;
      let g = local.get(attrs.entity);
      if (!g) {
        g = { type: span.label as EntityType, weak: true, forms: [], roles: [], gazetteer: new Set(), names: [], mentions: [], merges: [] };
        local.set(attrs.entity, g);
        groups.push(g);
      }
      const form = doc.slice(span);
      g.mentions.push({ article: doc.id, start: span.start, end: span.end });
      if (attrs.evidence === 'strong') g.weak = false;
      if (attrs.role) g.roles.push(attrs.role);
      if (attrs.gazetteer) g.gazetteer.add(attrs.gazetteer);
      if (attrs.form !== 'role') g.forms.push(form);
      if (g.type === 'PERSON' && attrs.form === 'name' && /\s/.test(form.trim())) {
        const name = parseName(form);
        if (!g.names.some((n) => n.surname === name.surname && n.given.join(' ') === name.given.join(' '))) g.names.push(name);
      }
      if (attrs.joinedBy && attrs.joinedTo && fold(attrs.joinedTo) !== fold(form)) g.merges.push({ forms: [attrs.joinedTo, form], evidence: `${doc.id}: ${attrs.joinedBy}` });
    }
  }

  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const members = groups.map((_, i) => [i]);
  const evidence: Entity['merges'][] = groups.map((g) => [...g.merges]);
  const union = (a: number, b: number, forms: string[], why: string) => {
    const x = find(a);
    const y = find(b);
    if (x === y) return;
    const [keep, drop] = x < y ? [x, y] : [y, x];
    parent[drop] = keep;
    members[keep]!.push(...members[drop]!);
    evidence[keep]!.push(...evidence[drop]!, { forms, evidence: why });
  };
  const typeOf = (root: number) => members[root]!.map((i) => groups[i]!).find((g) => !g.weak)?.type ?? groups[root]!.type;
  const namesOf = (root: number) => members[root]!.flatMap((i) => groups[i]!.names);

  // 1. One gazetteer entry.
  const byEntry = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g.gazetteer) {
      const first = byEntry.get(id);
      if (first === undefined) byEntry.set(id, i);
      else union(first, i, [groups[first]!.forms[0]!, g.forms[0]!], `both are the gazetteer entry ${id}`);
    }
  });
  // 2. One full name or acronym (a bare one-word person name waits for step 4).
  const byForm = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const form of new Set(g.forms)) {
      const key = fold(form);
      if (g.type === 'PERSON' && !key.includes(' ')) continue;
      const first = byForm.get(key);
      if (first === undefined) byForm.set(key, i);
      else if (compatible(typeOf(find(first)), g.type) && !conflictingPeople(namesOf(find(first)), namesOf(find(i)))) union(first, i, [form], `the same ${/^[\p{Lu}.&]+$/u.test(form) ? 'acronym' : 'name'} "${form}" in both`);
    }
  });
  // 3. People whose given names agree.
  const bySurname = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const n of g.names) bySurname.set(n.surname, [...(bySurname.get(n.surname) ?? []), i]);
  });
  for (const list of bySurname.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (find(a) === find(b) || conflictingPeople(namesOf(find(a)), namesOf(find(b)))) continue;
        const why = peopleAgree(groups[a]!, groups[b]!);
        if (why) union(a, b, [groups[a]!.forms[0]!, groups[b]!.forms[0]!], why);
      }
    }
  }
  // 4. A bare surname that only one person in the corpus carries.
  groups.forEach((g, i) => {
    if (g.names.length || g.gazetteer.size || !(g.type === 'PERSON' || g.weak) || g.forms.some((f) => /\s/.test(f.trim()))) return;
    const surname = parseName(g.forms[0] ?? '').surname;
    const owners = new Set((bySurname.get(surname) ?? []).map(find));
    if (owners.size === 1) {
      const [owner] = owners;
      union(owner!, i, [g.forms[0]!], `"${g.forms[0]}" is the surname of only one person in the corpus`);
    }
  });

  // 5. A one-word organisation name that starts a longer one ("Kestrel" / "Kestrel Motors Group"): the
  //    entity that already has both forms, else the only entity with such a longer name.
  const longerByFirst = new Map<string, Set<number>>();
  groups.forEach((g, i) => {
    if (g.type !== 'ORG') return; // "Kestrel K400" is a product of Kestrel, not Kestrel
    for (const f of g.forms) {
      const words = fold(f).split(' ');
      if (words.length > 1) (longerByFirst.get(words[0]!) ?? longerByFirst.set(words[0]!, new Set()).get(words[0]!)!).add(i);
    }
  });
  groups.forEach((g, i) => {
    if (g.type === 'PERSON' || g.type === 'PLACE' || g.gazetteer.size || !g.forms.length || g.forms.some((f) => /\s/.test(f.trim()))) return;
    const word = fold(g.forms[0]!);
    const roots = [...new Set([...(longerByFirst.get(word) ?? [])].map(find))].filter((r) => r !== find(i));
    const withBoth = roots.filter((r) => members[r]!.some((k) => groups[k]!.forms.some((f) => fold(f) === word)));
    const pick = withBoth.length === 1 ? withBoth[0] : roots.length === 1 ? roots[0] : undefined;
    if (pick !== undefined) {
      const longer = members[pick]!.flatMap((k) => groups[k]!.forms).find((f) => fold(f).startsWith(`${word} `))!;
      union(pick, i, [longer, g.forms[0]!], `"${g.forms[0]}" is the first word of "${longer}", the only organisation so named`);
    }
  });

  return [...new Set(groups.map((_, i) => find(i)))].map((root) => buildEntity(members[root]!.map((i) => groups[i]!), typeOf(root), evidence[root]!));
}

/** Two sets of full names that name different people (same surname, given names that disagree). */
function conflictingPeople(a: PersonName[], b: PersonName[]): boolean {
  return a.some((x) => b.some((y) => x.surname === y.surname && x.given.length > 0 && y.given.length > 0 && givenAgreement(x.given, y.given) !== 'same' && givenAgreement(x.given, y.given) !== 'variant'));
}

function peopleAgree(a: Group, b: Group): string | undefined {
  for (const x of a.names) {
    for (const y of b.names) {
      if (x.surname !== y.surname) continue;
      const agreement = givenAgreement(x.given, y.given);
      const shared = [...roleWords(a.roles)].filter((w) => roleWords(b.roles).has(w));
      const said = `same surname "${x.surname}", given names "${x.given.join(' ')}" ~ "${y.given.join(' ')}"`;
      if (agreement === 'same') return `${said} (same after folding diacritics and doubled letters)`;
      if (agreement === 'variant' && shared.length) return `${said} (a short form or near spelling) and a shared role "${shared.join(' ')}"`;
    }
  }
  return undefined;
}

function buildEntity(groups: Group[], type: EntityType, merges: Entity['merges']): Entity {
  const counts = new Map<string, number>();
  for (const g of groups) for (const f of g.forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const forms = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length);
  const words = (f: string) => f.trim().split(/\s+/).length;
  const names = forms.filter((f) => !/^[\p{Lu}.&]+$/u.test(f));
  const pool = names.length ? names : forms;
  const name = type === 'PERSON' ? [...pool].sort((a, b) => words(b) - words(a) || b.length - a.length)[0]! : [...pool].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length)[0] ?? '';
  const roles = new Map<string, string>();
  for (const g of groups) for (const r of g.roles) if (!roles.has(r.toLowerCase())) roles.set(r.toLowerCase(), r);
  // A bare role word from "the minister" adds nothing next to "Information Minister".
  for (const key of [...roles.keys()]) if (!key.includes(' ') && [...roles.keys()].some((k) => k !== key && k.split(/\s+/).includes(key))) roles.delete(key);
  const mentions = groups.flatMap((g) => g.mentions).sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  const first = mentions[0];
  const seen = new Set<string>();
  return {
    id: `ent-${contentId(`${type}|${fold(name)}|${first?.article}|${first?.start}`).slice(0, 12)}`,
    type,
    name,
    aliases: forms,
    roles: [...roles.values()],
    mentions,
    merges: merges.filter((m) => {
      const key = m.forms.map(fold).sort().join('|');
      // Joining a form to itself says nothing unless it is a person (two people can share a name).
      if (type !== 'PERSON' && new Set(m.forms.map(fold)).size < 2) return false;
      return seen.has(key) ? false : (seen.add(key), true);
    }),
  };
}
