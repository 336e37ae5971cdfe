import type { Doc } from '../../core/doc.js';
import { contentId } from '../../core/ids.js';
import type { EntityType } from './mentions.js';
import { givenAgreement, parseName, type PersonName } from './names.js';
import { initialsOf } from './acronyms.js';
import { entityName } from './entity-name.js';
import { demonymTypes, voteType } from './link-types.js';
import { editDistance, fold, linkKey } from './normalise.js';
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

const compatible = (a: EntityType, b: EntityType) => a === b || a === 'OTHER' || b === 'OTHER';
const ROLE_STOP = new Set(['the', 'of', 'for', 'and', 'a', 'federal', 'senior', 'former', 'acting', 'deputy']);
const roleWords = (roles: string[]) => new Set(roles.flatMap((r) => r.toLowerCase().split(/[\s-]+/)).filter((w) => w && !ROLE_STOP.has(w)));

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
  const typeOf = (root: number) => voteType(members[root]!.map((i) => groups[i]!));
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
  // 2. One full name or acronym, compared without a leading "the" or corporate suffixes ("The GM" / "GM",
  //    "Ford Motor Co." / "Ford Motor Company"); a bare one-word person name waits for step 4. A form may belong to
  //    entities of different types ("Kestrava" the city, "Kestrava" the start of "Kestrava Savings"): a
  //    group joins the compatible entity that uses the form in most documents; a guess from shape alone
  //    ("Lissenholm" weak ORG) is compatible with any type, so a dateline or a cue elsewhere decides.
  const byForm = new Map<string, number[]>();
  const keys = new Map<string, string>();
  const keyOf = (form: string) => keys.get(form) ?? (keys.set(form, linkKey(form)), keys.get(form)!);
  const strongOf = (root: number) => members[root]!.some((k) => !groups[k]!.weak);
  const canJoin = (root: number, g: Group) => compatible(typeOf(root), g.type) || g.weak || !strongOf(root);
  const uses = (root: number, key: string) => members[root]!.filter((k) => groups[k]!.forms.some((f) => keyOf(f) === key)).length;
  groups.forEach((g, i) => {
    for (const form of new Set(g.forms)) {
      const key = g.type === 'PERSON' ? fold(form) : keyOf(form);
      if (g.type === 'PERSON' && !key.includes(' ')) continue;
      const list = byForm.get(key) ?? byForm.set(key, []).get(key)!;
      const roots = [...new Set(list.map(find))].filter((r) => r !== find(i) && canJoin(r, g) && !conflictingPeople(namesOf(r), namesOf(find(i))));
      const best = roots.sort((a, b) => uses(b, key) - uses(a, key))[0];
      if (best !== undefined) union(best, i, [form], `the same ${/^[\p{Lu}.&]+$/u.test(form) ? 'acronym' : 'name'} "${form}" in both`);
      if (!list.some((j) => find(j) === find(i))) list.push(i);
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
  // 3b. Spelling variants of a surname (edit distance 1 after transliteration folding, five letters or
  //     more) with the same given names and a shared role word: "Ilyas Karimov" / "Ilyas Karimow, minister".
  const byGiven = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const n of g.names) if (n.given.length) (byGiven.get(n.given.join(' ')) ?? byGiven.set(n.given.join(' '), []).get(n.given.join(' '))!).push(i);
  });
  for (const [given, list] of byGiven) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [groups[list[x]!]!, groups[list[y]!]!];
        if (find(list[x]!) === find(list[y]!) || conflictingPeople(namesOf(find(list[x]!)), namesOf(find(list[y]!)))) continue;
        const pair = a.names.flatMap((p) => b.names.filter((q) => p.given.join(' ') === given && q.given.join(' ') === given && p.surname !== q.surname && Math.min(p.surname.length, q.surname.length) >= 5 && editDistance(p.surname, q.surname) <= 1).map((q) => [p, q] as const))[0];
        const shared = [...roleWords(a.roles)].filter((w) => roleWords(b.roles).has(w));
        if (pair && shared.length) union(list[x]!, list[y]!, [a.forms[0]!, b.forms[0]!], `same given names "${given}", surnames "${pair[0].surname}" ~ "${pair[1].surname}" one letter apart, and a shared role "${shared.join(' ')}"`);
      }
    }
  }
  // 3c. Given names that vary ("Hanna" / "Hannah") with a surname no other person in the corpus carries.
  for (const list of bySurname.values()) {
    const roots = [...new Set(list.map(find))];
    if (roots.length !== 2) continue;
    const [a, b] = roots.map((r) => namesOf(r));
    const variant = a!.every((x) => b!.every((y) => ['same', 'variant'].includes(givenAgreement(x.given, y.given))));
    // Roles on both sides that share no word ("Defence Minister" / "singer") say these are two people.
    const [ra, rb] = roots.map((r) => roleWords(members[r]!.flatMap((k) => groups[k]!.roles)));
    const rolesClash = ra!.size > 0 && rb!.size > 0 && ![...ra!].some((w) => rb!.has(w));
    if (variant && !rolesClash && !conflictingPeople(a!, b!)) union(roots[0]!, roots[1]!, [groups[roots[0]!]!.forms[0]!, groups[roots[1]!]!.forms[0]!], `given names "${a![0]!.given.join(' ')}" ~ "${b![0]!.given.join(' ')}" and no other person in the corpus is named "${a![0]!.surname}"`);
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
    // The entity's type, not this report's guess: "Kestrava" weak ORG here may be the city elsewhere.
    const rootType = typeOf(find(i));
    if (rootType === 'PERSON' || rootType === 'PLACE' || g.gazetteer.size || !g.forms.length || g.forms.some((f) => /\s/.test(f.trim()))) return;
    const word = fold(g.forms[0]!);
    const roots = [...new Set([...(longerByFirst.get(word) ?? [])].map(find))].filter((r) => r !== find(i));
    const withBoth = roots.filter((r) => members[r]!.some((k) => groups[k]!.forms.some((f) => fold(f) === word)));
    const pick = withBoth.length === 1 ? withBoth[0] : roots.length === 1 ? roots[0] : undefined;
    if (pick !== undefined) {
      const longer = members[pick]!.flatMap((k) => groups[k]!.forms).find((f) => fold(f).startsWith(`${word} `))!;
      union(pick, i, [longer, g.forms[0]!], `"${g.forms[0]}" is the first word of "${longer}", the only organisation so named`);
    }
  });

  // 5b. An acronym no document spelled out, whose letters are the initials of exactly one organisation's
  //     name in the corpus ("GM" / "General Motors").
  const orgNames = new Map<string, (readonly [number, string])[]>();
  groups.forEach((g, i) => {
    if (typeOf(find(i)) !== 'ORG') return;
    for (const f of g.forms) if (/\s/.test(f.trim())) (orgNames.get(initialsOf(f)) ?? orgNames.set(initialsOf(f), []).get(initialsOf(f))!).push([i, f]);
  });
  groups.forEach((g, i) => {
    if (g.gazetteer.size || g.forms.some((f) => /\s/.test(f.trim()))) return;
    const acronym = g.forms.find((f) => /^[\p{Lu}.&]{2,6}$/u.test(f));
    if (!acronym || members[find(i)]!.some((k) => groups[k]!.forms.some((f) => /\s/.test(f.trim())))) return;
    const fits = orgNames.get(acronym.replace(/[^\p{Lu}]/gu, '')) ?? [];
    const roots = new Set(fits.map(([k]) => find(k)));
    if (roots.size === 1) union(fits[0]![0], i, [fits[0]![1], acronym], `"${acronym}" spells the initials of "${fits[0]![1]}", the only organisation in the corpus that fits`);
  });
  // 6. Spellings of one place the gazetteer does not know ("Dravic" / "Dravica"): one-word names of six
  //    letters or more, one edit apart, with the same first four letters, both typed PLACE.
  const placeByStem = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g.gazetteer.size || typeOf(find(i)) !== 'PLACE') return;
    for (const f of new Set(g.forms.map(fold))) if (!f.includes(' ') && f.length >= 6) (placeByStem.get(f.slice(0, 4)) ?? placeByStem.set(f.slice(0, 4), []).get(f.slice(0, 4))!).push(i);
  });
  for (const list of placeByStem.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x]!, list[y]!];
        if (find(a) === find(b) || typeOf(find(a)) !== 'PLACE' || typeOf(find(b)) !== 'PLACE') continue;
        const pair = groups[a]!.forms.flatMap((p) => groups[b]!.forms.filter((q) => !/\s/.test(p) && !/\s/.test(q) && fold(p) !== fold(q) && Math.min(fold(p).length, fold(q).length) >= 6 && editDistance(fold(p), fold(q)) === 1).map((q) => [p, q]))[0];
        if (pair) union(a, b, pair, `"${pair[0]}" and "${pair[1]}" are one letter apart, both places`);
      }
    }
  }
  const roots = [...new Set(groups.map((_, i) => find(i)))];
  // 7. Demonyms across documents: "Varonian" in one report and "Varonia" in another make a demonym and a place.
  const retyped = demonymTypes(roots.map((root) => ({ type: typeOf(root), strong: strongOf(root), gazetteer: members[root]!.some((k) => groups[k]!.gazetteer.size > 0), forms: members[root]!.flatMap((k) => groups[k]!.forms) })));
  return roots.map((root, k) => {
    const retype = retyped.get(k);
    const merges = retype ? [...evidence[root]!, { forms: retype.forms, evidence: retype.evidence }] : evidence[root]!;
    return buildEntity(members[root]!.map((i) => groups[i]!), retype?.type ?? typeOf(root), merges);
  });
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
  const name = entityName(forms, counts, type);
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
