import type { Doc } from '../core/doc.js';
import type { FramingTerm } from './framing.js';

/** What one outlet of a story carries, and which of the story's shared statements it leaves out. */
export interface OutletCoverage {
  outlet: string;
  articles: string[];
  /** Statements it carries. */
  claims: number;
  /** Shared statements it carries, of the story's shared statements. */
  shared: number;
  sharedTotal: number;
  /** Shared statements (claim ids) of the events it covers that it does not carry. */
  omits: string[];
  /** Statements no other outlet carries. */
  single: number;
  framing: FramingTerm[];
}

export interface CoverageClaim {
  id: string;
  status: 'shared' | 'single' | 'disputed';
  outlets: string[];
  event: string | null;
}

/**
 * Per outlet: its share of the shared statements and what it omits. An omission is only counted for the
 * events the outlet reports at all: an outlet that covered the first round is not blamed for the second.
 */
export function coverageOf(docs: readonly Doc[], outletOf: (doc: Doc) => string, eventOf: (doc: Doc) => string | null, claims: readonly CoverageClaim[], framing: readonly FramingTerm[]): OutletCoverage[] {
  const outlets = new Map<string, { articles: string[]; events: Set<string | null> }>();
  for (const doc of docs) {
    const o = outletOf(doc);
    const entry = outlets.get(o) ?? { articles: [], events: new Set() };
    entry.articles.push(doc.id);
    entry.events.add(eventOf(doc));
    outlets.set(o, entry);
  }
  const shared = claims.filter((c) => c.status !== 'single');
  return [...outlets].map(([outlet, { articles, events }]) => ({
    outlet,
    articles,
    claims: claims.filter((c) => c.outlets.includes(outlet)).length,
    shared: shared.filter((c) => c.outlets.includes(outlet)).length,
    sharedTotal: shared.length,
    omits: shared.filter((c) => !c.outlets.includes(outlet) && events.has(c.event)).map((c) => c.id),
    single: claims.filter((c) => c.status === 'single' && c.outlets.includes(outlet)).length,
    framing: framing.filter((f) => f.outlet === outlet),
  })).sort((a, b) => b.shared - a.shared || a.outlet.localeCompare(b.outlet));
}
