import type { Doc } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Entity } from '../annotate/entities/index.js';
import type { QuoteAttrs, QuoteGroup } from '../annotate/quotes/index.js';
import type { Grouping } from '../cluster/index.js';

/** A quote as the report gives it: the quoted (or reported) words, who said them, and the cue. */
export interface ReportQuote {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  cue: { start: number; end: number; text: string } | null;
  /** The cross-article entity id of the speaker, or null when anonymous or unknown. */
  speaker: string | null;
  speakerText: string | null;
  /** The speaker's span (for "he said", the name "he" stands for). */
  speakerSpan: { start: number; end: number } | null;
  anonymous: boolean;
  /** Why this speaker: the rule that fired. */
  evidence: string;
  /** The pieces of a quote its attribution interrupts (“A,” he said, “B.”); `text` spans them all. */
  parts?: { start: number; end: number; text: string }[];
}

export interface ReportQuoteGroup {
  id: string;
  story: string | null;
  speaker: string | null;
  quotes: string[];
  similarity: number;
  singleSource: boolean;
}

export const quoteId = (article: string, span: Pick<Span, 'id' | 'start'>) => `${article}:${span.id ?? span.start}`;

export function reportQuotes(corpus: Corpus, entities: readonly Entity[]): ReportQuote[] {
  const mentionIndex = new Map<string, { start: number; end: number; id: string }[]>();
  for (const e of entities) for (const m of e.mentions) (mentionIndex.get(m.article) ?? mentionIndex.set(m.article, []).get(m.article)!).push({ ...m, id: e.id });
  return corpus.docs.flatMap((doc) => doc.layer('quotes').map((span) => reportQuote(doc, span, mentionIndex.get(doc.id) ?? [])));
}

function reportQuote(doc: Doc, span: Span, mentions: { start: number; end: number; id: string }[]): ReportQuote {
  const a = span.attrs as unknown as QuoteAttrs;
  const speaker = a.speaker ? (mentions.find((m) => m.start < a.speaker!.end && a.speaker!.start < m.end)?.id ?? null) : null;
  return {
    id: quoteId(doc.id, span),
    article: doc.id,
    start: span.start,
    end: span.end,
    text: doc.slice(span),
    kind: span.label === 'indirect' ? 'indirect' : 'direct',
    cue: a.cue ? { start: a.cue.start, end: a.cue.end, text: doc.slice(a.cue) } : null,
    speaker,
    speakerText: a.speakerText ?? null,
    speakerSpan: a.speaker ? { start: a.speaker.start, end: a.speaker.end } : null,
    anonymous: a.anonymous,
    evidence: a.evidence,
    ...(a.parts && a.parts.length > 1 ? { parts: a.parts.map((p) => ({ start: p.start, end: p.end, text: doc.slice(p) })) } : {}),
  };
}

export function reportQuoteGroups(corpus: Corpus, grouping: Grouping | undefined): ReportQuoteGroup[] {
  const groups = (corpus.results.get('corpus:quoteGroups') as QuoteGroup[] | undefined) ?? [];
  return groups.map((g) => ({
    id: g.id,
    story: grouping?.articles[g.quotes[0]?.article ?? '']?.story ?? null,
    speaker: g.speaker,
    quotes: g.quotes.map((q) => quoteId(q.article, { id: q.quote, start: q.start })),
    similarity: g.similarity,
    singleSource: g.singleSource,
  }));
}
