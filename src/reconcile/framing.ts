import type { Doc } from '../core/doc.js';
import framing from '../../data/reconcile/framing.json' with { type: 'json' };
import type { Support } from './contradictions.js';

/** A word one outlet of a story uses for an actor or event and no other outlet does. */
export interface FramingTerm {
  term: string;
  outlet: string;
  support: Support[];
}

const TERMS = framing.terms.map((t) => t.toLowerCase());
const SUFFIX = framing.compoundSuffixes.join('|');
// A listed term, or a compound such as "Indian-backed" / "state-sponsored".
const PATTERN = new RegExp(`\\b(?:${TERMS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b|\\b[\\p{L}]+(?:${SUFFIX})\\b`, 'giu');
// A capitalised name built on a listed term ("Fitna al Hindustan"): the whole name is the label.
const NAMED = /\b(?:\p{Lu}[\p{L}]+)(?:\s+(?:al|al-|el|of|the|ul|e)?\s*\p{Lu}[\p{L}]+)+/gu;

function termsOf(doc: Doc): Map<string, Support[]> {
  const found = new Map<string, Support[]>();
  const add = (key: string, start: number, end: number) => {
    const list = found.get(key);
    const span = { article: doc.id, start, end };
    if (list) list.push(span);
    else found.set(key, [span]);
  };
  for (const m of doc.text.matchAll(PATTERN)) add(m[0].toLowerCase(), m.index, m.index + m[0].length);
  for (const m of doc.text.matchAll(NAMED)) {
    const first = m[0].split(/\s+/)[0]!.toLowerCase();
    if (TERMS.includes(first)) add(m[0], m.index, m.index + m[0].length);
  }
  return found;
}

/**
 * Labels that only one outlet of the story uses. A story of one outlet has no framing to compare, so it
 * returns nothing. `outletOf` gives each document's outlet (copies share their original's terms anyway).
 */
export function framingTerms(docs: readonly Doc[], outletOf: (doc: Doc) => string): FramingTerm[] {
  const byOutlet = new Map<string, Map<string, Support[]>>();
  for (const doc of docs) {
    const outlet = outletOf(doc);
    const mine = byOutlet.get(outlet) ?? new Map<string, Support[]>();
    for (const [term, spans] of termsOf(doc)) mine.set(term, [...(mine.get(term) ?? []), ...spans]);
    byOutlet.set(outlet, mine);
  }
  if (byOutlet.size < 2) return [];
  const users = new Map<string, string[]>();
  for (const [outlet, terms] of byOutlet) for (const term of terms.keys()) users.set(term.toLowerCase(), [...(users.get(term.toLowerCase()) ?? []), outlet]);
  const out: FramingTerm[] = [];
  for (const [outlet, terms] of byOutlet) {
    for (const [term, support] of terms) {
      if (users.get(term.toLowerCase())!.length === 1) out.push({ term, outlet, support });
    }
  }
  return out.sort((a, b) => a.outlet.localeCompare(b.outlet) || a.term.localeCompare(b.term));
}
