import type { Token } from '../../src/annotate/sentences/split.js';
import type { Mention } from '../../src/annotate/events/view.js';

/**
 * PETRARCH actor and agent dictionaries (PETR.Validate.actors.txt / agents.txt) as a lookup of actor codes,
 * as PETRARCH itself uses them: an actor phrase gives a code ("GONDOR [GON]"), possibly restricted to a
 * date range (`[HOBMIL 20080120-20121109]`); an agent phrase adds a suffix ("GOVERNMENT [~GOV]") to the
 * actor beside it ("Gondor's government" → GONGOV) or to "---" when there is none.
 */
export interface Phrase {
  words: string[];
  /** Dictionary words ending in "_" match only themselves; others also as stems (ARGENTIN → Argentina). */
  exact: boolean[];
}
interface Dated {
  code: string;
  from: number;
  to: number;
}
export interface ActorEntry extends Phrase {
  codes: Dated[];
}
export interface AgentEntry extends Phrase {
  suffix: string;
}

function phrase(raw: string): Phrase {
  const parts = raw.trim().toLowerCase().split(/[\s_]+(?=\S)/).filter(Boolean);
  return { words: parts.map((p) => p.replace(/_$/, '')), exact: parts.map((p, i) => p.endsWith('_') || (i === parts.length - 1 && raw.trim().endsWith('_'))) };
}

/** "RHO <790606", "HOBMIL 20080120-20121109", "ZBW" → a code with the days it applies to (YYYYMMDD numbers). */
function dated(raw: string): Dated {
  const [code, ...rest] = raw.trim().split(/\s+/);
  const range = rest.join('');
  const day = (s: string) => {
    const n = Number(s);
    return s.length === 6 ? (n > 300000 ? 19000000 : 20000000) + n : n;
  };
  let from = 0;
  let to = 99999999;
  if (range.startsWith('<')) to = day(range.slice(1)) - 1;
  else if (range.startsWith('>')) from = day(range.slice(1));
  else if (range.includes('-')) [from, to] = range.split('-').map(day) as [number, number];
  return { code: code!.toUpperCase(), from, to };
}

export function parseActors(text: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  for (const raw of text.replace(/<!?\s*--[\s\S]*?-->/g, '').split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => dated(m[1]!));
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !name && current) {
      current.codes.push(...codes);
      continue;
    }
    if (name.startsWith('+') && current) {
      entries.push({ ...phrase(name.slice(1)), codes: current.codes });
      continue;
    }
    current = { ...phrase(name), codes };
    entries.push(current);
  }
  return entries.filter((e) => e.words.length);
}

export function parseAgents(text: string): AgentEntry[] {
  const out: AgentEntry[] = [];
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  // "!MINST! = MINISTER, MINISTRY": a substitution marker, expanded into one entry per word.
  const subs = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line.replace(/#.*$/, '').trim());
    if (m) subs.set(m[1]!, m[2]!.split(',').map((w) => w.trim()).filter(Boolean));
  }
  const expand = (line: string): string[] => {
    const marker = /![A-Z]+!/.exec(line);
    if (!marker) return [line];
    return (subs.get(marker[0]) ?? []).flatMap((w) => expand(line.replace(marker[0], w)));
  };
  for (const raw of lines.flatMap((l) => (/^![A-Z]+!\s*=/.test(l.trim()) ? [] : expand(l)))) {
    const m = /^([^#[{!]+?)\s*(?:\{([^}]*)\})?\s*\[\s*~([^\]]+)\]/.exec(raw.trim());
    if (!m) continue;
    const suffix = m[3]!.trim().toUpperCase();
    // Agent words are whole words ("diplomat" must not match "diplomatic").
    const exactly = (p: Phrase): Phrase => ({ words: p.words, exact: p.words.map(() => true) });
    out.push({ ...exactly(phrase(m[1]!)), suffix });
    for (const plural of (m[2] ?? '').split(/\s+/).filter(Boolean)) out.push({ ...exactly(phrase(plural)), suffix });
  }
  return out;
}

function wordMatches(token: string, word: string, exact: boolean): boolean {
  return token === word || token === `${word}s` || (!exact && word.length >= 4 && token.startsWith(word));
}

/** The longest phrase starting at token `i`, with its length in tokens. */
function longest<P extends Phrase>(words: string[], i: number, index: Map<string, P[]>): { entry: P; size: number } | undefined {
  let best: { entry: P; size: number } | undefined;
  for (const entry of index.get(words[i]!.slice(0, 3)) ?? []) {
    if (entry.words.length <= (best?.size ?? 0) || i + entry.words.length > words.length) continue;
    if (entry.words.every((w, j) => wordMatches(words[i + j]!, w, entry.exact[j]!))) best = { entry, size: entry.words.length };
  }
  return best;
}

export function indexPhrases<P extends Phrase>(entries: readonly P[]): Map<string, P[]> {
  const index = new Map<string, P[]>();
  for (const e of entries) {
    const key = e.words[0]!.slice(0, 3);
    index.set(key, [...(index.get(key) ?? []), e]);
  }
  return index;
}

/** Actor mentions of a sentence with their codes on `date` (YYYYMMDD), agents joined to the actor beside them. */
export function codeActors(text: string, tokens: Token[], actors: Map<string, ActorEntry[]>, agents: Map<string, AgentEntry[]>, date: number): Mention[] {
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const found: (Mention & { first: number; last: number; agent?: string })[] = [];
  for (let i = 0; i < words.length; i++) {
    const actor = longest(words, i, actors);
    const agent = longest(words, i, agents);
    if (!actor && !agent) continue;
    const pick = actor && (!agent || actor.size >= agent.size) ? actor : agent!;
    const last = i + pick.size - 1;
    const base = { start: tokens[i]!.start, end: tokens[last]!.end, first: i, last };
    if (pick === actor) {
      // A code restricted to a date range that holds the record's date wins over the entry's default.
      const restricted = (c: Dated) => c.from > 0 || c.to < 99999999;
      const codes = actor.entry.codes;
      const code = (codes.find((c) => restricted(c) && date >= c.from && date <= c.to) ?? codes.find((c) => !restricted(c)) ?? codes[codes.length - 1])?.code;
      found.push({ ...base, ...(code ? { code } : {}) });
    } else found.push({ ...base, code: `---${agent!.entry.suffix}`, agent: agent!.entry.suffix });
    i = last;
  }
  // "Gondor's government", "Danish media", "government of Gondor": one actor, the agent's suffix added.
  const out: Mention[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const next = found[k + 1];
    const gap = next ? words.slice(m.last + 1, next.first) : [];
    // "Ithilen's awful and evil minister": possessive, articles, adjectives and "and" may stand between.
    const modifiers = gap.every((w, j) => ["'s", '’s', 'the'].includes(w) || tokens[m.last + 1 + j]!.pos === 'ADJ' || (w === 'and' && tokens[m.last + 2 + j]?.pos === 'ADJ'));
    if (!m.agent && next?.agent && modifiers && gap.length <= 4) {
      out.push({ start: m.start, end: next.end, code: `${(m.code ?? '---').slice(0, 3)}${next.agent}` });
      k++;
      continue;
    }
    // "ambassadors of Arnor, Osgiliath and Gondor", "soldiers from Gondor": each actor of the list takes the
    // agent; the first one's span starts at the agent so that the list reads as the subject.
    if (m.agent && next && !next.agent && gap.length === 1 && ['of', 'from', 'in'].includes(gap[0]!)) {
      let j = k + 1;
      out.push({ start: m.start, end: next.end, code: `${(next.code ?? '---').slice(0, 3)}${m.agent}` });
      while (found[j + 1] && !found[j + 1]!.agent && words.slice(found[j]!.last + 1, found[j + 1]!.first).every((w) => w === ',' || w === 'and' || w === 'the')) {
        j++;
        out.push({ start: found[j]!.start, end: found[j]!.end, code: `${(found[j]!.code ?? '---').slice(0, 3)}${m.agent}` });
      }
      k = j;
      continue;
    }
    out.push({ start: m.start, end: m.end, ...(m.code ? { code: m.code } : {}) });
  }
  // "Bree Prime Minister Romendacil": names that touch are one actor, coded by the more specific code.
  const merged: Mention[] = [];
  for (const m of out) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, m.start))) {
      const code = (last.code?.length ?? 0) >= (m.code?.length ?? 0) ? last.code : m.code;
      merged[merged.length - 1] = { start: last.start, end: m.end, ...(code ? { code } : {}) };
    } else merged.push(m);
  }
  return merged;
}
