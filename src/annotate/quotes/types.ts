import type { Span } from '../../core/span.js';

/** Where a quote starts and ends, before its speaker is resolved. */
export interface Found {
  kind: 'direct' | 'indirect';
  /** The content span: the words inside the marks for a direct quote, the reported clause otherwise. */
  start: number;
  end: number;
  /** The pieces of content when the cue and source interrupt it ("the talks, he said, failed"). */
  parts?: Span[];
  cue: Span;
  /** The words that name the source in the attribution ("he", "the minister", "sources close to the talks"). */
  mention: Span | null;
  /** How the cue was found, for the evidence string. */
  how: string;
  /** A quoted fragment inside an indirect quote, taking that quote's source. */
  partial?: boolean;
  /** A direct quote whose closing mark was missing, capped at its paragraph. */
  unclosed?: boolean;
}
