import type { Doc } from '../core/doc.js';
import type { Corpus } from '../pipeline/stage.js';
import type { Entity } from '../annotate/entities/index.js';
import type { InferredPublished, TimeAttrs } from '../annotate/times/index.js';

/** One time expression, resolved against its article's publication time. */
export interface ReportTime {
  article: string;
  start: number;
  end: number;
  text: string;
  type: string;
  /** TIMEX3-like: `2026-03-12`, `2026-W11`, `2026-03`, `P4D`, `PRESENT_REF`, or an interval; null when nothing anchors it. */
  value: string | { start: string; end: string } | null;
  anchor: { start: string; end: string } | null;
  modifier: string | null;
  partOfDay: string | null;
  relative: boolean;
}

export function reportTimes(docs: readonly Doc[]): ReportTime[] {
  return docs.flatMap((doc) =>
    doc.layer('times').map((span) => {
      const a = (span.attrs ?? {}) as unknown as TimeAttrs;
      return {
        article: doc.id,
        start: span.start,
        end: span.end,
        text: doc.slice(span),
        type: span.label ?? a.type,
        value: a.value ?? null,
        anchor: a.anchor ?? null,
        modifier: a.modifier ?? null,
        partOfDay: a.partOfDay ?? null,
        relative: a.relative,
      };
    }),
  );
}

export function reportEntities(corpus: Corpus): Entity[] {
  return (corpus.results.get('corpus:entities') as Entity[] | undefined) ?? [];
}

export type ReportInferred = { value: string | null; confidence: number; evidence: { article: string; start: number; end: number; text: string; reason: string }[] };

/** The inferred publication period of each article that states none, by article id. */
export function inferredPublished(corpus: Corpus): Map<string, ReportInferred> {
  const table = (corpus.results.get('corpus:inferredPublished') as Record<string, InferredPublished> | undefined) ?? {};
  const out = new Map<string, ReportInferred>();
  for (const [id, inferred] of Object.entries(table)) {
    out.set(id, {
      value: inferred.value ?? null,
      confidence: inferred.confidence,
      evidence: inferred.evidence.map((e) => ({ article: e.doc ?? id, start: e.start, end: e.end, text: e.text, reason: e.reason })),
    });
  }
  return out;
}
