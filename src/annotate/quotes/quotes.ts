import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { resolveSpeaker, type Speaker } from './attribution.js';
import { filtered } from './filter-model.js';
import { findQuotes } from './find.js';
import { merged } from './merge-model.js';
import { lexicon } from './lexicon.js';
import { mentionsOf } from './names.js';
import { sentencesOf } from './text.js';
import type { Found } from './types.js';
import type { CueModel } from './cue-model.js';

/** The attrs of a span in the `quotes` layer. */
export interface QuoteAttrs {
  cue: Span;
  cueText: string;
  /** The name the quote is attributed to (for "he said", the antecedent of "he"); null when anonymous or unknown. */
  speaker: Span | null;
  speakerText: string | null;
  /** The entity id (entities layer attrs.entity) of the mention the speaker span overlaps. */
  speakerEntity?: string;
  anonymous: boolean;
  evidence: string;
  /** The words of the attribution that name the source ("he", "the minister"), as the text has them. */
  mention: Span | null;
  mentionText: string | null;
  /** Quoted words inside an indirect quote, attributed like it. */
  partial?: boolean;
  /** A closing mark was missing; the quote was capped at its paragraph. */
  unclosed?: boolean;
  parts?: Span[];
}

export interface QuoteOptions {
  /**
   * PolNeAR mode: also read attributions of belief, intention and evidence (think, want, show, the cue
   * forms learned from PolNeAR train, WordNet's verbs of saying and thinking, nouns such as "his hope that"),
   * attributions with no source ("is expected to", "reportedly", "Asked about …", "is known for"), passives
   * with an agent ("was first reported by Politico"), polls as sources, one-word contents, and the words
   * before an unambiguous cue verb as its subject. Off by default: a briefing lists who said what, and these
   * are mostly not statements.
   */
  attitudes?: boolean;
  /**
   * PolNeAR mode's learned cue classifier: undefined for the shipped one (data/quotes/cue-model.json), null
   * for none, or another (bench/quotes/learn-cue-model.ts passes the one it is fitting).
   */
  cueModel?: CueModel | null;
  /** PolNeAR mode's learned recall pass (recall-model.ts): undefined for the shipped one, null for none. */
  recallModel?: CueModel | null;
  /** PolNeAR mode's learned filter (filter-model.ts): undefined for the shipped one, null for none. */
  filterModel?: CueModel | null;
  /** PolNeAR mode's learned segmentation pass (merge-model.ts): undefined for the shipped one, null for none. */
  mergeModel?: CueModel | null;
}

/** Finds the quotes of a document and who said them, as spans for the `quotes` layer. */
export function annotateQuotes(doc: Doc, options: QuoteOptions = {}): Span[] {
  const lex = lexicon(options.attitudes ?? false, { cueModel: options.cueModel, recallModel: options.recallModel, filterModel: options.filterModel, mergeModel: options.mergeModel });
  const found = findQuotes(doc, lex);
  const mentions = mentionsOf(doc, lex);
  const sentences = sentencesOf(doc, lex);
  const done: { found: Found; speaker: Speaker }[] = [];
  const spans: Span[] = [];
  // resolve in reading order so that "the statement" and carried quotes see what came before
  for (const f of found) {
    const sentence = sentences.find((s) => s.start <= f.cue.start && f.cue.start < s.end) ?? f;
    const speaker = resolveSpeaker(doc, f, mentions, lex, doc.slice(sentence), done);
    done.push({ found: f, speaker });
    const attrs: QuoteAttrs = {
      cue: f.cue,
      cueText: doc.slice(f.cue),
      ...speaker,
      mention: f.mention,
      mentionText: f.mention ? doc.slice(f.mention) : null,
      ...(f.partial ? { partial: true } : {}),
      ...(f.unclosed ? { unclosed: true } : {}),
      ...(f.parts ? { parts: f.parts } : {}),
    };
    spans.push({ start: f.start, end: f.end, label: f.kind, id: '', attrs: attrs as unknown as Record<string, unknown> });
  }
  return merged(doc.text, filtered(doc.text, spans, lex.filterModel), lex.mergeModel).map((s, k) => ({ ...s, id: `q${k + 1}` }));
}
