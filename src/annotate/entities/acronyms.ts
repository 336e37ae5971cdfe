import type { Mention } from './mentions.js';
import { PARTY_TAG } from './not-names.js';

/** Two mentions a text declares to be one thing, and what it said. */
export interface AliasLink {
  a: number;
  b: number;
  evidence: string;
}

// Between two mentions: "Xa (Xb)" or "Xa (ACR) — also referred to as Xb", "Xa, known as Xb", "Xa, also called Xb".
const PARENTHESIS = /^\s*\(\s*$/;
const DECLARED = /^\s*\)?\s*[,—–-]*\s*(?:(?:also|formerly|popularly|commonly|officially|locally)\s+)?(?:referred to as|known as|called|dubbed|renamed|designated as|a\.k\.a\.?|aka)\s+(?:the\s+)?$/i;

/**
 * Finds aliases a text declares between neighbouring mentions: a parenthesised acronym or name right after
 * a name ("Valdor Liberation Front (VLF)", "Fitna Example (VLF)"), and "known as", "also referred to as",
 * "also called" between two names. Indices point into `mentions` (sorted by position).
 */
export function declaredAliases(text: string, mentions: readonly Mention[]): AliasLink[] {
  const links: AliasLink[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const n = mentions[i + 1]!;
    if (m.form === 'role' || n.form === 'role' || m.form === 'demonym' || n.form === 'demonym') continue;
    if (m.dateline || n.dateline) continue;
    const between = text.slice(m.end, n.start);
    if (between.length > 60 || between.includes('\n')) continue;
    // A known place is not renamed by a bracket after it ("KESTRAVA (Tidewire)" is a dateline, not an alias).
    const knownPlace = (x: Mention) => x.gazetteer !== undefined && x.type === 'PLACE';
    if (knownPlace(m) !== knownPlace(n) && !(m.gazetteer && n.gazetteer)) continue;
    // "Senator Jo Marlow (R-AZ)": the bracket gives the party and the state, not another name (not-names.ts).
    if (PARENTHESIS.test(between) && /^\s*\)/.test(text.slice(n.end, n.end + 3)) && !PARTY_TAG.test(text.slice(n.start, n.end))) {
      links.push({ a: i, b: i + 1, evidence: `the text writes "${text.slice(m.start, m.end)} (${text.slice(n.start, n.end)})"` });
    } else if (DECLARED.test(between)) {
      const cue = between.replace(/^[\s),—–-]+/, '').trim();
      links.push({ a: i, b: i + 1, evidence: `the text says "${text.slice(m.start, m.end)}" is ${cue} "${text.slice(n.start, n.end)}"` });
    }
  }
  // "... known inside Teskár by its local initials, FNL": initials named as such belong to the nearest
  // organisation before them (within a few sentences), not to the place in between.
  mentions.forEach((n, j) => {
    if (n.form !== 'acronym' || n.gazetteer) return;
    if (!INITIALS.test(text.slice(Math.max(0, n.start - 40), n.start))) return;
    for (let i = j - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (n.start - m.end > 400) break;
      if (m.type !== 'ORG' || m.form === 'role' || m.dateline) continue;
      links.push({ a: i, b: j, evidence: `the text calls "${text.slice(n.start, n.end)}" the initials of "${text.slice(m.start, m.end)}"` });
      break;
    }
  });
  return links;
}

const INITIALS = /\b(?:initials|acronym|abbreviation|abbreviated(?: as)?)\s*,?\s*$/i;

/**
 * True when the capital letters of `acronym` are exactly the initials of the capitalised words of `name`
 * ("TTP" / "Tehreek-e-Taliban Pakistan", "SEC" / "Securities and Exchange Commission"); corporate suffixes
 * ("Inc.", "Corp.") are ignored.
 */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = capitalsOf(acronym);
  return letters.length > 1 && initialsOf(name) === letters;
}

/** The capital letters of an acronym ("U.S." → US); initialsMatch compares them with a name's initials. */
export const capitalsOf = (acronym: string): string => acronym.replace(/[^\p{Lu}]/gu, '');

/** The initials of a name's capitalised words, corporate suffixes left out: "Kestrel Motors Group" → KMG. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA)\.?$/.test(w))
    .map((w) => w[0]!)
    .join('');
}
