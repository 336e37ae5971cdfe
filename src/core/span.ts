/**
 * A span is a half-open range [start, end) over a document's clean text.
 *
 * Offsets are UTF-16 code units — what JavaScript's `String.prototype.slice` counts — everywhere in
 * corroborate unless a field's name says otherwise (see docs/offsets.md). A span never stores its text
 * as the source of truth: read it with `spanText(doc, span)`.
 */
export interface Span {
  start: number;
  end: number;
  /** What the span is: a layer-specific label such as `PERSON`, `paragraph`, `direct`. */
  label?: string;
  /** Stable id within the document, for links between layers (a quote's speaker → an entity mention). */
  id?: string;
  /** Layer-specific attributes; plain JSON so that spans serialise unchanged. */
  attrs?: Record<string, unknown>;
}

export function isValidSpan(span: Span, textLength: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= textLength;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
