import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Grouping } from '../cluster/index.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Entity } from '../annotate/entities/index.js';
import type { QuoteGroup } from '../annotate/quotes/index.js';
import { mentionIndex, outletOf } from '../reconcile/claims.js';
import type { Reconciliation, ReportClaim, StoryReconciliation } from '../reconcile/stage.js';
import type { Support } from '../reconcile/contradictions.js';
import type { OutletCoverage } from '../reconcile/coverage.js';
import { briefTimeline, type BriefTimelineEntry } from './timeline.js';
import { speakerOutside } from './speaker.js';
import { confidentValue, type InferredPublished } from '../annotate/times/index.js';

/** A span of a source, numbered as in the briefing's source list. */
export interface Citation extends Support {
  n: number;
}

/**
 * One sentence of a briefing. Its text is a source's own words (a sentence, a quote, a name), never written
 * here; `cites` are the spans that hold those words, so faithfulness can be checked mechanically.
 */
export interface BriefSentence {
  text: string;
  cites: Citation[];
  /**
   * Who "he" or "the minister" of the sentence is, when its quote names the speaker only earlier in the
   * article: the words of the sentence and the speaker's name as written there, with that name's span cited.
   */
  speaker?: { mention: string; name: string; cite: Citation };
}

/**
 * One outlet's rendering of a statement: its words in quotation marks (`direct`) or reported (`indirect`).
 * A quote the attribution interrupts ("“A,” he said. “B.”") shows its parts joined by " … ", each cited.
 */
export interface QuoteVariant extends BriefSentence {
  outlet: string;
  kind: 'direct' | 'indirect';
}

/** How a variant reads in a briefing: direct words inside quotation marks, reported speech marked as such. */
export function framedQuote(v: Pick<QuoteVariant, 'kind' | 'text'>, escape: (text: string) => string): string {
  return v.kind === 'direct' ? `“${escape(v.text)}”` : `reported: ${escape(v.text)}`;
}

/** One value of a disputed or changing slot: the source's words ("Monday", "eleven") and what they resolve to. */
export interface BriefSide {
  /** As written in the first cited sentence. */
  value: string;
  /** As read by the pipeline (`2026-03-23`, `11`): derived, shown as such. */
  normalized: string;
  outlets: string[];
  sentence: BriefSentence;
}

export interface BriefSource {
  n: number;
  article: string;
  outlet: string;
  title: string | null;
  source: string;
  published: string | null;
  /** When the article states no publication time: the period inferred for it (`XXXX-10-12/XXXX-11-03`), else null. */
  publishedInferred?: string | null;
  url: string | null;
}

export interface Briefing {
  story: string;
  headline: BriefSentence;
  /** Said plainly when the story cannot be reconciled (one voice). */
  note?: string;
  happened: BriefSentence[];
  /**
   * When the story holds several events (two rounds of talks a week apart), what happened in each, so that the
   * rounds read apart; the labels are dates and counts, never statements. Empty for a story of one event.
   */
  events: { id: string; start: string | null; end: string | null; /** When its reports came out, stated or inferred (may lack the year). */ published?: string | null; articles: number; happened: BriefSentence[] }[];
  disputed: { id: string; about: string; minor: boolean; sides: BriefSide[] }[];
  updates: { id: string; about: string; values: (BriefSide & { asOf: string | null })[] }[];
  /**
   * Every claim carried by one outlet only, none left out: outlet after outlet (in the order of the source
   * list), each outlet's in the order of its articles. Renderers show them one sub-list per outlet.
   */
  single: (BriefSentence & { outlet: string })[];
  /** Per speaker, each statement with its renderings by the outlets that carry it. */
  /** Statements in quotation marks by speaker; each statement's renderings across outlets, direct ones first. */
  quotes: { speaker: string; statements: { variants: QuoteVariant[] }[] }[];
  timeline: BriefTimelineEntry[];
  people: { name: string; type: string; outlets: string[]; sentence: BriefSentence }[];
  coverage: OutletCoverage[];
  sources: BriefSource[];
}

/** Consensus statements shown; the rest stay in the JSON report. Enough for a reader to get the story. */
const MAX_HAPPENED = 12;
const MAX_PEOPLE = 15;

/** The stories of a reconciliation, most-covered first (voices, then articles). */
export function storiesByCoverage(r: Reconciliation): StoryReconciliation[] {
  return [...r.stories].sort((a, b) => b.voices - a.voices || b.articles.length - a.articles.length || a.story.localeCompare(b.story));
}

/** The briefing of one story, from a corpus the reconcile stage has run over. Pure: reads, never writes. */
export function buildBriefing(corpus: Corpus, storyId: string): Briefing {
  const r = corpus.results.get('corpus:reconciliation') as Reconciliation | undefined;
  const story = r?.stories.find((s) => s.story === storyId);
  if (!story) throw new RangeError(`no story ${storyId} in the reconciliation (known: ${(r?.stories ?? []).map((s) => s.story).join(', ') || 'none'})`);
  const byId = new Map(corpus.docs.map((d) => [d.id, d]));
  const docs = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
  const ordered = [...docs].sort((a, b) => (a.meta.published ?? '9').localeCompare(b.meta.published ?? '9') || a.source.localeCompare(b.source));
  const number = new Map(ordered.map((d, i) => [d.id, i + 1]));
  const cite = (s: Support): Citation => ({ n: number.get(s.article) ?? 0, article: s.article, start: s.start, end: s.end });
  const sentence = (support: readonly Support[]): BriefSentence => {
    const first = support[0]!;
    const doc = byId.get(first.article)!;
    const speaker = speakerOutside(doc, first);
    return { text: doc.slice(first).trim(), cites: support.map(cite), ...(speaker ? { speaker: { mention: speaker.mention, name: speaker.name, cite: cite({ article: doc.id, ...speaker.span }) } } : {}) };
  };
  const claims = story.claims;
  const consensus = claims.filter((c) => c.status === 'shared' && c.voices > 1);
  const shown = (story.reconciled ? consensus : claims.slice(0, 5)).slice(0, MAX_HAPPENED);
  const happened = shown.map((c) => sentence(c.support));
  const storyEvents = (corpus.results.get('corpus:events') as Grouping | undefined)?.stories.find((s) => s.id === storyId)?.events ?? [];
  const periods = (corpus.results.get('corpus:eventPeriods') ?? {}) as Record<string, { value: string } | undefined>;
  const inferred = (corpus.results.get('corpus:inferredPublished') ?? {}) as Record<string, InferredPublished | undefined>;
  const guess = (d: Doc) => (d.meta.published ? null : (confidentValue(inferred[d.id]) ?? null));
  const events =
    storyEvents.length > 1
      ? storyEvents.map((ev) => ({
          id: ev.id,
          start: ev.start,
          end: ev.end,
          published: periods[ev.id]?.value ?? null,
          articles: ev.articles.length,
          happened: consensus.filter((c) => c.event === ev.id).slice(0, MAX_HAPPENED).map((c) => sentence(c.support)),
        }))
      : [];
  const single = story.reconciled ? singleByOutlet(claims, number).map((c) => ({ ...sentence(c.support), outlet: c.outlets.join(', ') })) : [];
  // A value may stand outside its sentence (a speaker named a sentence earlier): its own span is cited too.
  const within = (v: Support, list: readonly Support[]) => list.some((s) => s.article === v.article && s.start <= v.start && v.end <= s.end);
  const sides = (s: { value: string | number; outlets: string[]; support: Support[]; values: Support[] }): BriefSide => ({
    value: byId.get(s.values[0]!.article)!.slice(s.values[0]!).trim(),
    normalized: String(s.value),
    outlets: s.outlets,
    sentence: sentence([...s.support, ...s.values.filter((v) => !within(v, s.support))]),
  });
  return {
    story: story.story,
    headline: headline(ordered, claims, sentence),
    ...(story.note ? { note: story.note } : {}),
    happened,
    events,
    disputed: story.contradictions.map((c) => ({ id: c.id, about: c.about, minor: c.minor, sides: c.sides.map(sides) })),
    updates: story.updates.map((u) => ({ id: u.id, about: u.about, values: u.values.map((v) => ({ ...sides(v), asOf: v.asOf })) })),
    single,
    quotes: quotesOf(corpus, docs, byId, sentence),
    timeline: briefTimeline(corpus, storyId, byId, sentence),
    people: peopleOf(corpus, story, byId, cite),
    coverage: story.coverage,
    sources: ordered.map((d) => ({ n: number.get(d.id)!, article: d.id, outlet: outletOf(d), title: d.meta.title ?? null, source: d.source, published: d.meta.published ?? null, publishedInferred: guess(d), url: d.meta.canonicalUrl ?? d.meta.url ?? null })),
  };
}

/**
 * The single-source claims, outlet after outlet (the outlet of the lowest-numbered source first), each outlet's
 * in reading order: its articles by source number, then by place in the article. A reader checks one outlet's
 * exclusive reporting against its article, so the article's order beats any ranking of "substance".
 */
function singleByOutlet(claims: readonly ReportClaim[], number: Map<string, number>): ReportClaim[] {
  const at = (c: ReportClaim) => [number.get(c.support[0]!.article) ?? Infinity, c.support[0]!.start] as const;
  const single = claims.filter((c) => c.status === 'single');
  const firstSource = new Map<string, number>();
  for (const c of single) {
    const key = c.outlets.join(', ');
    firstSource.set(key, Math.min(firstSource.get(key) ?? Infinity, at(c)[0]));
  }
  return [...single].sort((a, b) => {
    const [ka, kb] = [a.outlets.join(', '), b.outlets.join(', ')];
    const [[na, sa], [nb, sb]] = [at(a), at(b)];
    return firstSource.get(ka)! - firstSource.get(kb)! || ka.localeCompare(kb) || na - nb || sa - sb;
  });
}

function headline(docs: readonly Doc[], claims: readonly ReportClaim[], sentence: (s: readonly Support[]) => BriefSentence): BriefSentence {
  for (const doc of docs) {
    const title = doc.meta.title?.trim();
    const at = title ? doc.text.indexOf(title) : -1;
    if (title && at >= 0) return sentence([{ article: doc.id, start: at, end: at + title.length }]);
  }
  // No title in any text (HTML titles often sit outside the body): the shared statement that stands nearest the
  // top of the articles carrying it, where news writing puts what happened.
  const byId = new Map(docs.map((d) => [d.id, d]));
  const height = (c: ReportClaim) => c.support.reduce((sum, s) => sum + s.start / Math.max(1, byId.get(s.article)?.text.length ?? 1), 0) / c.support.length;
  const shared = claims.filter((c) => c.status === 'shared');
  const top = shared.length ? shared.reduce((best, c) => (height(c) < height(best) ? c : best)) : claims[0];
  return top ? sentence(top.support.slice(0, 1)) : { text: '', cites: [] };
}

function quotesOf(corpus: Corpus, docs: readonly Doc[], byId: Map<string, Doc>, sentence: (s: readonly Support[]) => BriefSentence): Briefing['quotes'] {
  const groups = (corpus.results.get('corpus:quoteGroups') as QuoteGroup[] | undefined) ?? [];
  const mentions = mentionIndex((corpus.results.get('corpus:entities') as Entity[] | undefined) ?? []);
  const mine = new Set(docs.map((d) => d.id));
  const bySpeaker = new Map<string, Briefing['quotes'][number]>();
  for (const g of groups) {
    const refs = g.quotes.filter((q) => mine.has(q.article));
    if (!refs.length) continue;
    const spans = refs.map((q) => byId.get(q.article)!.layer('quotes').find((s) => s.id === q.quote && s.start === q.start));
    // Reported speech already shows up as statements; the quote section keeps words in quotation marks.
    if (!spans.some((s) => s?.label === 'direct')) continue;
    const names = spans.map((s, i) => speakerName(s, byId.get(refs[i]!.article)!, mentions));
    const name = names.find((n) => n) ?? 'unattributed';
    const entry = bySpeaker.get(name) ?? { speaker: name, statements: [] };
    const variants = refs.map((ref, i): QuoteVariant => {
      const doc = byId.get(ref.article)!;
      const parts = ((spans[i]?.attrs?.parts as Span[] | undefined) ?? [ref]).map((p) => ({ article: ref.article, start: p.start, end: p.end }));
      const text = parts.map((p) => doc.slice(p).trim()).join(' … ');
      return { ...sentence(parts), text, outlet: outletOf(doc), kind: spans[i]?.label === 'direct' ? 'direct' : 'indirect' };
    });
    entry.statements.push({ variants: variants.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1)) });
    bySpeaker.set(name, entry);
  }
  const count = (q: Briefing['quotes'][number]) => q.statements.reduce((n, st) => n + st.variants.length, 0);
  for (const q of bySpeaker.values()) q.statements.sort((a, b) => b.variants.length - a.variants.length);
  return [...bySpeaker.values()].sort((a, b) => count(b) - count(a) || a.speaker.localeCompare(b.speaker));
}

/** The linked name of a quote's speaker: its own span, else any mention of the same document entity. */
function speakerName(span: Span | undefined, doc: Doc, mentions: Map<string, Entity>): string | null {
  const a = span?.attrs ?? {};
  const speaker = a.speaker as { start: number; end: number } | null | undefined;
  if (!speaker) return a.anonymous ? 'anonymous source' : null;
  const exact = mentions.get(`${doc.id}:${speaker.start}:${speaker.end}`);
  if (exact) return exact.name;
  const local = a.speakerEntity;
  if (typeof local === 'string') {
    for (const m of doc.layer('entities')) {
      if (m.attrs?.entity !== local) continue;
      const linked = mentions.get(`${doc.id}:${m.start}:${m.end}`);
      if (linked) return linked.name;
    }
  }
  return doc.slice(speaker);
}

function peopleOf(corpus: Corpus, story: StoryReconciliation, byId: Map<string, Doc>, cite: (s: Support) => Citation): Briefing['people'] {
  const entities = (corpus.results.get('corpus:entities') as Entity[] | undefined) ?? [];
  const mine = new Set(story.articles);
  const outletNames = story.articles.flatMap((id) => {
    const d = byId.get(id);
    return d ? [outletOf(d), d.meta.dateline?.agency ?? ''] : [];
  }).map((o) => o.toLowerCase()).filter((o) => o.length > 2);
  const out: Briefing['people'] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    // The outlets themselves ("The COW News", "WNAM REPORT") are sources, not actors of the story.
    if (e.type === 'ORG' && outletNames.some((o) => e.name.toLowerCase().includes(o) || o.includes(e.name.toLowerCase()))) continue;
    const here = e.mentions.filter((m) => mine.has(m.article));
    if (!here.length) continue;
    const firstPer = new Map<string, Support>();
    for (const m of here) if (!firstPer.has(m.article)) firstPer.set(m.article, m);
    const spans = [...firstPer.values()];
    const outlets = [...new Set(spans.map((s) => outletOf(byId.get(s.article)!)))];
    // The name as the first citing source writes it, so the cited span holds every word of it.
    out.push({ name: e.name, type: e.type, outlets, sentence: { text: byId.get(spans[0]!.article)!.slice(spans[0]!), cites: spans.map(cite) } });
  }
  return out.sort((a, b) => b.outlets.length - a.outlets.length || b.sentence.cites.length - a.sentence.cites.length || a.name.localeCompare(b.name)).slice(0, MAX_PEOPLE);
}
