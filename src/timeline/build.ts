import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Corpus } from '../pipeline/stage.js';
import type { ActionAttrs, SideRef } from '../annotate/events/stage.js';
import type { TimeAttrs } from '../annotate/times/types.js';
import { timeNear, timeValue } from '../annotate/events/stage.js';
import { findTimes } from '../annotate/times/resolve.js';
import { actorRecords, type EntityIndex } from './actors.js';
import { affiliationOf, dominantState } from './affiliation.js';
import { loadStates, type StateLexicon } from './states.js';
import { orderingDay, publicationDay, type InferredTable } from './dates.js';
import type { Party, Timeline, TimelineEntry, TimelineEvent } from './types.js';

interface StoryLike {
  id: string;
  title: string;
  articles: string[];
  events?: Array<{ id: string; title: string; articles: string[] }>;
}

/** The stories of the corpus: from corpus:events when present (it has event splits), else corpus:stories. */
export function storiesOf(corpus: Corpus): StoryLike[] {
  const grouping = (corpus.results.get('corpus:events') ?? corpus.results.get('corpus:stories')) as { stories: StoryLike[] } | undefined;
  return grouping?.stories ?? [];
}

/** Corpus entity ids by mention place, from corpus:entities. */
export function entityIndex(corpus: Corpus): EntityIndex {
  const entities = (corpus.results.get('corpus:entities') ?? []) as { id: string; name: string; type: string; mentions: { article: string; start: number; end: number }[] }[];
  const byMention = new Map<string, { id: string; name: string; type: string }>();
  for (const e of entities) for (const m of e.mentions) byMention.set(`${m.article}:${m.start}:${m.end}`, { id: e.id, name: e.name, type: e.type });
  return byMention;
}

/** Corpus entity ids by lowercase name and alias, to join a state named in an affiliation to its entity. */
function entityNames(corpus: Corpus): Map<string, string> {
  const entities = (corpus.results.get('corpus:entities') ?? []) as { id: string; name: string; aliases?: string[] }[];
  const byName = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...(e.aliases ?? [])]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  return byName;
}

/** What docEntries needs to roll officials up into their states. */
interface Affiliating {
  states: StateLexicon;
  names: Map<string, string>;
}

/**
 * The timeline of one story: each action and each sentence that names a time, dated by its time expression,
 * in order of day; the same action reported by several articles (same day, class, actor and target) is one
 * entry with several sources. Entries with no date follow, by their article's publication.
 */
export function buildTimeline(corpus: Corpus, storyId: string, states: StateLexicon = loadStates()): Timeline | undefined {
  const story = storiesOf(corpus).find((s) => s.id === storyId);
  if (!story) return undefined;
  const byId = new Map(corpus.docs.map((d) => [d.id, d]));
  const inferred = (corpus.results.get('corpus:inferredPublished') ?? {}) as InferredTable;
  const entities = entityIndex(corpus);
  const affiliating = { states, names: entityNames(corpus) };
  const docs = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
  const published = new Map(docs.map((d) => [d.id, publicationDay(d, inferred)]));
  docs.sort((a, b) => (published.get(a.id) ?? '9999').localeCompare(published.get(b.id) ?? '9999') || a.id.localeCompare(b.id));
  const periods = (corpus.results.get('corpus:eventPeriods') ?? {}) as Record<string, { value: string } | undefined>;
  const events: TimelineEvent[] = (story.events ?? []).map((e) => ({ id: e.id, title: e.title, published: periods[e.id]?.value ?? null }));
  const eventOf = new Map(story.events?.flatMap((e) => e.articles.map((id) => [id, e.id] as const)));
  const merged = new Map<string, TimelineEntry>();
  const order: TimelineEntry[] = [];
  for (const doc of docs) {
    const event = eventOf.get(doc.id);
    for (const found of docEntries(doc, published.get(doc.id) ?? null, entities, inferred, affiliating)) {
      const entry = event ? { ...found, event } : found;
      const key = entryKey(entry);
      const seen = key ? merged.get(key) : undefined;
      if (seen) {
        if (!seen.sources.some((s) => s.article === doc.id)) seen.sources.push(...entry.sources);
        continue;
      }
      if (key) merged.set(key, entry);
      order.push(entry);
    }
  }
  // Time words with no date stand at the start of their event's period, after what is dated that day; a
  // stable sort keeps the rest in publication order, as the articles were read.
  const start = new Map(events.map((e) => [e.id, e.published ? orderingDay(e.published.split('/')[0]!, null) : null]));
  const key = (e: TimelineEntry) => e.day ?? (e.expression && e.event ? (start.get(e.event) ?? null) : null);
  const rank = (e: TimelineEntry) => (e.day ? 0 : e.expression ? 1 : 2);
  const entries = order.map((e, i) => ({ e, i })).sort((a, b) => compareDays(key(a.e), key(b.e)) || rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
  return { story: story.id, title: story.title, events, entries, actors: actorRecords(entries) };
}

function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Dated actions are one event when day, class and both sides agree; undated ones are never merged. */
function entryKey(e: TimelineEntry): string | undefined {
  if (!e.day || !e.action) return undefined;
  const side = (p: Party | null) => p?.entity ?? p?.name.toLowerCase() ?? '';
  return [e.day, e.action.type.code, side(e.action.actor), side(e.action.target), e.action.actor || e.action.target ? '' : e.action.verb.toLowerCase()].join('|');
}

/**
 * The document's times; for an article with no stated publication but an inferred single day, its relative
 * expressions ("on Friday") are resolved again against that day, and the entries say so (`anchoredBy`).
 */
function timesOf(doc: Doc, inferred: InferredTable): { times: readonly Span[]; anchoredBy?: string } {
  const day = inferred[doc.id]?.value;
  if (doc.meta.published || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return { times: doc.layer('times') };
  return { times: findTimes(doc.text, day) as unknown as Span[], anchoredBy: day };
}

/** Action and timed-sentence entries of one article, with only the actions that name a party, a place or a time. */
function docEntries(doc: Doc, published: string | null, entities: EntityIndex, inferred: InferredTable, aff: Affiliating): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const { times, anchoredBy } = timesOf(doc, inferred);
  const anchor = anchoredBy ? { anchoredBy } : {};
  const source = (span: { start: number; end: number }) => ({ article: doc.id, ...(doc.meta.outlet ? { outlet: doc.meta.outlet } : {}), start: span.start, end: span.end });
  const party = (ref: SideRef | null): Party | null => {
    if (!ref) return null;
    const linked = entities.get(`${doc.id}:${ref.start}:${ref.end}`);
    return { name: doc.slice(ref), ...(linked ? { entity: linked.id } : {}) };
  };
  let dominant: string | null | undefined;
  // Only actors are rolled up: a state's list is what it did, not what was done to its officials.
  const actorParty = (ref: SideRef | null): Party | null => {
    const p = party(ref);
    if (!p || !ref) return p;
    // "Islamabad said", "Kabul denied": a capital acting stands for its government.
    const capitalOf = entities.get(`${doc.id}:${ref.start}:${ref.end}`)?.type !== 'PERSON' ? aff.states.capitals.get(p.name) : undefined;
    if (capitalOf) {
      const entity = aff.names.get(capitalOf.toLowerCase());
      return { ...p, affiliation: { name: capitalOf, ...(entity ? { entity } : {}), role: 'capital', evidence: source(ref) } };
    }
    if (dominant === undefined) dominant = dominantState(doc.text, aff.states) ?? null;
    const found = affiliationOf(doc.text, ref, aff.states, dominant ?? undefined);
    const entity = found ? aff.names.get(found.state.toLowerCase()) : undefined;
    if (!found || found.state.toLowerCase() === p.name.toLowerCase() || (entity && entity === p.entity)) return p;
    return { ...p, affiliation: { name: found.state, ...(entity ? { entity } : {}), role: found.role, evidence: source(found.evidence) } };
  };
  const withAction = new Set<number>();
  for (const span of doc.layer('actions')) {
    const a = span.attrs as unknown as ActionAttrs;
    const time = (anchoredBy ? timeNear(times, a.sentence, a.verb.start)?.value : a.time?.value) ?? null;
    const words = time || published ? undefined : unresolvedIn(doc, times, a.sentence);
    if (!a.actor && !a.target && !a.place && !time) continue;
    withAction.add(a.sentence.start);
    out.push({
      kind: 'action',
      time,
      ...(time ? anchor : {}),
      day: time ? orderingDay(time, published) : null,
      ...(words ? { expression: words } : {}),
      text: doc.slice(a.sentence),
      action: { type: a.type, cameo: a.cameo, verb: doc.slice(a.verb), actor: actorParty(a.actor), target: party(a.target), place: party(a.place) },
      sources: [source(span)],
    });
  }
  for (const sentence of timedSentences(doc, times)) {
    if (withAction.has(sentence.start)) continue;
    const value = sentence.value;
    out.push({ kind: 'sentence', time: value, ...anchor, day: orderingDay(value, published), text: doc.slice(sentence), sources: [source(sentence)] });
  }
  // A report with no publication day still places its "on Tuesday" within its event: kept, with the words.
  if (!published) {
    for (const s of doc.layer('sentences')) {
      if (s.label === 'dateline' || withAction.has(s.start) || out.some((e) => e.sources[0]!.start === s.start)) continue;
      const words = unresolvedIn(doc, times, s);
      if (words) out.push({ kind: 'sentence', time: null, day: null, expression: words, text: doc.slice(s), sources: [source(s)] });
    }
  }
  return out;
}

/** The first date-like time expression of a sentence that has no value ("late on Tuesday", "earlier this month"). */
function unresolvedIn(doc: Doc, times: readonly Span[], sentence: { start: number; end: number }): string | undefined {
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || (t.label !== 'DATE' && t.label !== 'TIME')) continue;
    const attrs = t.attrs as unknown as TimeAttrs | undefined;
    const value = attrs ? timeValue(attrs.value) : undefined;
    if (!value || value === 'PAST_REF') return doc.slice(t);
  }
  return undefined;
}

/** Sentences holding a resolved date or time, with the first such value. */
function timedSentences(doc: Doc, times: readonly Span[]): (Span & { value: string })[] {
  const out: (Span & { value: string })[] = [];
  let t = 0;
  for (const s of doc.layer('sentences')) {
    if (s.label === 'dateline') continue;
    while (t < times.length && times[t]!.start < s.start) t++;
    for (let k = t; k < times.length && times[k]!.end <= s.end; k++) {
      const attrs = times[k]!.attrs as unknown as TimeAttrs;
      const value = (times[k]!.label === 'DATE' || times[k]!.label === 'TIME') ? timeValue(attrs.value) : undefined;
      if (value && /^(\d{4}|XXXX)-/.test(value)) {
        out.push({ start: s.start, end: s.end, value });
        break;
      }
    }
  }
  return out;
}
