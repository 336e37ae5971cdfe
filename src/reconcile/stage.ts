import type { Doc } from '../core/doc.js';
import type { CorpusStage, Corpus } from '../pipeline/stage.js';
import type { Grouping } from '../cluster/index.js';
import type { Entity } from '../annotate/entities/index.js';
import { extractClaims, mentionIndex, outletOf, type Claim } from './claims.js';
import { alignClaims, candidatePairs, type ClaimGroup } from './align.js';
import { compareSlots, type SlotConflict } from './slots.js';
import { ledeConflicts } from './lede.js';
import { foldConflicts, type Contradiction, type Support, type Update } from './contradictions.js';
import { framingTerms, type FramingTerm } from './framing.js';
import { coverageOf, type OutletCoverage } from './coverage.js';

export interface ReportClaim {
  id: string;
  text: string;
  status: 'shared' | 'single' | 'disputed';
  outlets: string[];
  /** Independent voices: a syndicated copy and its original are one. */
  voices: number;
  event: string | null;
  entities: string[];
  /** Calendar days the lead sentence names (YYYY-MM-DD), for the timeline. */
  days: string[];
  /** The lead sentence first, then every other article's. */
  support: Support[];
}

export interface StoryReconciliation {
  story: string;
  title: string;
  articles: string[];
  outlets: string[];
  voices: number;
  /** False when the story has one voice: nothing to compare, said plainly in `note`. */
  reconciled: boolean;
  note?: string;
  claims: ReportClaim[];
  contradictions: Contradiction[];
  updates: Update[];
  coverage: OutletCoverage[];
  framing: FramingTerm[];
}

export interface Reconciliation {
  stories: StoryReconciliation[];
}

/** The article whose words a copy repeats, following chains of copies to the first. */
function voiceOf(id: string, grouping: Grouping): string {
  const seen = new Set<string>();
  let at = id;
  while (grouping.articles[at]?.duplicateOf && !seen.has(at)) {
    seen.add(at);
    at = grouping.articles[at]!.duplicateOf!;
  }
  return at;
}

export function reconcileStory(docs: readonly Doc[], story: Grouping['stories'][number], grouping: Grouping, entities: readonly Entity[]): StoryReconciliation {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const mine = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
  const mentions = mentionIndex(entities);
  const eventOf = (d: Doc) => grouping.articles[voiceOf(d.id, grouping)]?.event ?? grouping.articles[d.id]?.event ?? null;
  const claims: Claim[] = mine.flatMap((doc) => extractClaims(doc, { voice: voiceOf(doc.id, grouping), outlet: outletOf(doc), event: eventOf(doc), mentions }));
  const voices = new Set(mine.map((d) => voiceOf(d.id, grouping)));
  const outlets = [...new Set(mine.map(outletOf))];
  const text = (c: Claim) => byId.get(c.article)!.text.slice(c.start, c.end);
  const pairs = candidatePairs(claims);
  const groups = alignClaims(claims, pairs);
  const groupOf = new Map<Claim, ClaimGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g);
  const conflicts: SlotConflict[] = [];
  const docText = (c: Claim) => byId.get(c.article)!.text;
  const compared = new Set<string>();
  for (const { a, b, same } of pairs) {
    if (a.voice === b.voice) continue;
    compared.add(`${a.id}|${b.id}`);
    const found = compareSlots(a, b, same || groupOf.get(a) === groupOf.get(b), docText);
    // Values of different events never contradict each other, but a running figure carried into a later
    // event's reports (the quake's death toll restated in the aftershock's) is still an update.
    conflicts.push(...(a.event === b.event ? found : found.filter((c) => c.verdict === 'update')));
  }
  // A vote tally is specific enough to its event to compare however differently the two sentences are worded
  // ("backed by five of the seven members" / "voted six to one").
  const tallies = claims.filter((c) => c.numbers.some((n) => n.unit === 'vote'));
  for (const [i, a] of tallies.entries()) {
    for (const b of tallies.slice(i + 1)) {
      if (a.voice === b.voice || a.event !== b.event || compared.has(`${a.id}|${b.id}`) || compared.has(`${b.id}|${a.id}`)) continue;
      conflicts.push(...compareSlots(a, b, false, docText).filter((c) => c.key === 'count:vote'));
    }
  }
  // The day a lede gives is compared across reports too, unless the two sentences were already compared on it.
  const dayPairs = new Set(conflicts.filter((c) => c.kind === 'day').flatMap((c) => [`${c.a.claim.id}|${c.b.claim.id}`, `${c.b.claim.id}|${c.a.claim.id}`]));
  conflicts.push(...ledeConflicts(claims).filter((c) => !dayPairs.has(`${c.a.claim.id}|${c.b.claim.id}`)));
  const { contradictions, updates } = foldConflicts(conflicts, (c) => describe(c, byId));
  const disputed = new Set(contradictions.filter((c) => !c.minor).flatMap((c) => c.sides.flatMap((s) => s.claims)));
  // Within a number of voices, statements near the top of their articles first: news writing puts the
  // main facts in the opening paragraphs.
  const rank = new Map<Claim, number>();
  for (const doc of mine) {
    const own = claims.filter((c) => c.article === doc.id);
    own.forEach((c, i) => rank.set(c, i / Math.max(1, own.length)));
  }
  const lead = (g: ClaimGroup) => Math.min(...g.members.map((m) => rank.get(m) ?? 1));
  const order = new Map(groups.map((g) => [g, lead(g)]));
  const sorted = [...groups].sort((x, y) => new Set(y.members.map((m) => m.voice)).size - new Set(x.members.map((m) => m.voice)).size || order.get(x)! - order.get(y)!);
  const reportClaims = sorted.map((g, i) => reportClaim(g, i, disputed, text));
  const framing = framingTerms(mine, outletOf);
  const coverage = coverageOf(mine, outletOf, eventOf, reportClaims, framing);
  return {
    story: story.id,
    title: story.title,
    articles: mine.map((d) => d.id),
    outlets,
    voices: voices.size,
    reconciled: voices.size > 1,
    ...(voices.size > 1 ? {} : { note: mine.length > 1 ? `all ${mine.length} articles are copies of one report: one voice, nothing to reconcile` : 'only one article: nothing to reconcile' }),
    claims: reportClaims,
    contradictions,
    updates,
    coverage,
    framing,
  };
}

function reportClaim(g: ClaimGroup, index: number, disputed: Set<string>, text: (c: Claim) => string): ReportClaim {
  const members = [g.lead, ...g.members.filter((m) => m !== g.lead)];
  const voices = new Set(members.map((m) => m.voice)).size;
  return {
    id: `k${index + 1}`,
    text: text(g.lead),
    status: members.some((m) => disputed.has(m.id)) ? 'disputed' : voices > 1 ? 'shared' : 'single',
    outlets: [...new Set(members.map((m) => m.outlet))],
    voices,
    event: g.lead.event,
    entities: [...new Set(members.flatMap((m) => m.entities))],
    days: [...new Set(g.lead.dates.map((d) => d.day))],
    support: members.map((m) => ({ article: m.article, start: m.start, end: m.end })),
  };
}

/** A few words of the first side's sentence around the value, the value itself left out: what is in question. */
function describe(c: SlotConflict, byId: Map<string, Doc>): string {
  const doc = byId.get(c.a.claim.article)!;
  const before = doc.text.slice(c.a.claim.start, c.a.start).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  const after = doc.text.slice(c.a.end, c.a.claim.end).split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
  if (c.kind === 'speaker') return `who ${c.label} it: “${doc.text.slice(c.a.claim.start, c.a.claim.end).split(/\s+/).slice(0, 8).join(' ')} …”`;
  const head = c.kind === 'day' ? 'the day' : 'the figure';
  return `${head} in “${before} … ${after.replace(/[.,;:]+$/, '')}”`;
}

export function reconcile(corpus: Corpus): Reconciliation {
  const grouping = corpus.results.get('corpus:events') as Grouping | undefined;
  const entities = (corpus.results.get('corpus:entities') as Entity[] | undefined) ?? [];
  if (!grouping) return { stories: [] };
  return { stories: grouping.stories.map((story) => reconcileStory(corpus.docs, story, grouping, entities)) };
}

/** Assigns `corpus:reconciliation`: per story, its statements aligned across outlets, disputes, updates and coverage. */
export const reconcileStage: CorpusStage = {
  name: 'reconcile',
  scope: 'corpus',
  requires: ['corpus:events', 'corpus:entities', 'layer:sentences', 'layer:times'],
  assigns: ['corpus:reconciliation'],
  create: () => (corpus) => void corpus.results.set('corpus:reconciliation', reconcile(corpus)),
};
