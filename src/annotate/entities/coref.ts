import { capitalsOf, declaredAliases, initialsOf } from './acronyms.js';
import type { EntityType, Mention } from './mentions.js';
import { givenAgreement, parseName, samePerson, type PersonName } from './names.js';
import { fold } from './normalise.js';

/** A mention after coreference: its cluster (0-based, in order of first mention) and why it joined. */
export interface ClusteredMention extends Mention {
  cluster: number;
  /** How this mention was tied to another of its cluster, and that mention's text, when it was. */
  joinedBy?: string;
  joinedTo?: string;
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const RANK = { strong: 2, weak: 1 } as const;
const isNameLike = (m: Mention) => m.form === 'name' || m.form === 'acronym';

/**
 * Groups a document's mentions into entities: same gazetteer entry, same folded name, aliases the text
 * declares, a surname after the full name ("Ilse Carrow" … "Carrow"), a short given name ("Kael Orsk" …
 * "K. Orsk" is NOT joined), and "the spokesperson" → the last person with that role. Each cluster takes
 * the type of its strongest mention, and every mention is relabelled with it.
 */
export function clusterMentions(text: string, mentions: Mention[]): ClusteredMention[] {
  const uf = new UnionFind(mentions.length);
  const why = new Map<number, { reason: string; to: string }>();
  const forms = mentions.map((m) => fold(text.slice(m.start, m.end)));
  // Parsed on demand: most mentions are never compared as people's names.
  const parsedCache: PersonName[] = [];
  const parsed = (i: number) => (parsedCache[i] ??= parseName(text.slice(mentions[i]!.start, mentions[i]!.end)));
  // The full names in each cluster, so that no join ever puts two different people together.
  const people = new Map<number, PersonName[]>();
  mentions.forEach((m, i) => {
    if (m.type === 'PERSON' && m.form === 'name' && forms[i]!.includes(' ')) people.set(i, [parsed(i)]);
  });
  const join = (later: number, earlier: number, reason: string) => {
    const [x, y] = [uf.find(later), uf.find(earlier)];
    if (x === y) return;
    const a = people.get(x) ?? [];
    const b = people.get(y) ?? [];
    if (a.some((p) => b.some((q) => p.surname === q.surname && !['same', 'variant'].includes(givenAgreement(p.given, q.given))))) return;
    uf.union(later, earlier);
    people.set(uf.find(later), [...a, ...b]);
    if (!why.has(later)) why.set(later, { reason, to: text.slice(mentions[earlier]!.start, mentions[earlier]!.end) });
  };
  for (const link of declaredAliases(text, mentions)) join(link.b, link.a, link.evidence);
  const fullSurnames = new Set([...people.keys()].map((i) => parsed(i).surname));
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.form === 'role') return;
    // A bare surname goes to the nearest full name below, not to every other bare use of it.
    if (fullSurnames.size && !m.gazetteer && m.form === 'name' && !forms[i]!.includes(' ') && fullSurnames.has(parsed(i).surname)) return;
    const key = m.gazetteer ?? `${m.form === 'demonym' ? 'demonym' : 'name'}:${forms[i]}`;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else join(i, first, m.gazetteer ? `same gazetteer entry ${m.gazetteer}` : `same name "${text.slice(m.start, m.end)}"`);
  });

  // Surnames and given-name variants of people named in full, looked up by surname (a list of 5,000 names stays linear).
  const bySurname = new Map<string, number[]>(); // every full-name mention
  const distinctBySurname = new Map<string, number[]>(); // the first mention of each distinct full name
  const seenForm = new Set<string>();
  const push = (map: Map<string, number[]>, key: string, i: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(i);
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON' || !isNameLike(m) || !forms[i]!.includes(' ')) return;
    push(bySurname, parsed(i).surname, i);
    // Repeats of a full name were joined above by their shared form; compare each distinct name once.
    if (!seenForm.has(forms[i]!)) push(distinctBySurname, parsed(i).surname, i);
    seenForm.add(forms[i]!);
  });
  // Bare surnames tied to a person's full name: their own guess from shape ("Djamal" ORG) does not vote.
  const surnames = new Set<number>();
  mentions.forEach((m, i) => {
    if (!isNameLike(m) || m.gazetteer || m.form === 'acronym') return;
    if (m.type !== 'PERSON' && (m.evidence === 'strong' || forms[i]!.includes(' '))) return;
    if (!forms[i]!.includes(' ')) {
      const candidates = bySurname.get(parsed(i).surname) ?? [];
      // One word: the nearest full name before it with that surname, else the first after it.
      const match = [...candidates].reverse().find((p) => p < i) ?? candidates.find((p) => p > i);
      if (match !== undefined) {
        join(i, match, `surname of "${text.slice(mentions[match]!.start, mentions[match]!.end)}"`);
        if (uf.find(i) === uf.find(match)) surnames.add(i);
      }
      return;
    }
    const distinct = distinctBySurname.get(parsed(i).surname) ?? [];
    if (!distinct.includes(i)) return;
    for (const p of distinct) {
      if (p < i && uf.find(p) !== uf.find(i) && samePerson(parsed(i), parsed(p)) === 'variant') join(i, p, `given names agree with "${text.slice(mentions[p]!.start, mentions[p]!.end)}", same surname`);
    }
  });

  // A one-word name that starts a longer organisation name ("Valdor" … "Valdor Motors Group").
  const orgByFirstWord = new Map<string, number>();
  mentions.forEach((o, j) => {
    const space = forms[j]!.indexOf(' ');
    const first = space < 0 ? forms[j]! : forms[j]!.slice(0, space);
    if (o.type === 'ORG' && o.form === 'name' && forms[j]!.includes(' ') && !orgByFirstWord.has(first)) orgByFirstWord.set(first, j);
  });
  // A name the document elsewhere calls a place or a person ("in Kestrava") is not short for "Kestrava Institute".
  const placeOrPerson = new Set(mentions.filter((m) => (m.evidence === 'strong' || m.typedBy) && (m.type === 'PLACE' || m.type === 'PERSON')).map((m) => fold(text.slice(m.start, m.end))));
  mentions.forEach((m, i) => {
    if (m.form !== 'name' || m.gazetteer || m.evidence === 'strong' || forms[i]!.includes(' ') || placeOrPerson.has(forms[i]!)) return;
    const match = orgByFirstWord.get(forms[i]!);
    if (match !== undefined) join(i, match, `first word of "${text.slice(mentions[match]!.start, mentions[match]!.end)}"`);
  });

  // An acronym spelled by the initials of the only organisation name that fits ("KMG" … "Kestrel Motors Group").
  const orgNames: number[] = [];
  mentions.forEach((o, j) => {
    if (o.type === 'ORG' && o.form === 'name' && forms[j]!.includes(' ')) orgNames.push(j);
  });
  // The same test as initialsMatch, with each organisation's initials read once rather than once per acronym.
  let orgInitials: string[] | undefined;
  mentions.forEach((m, i) => {
    if (m.form !== 'acronym' || m.gazetteer) return;
    const acronym = text.slice(m.start, m.end);
    const letters = capitalsOf(acronym);
    if (letters.length <= 1) return;
    orgInitials ??= orgNames.map((j) => initialsOf(text.slice(mentions[j]!.start, mentions[j]!.end)));
    const fits = orgNames.filter((_, k) => orgInitials![k] === letters);
    const roots = new Set(fits.map((j) => uf.find(j)));
    if (roots.size === 1) join(i, fits[0]!, `"${acronym}" spells the initials of "${text.slice(mentions[fits[0]!]!.start, mentions[fits[0]!]!.end)}"`);
  });

  // Cluster types: the strongest mention decides. Among weak guesses only, the type most mentions got,
  // a context cue ("in X") or a full name counting twice and an acronym's ORG one and a half (people are not given
  // acronyms): one "in Kestrel" does not outvote a dozen plain "Kestrel"s. OTHER only when nothing else.
  const typeOf = new Map<number, { type: EntityType; rank: number }>();
  const weakVotes = new Map<number, Map<EntityType, number>>();
  mentions.forEach((m, i) => {
    if (m.form === 'role') return;
    const root = uf.find(i);
    if (m.evidence === 'weak' && !(surnames.has(i) && !m.typedBy)) {
      const votes = weakVotes.get(root) ?? weakVotes.set(root, new Map()).get(root)!;
      votes.set(m.type, (votes.get(m.type) ?? 0) + (m.typedBy || forms[i]!.includes(' ') ? 2 : m.form === 'acronym' ? 1.5 : 1));
    }
    const rank = RANK[m.evidence] * 10 + (m.type === 'OTHER' ? 0 : 1);
    const best = typeOf.get(root);
    if (!best || rank > best.rank) typeOf.set(root, { type: m.type, rank });
  });
  for (const [root, best] of typeOf) {
    if (best.rank >= RANK.strong * 10) continue;
    const cast = weakVotes.get(root);
    if (!cast) continue;
    const votes = [...cast].sort((a, b) => (a[0] === 'OTHER' ? 1 : 0) - (b[0] === 'OTHER' ? 1 : 0) || b[1] - a[1]);
    typeOf.set(root, { type: votes[0]![0], rank: best.rank });
  }

  // "the spokesperson": the nearest person before it whose role has that word. Roles are gathered per
  // cluster once (a long document has hundreds of mentions), and kept up to date as role words join.
  const rolesOf = new Map<number, string[]>();
  mentions.forEach((x, k) => {
    if (x.role) (rolesOf.get(uf.find(k)) ?? rolesOf.set(uf.find(k), []).get(uf.find(k))!).push(x.role.toLowerCase());
  });
  mentions.forEach((m, i) => {
    if (m.form !== 'role') return;
    for (let p = i - 1; p >= 0; p--) {
      const o = mentions[p]!;
      const root = uf.find(p);
      if (typeOf.get(root)?.type !== 'PERSON') continue;
      const roles = rolesOf.get(root) ?? [];
      if (roles.some((r) => r.split(/\s+/).includes(m.role!))) {
        join(i, p, `"the ${m.role}" after "${text.slice(o.start, o.end)}" (${roles[0]})`);
        const merged = uf.find(p);
        if (merged !== root) rolesOf.set(merged, [...(rolesOf.get(merged) ?? []), ...roles]);
        break;
      }
    }
  });

  const size = new Map<number, number>();
  mentions.forEach((_, i) => size.set(uf.find(i), (size.get(uf.find(i)) ?? 0) + 1));
  const order = new Map<number, number>();
  const out: ClusteredMention[] = [];
  mentions.forEach((m, i) => {
    const root = uf.find(i);
    // A role word that found no person, or a tentative word that found no other mention, is not a mention.
    if ((m.form === 'role' || m.tentative) && size.get(root) === 1) return;
    const type = typeOf.get(root)?.type ?? m.type;
    if (!order.has(root)) order.set(root, order.size);
    out.push(clustered(m, type, order.get(root)!, why.get(i)));
  });
  return out;
}

/**
 * A mention as its cluster has it: without `tentative`, with the cluster's type, and with `typedBy` only when
 * the cluster kept the mention's type (a context cue explains the type only then). Built field by field:
 * spreads were a visible share of the stage's time.
 */
function clustered(m: Mention, type: EntityType, cluster: number, reason: { reason: string; to: string } | undefined): ClusteredMention {
  // Every field present, in one order, as in mention.ts: one shape for the stage's last pass.
  return {
    start: m.start,
    end: m.end,
    type,
    form: m.form,
    evidence: m.evidence,
    role: m.role,
    gazetteer: m.gazetteer,
    typedBy: m.typedBy && type === m.type ? m.typedBy : undefined,
    dateline: m.dateline,
    model: m.model,
    phrase: m.phrase,
    cluster,
    joinedBy: reason?.reason,
    joinedTo: reason?.to,
  };
}
