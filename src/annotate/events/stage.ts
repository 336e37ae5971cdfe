import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { DocStage } from '../../pipeline/stage.js';
import { readSentences } from '../sentences/tokens.js';
import type { TimeAttrs } from '../times/types.js';
import { findActions, type FoundAction } from './find.js';
import { loadEventLexicon, topLevel, type EventLexicon } from './lexicon.js';
import type { Mention } from './view.js';

export interface SideRef {
  start: number;
  end: number;
  /** The document-level entity cluster ("e3") of the mention, when there is one. */
  entity?: string;
}

/** Span attrs of the `actions` layer; the span covers the words the action was read from. */
export interface ActionAttrs {
  /** CAMEO top-level class: code "11" and name "disapprove". */
  type: { code: string; name: string };
  /** The full CAMEO code the verb dictionary gave ("112"). */
  cameo: string;
  trigger: FoundAction['trigger'];
  verb: { start: number; end: number };
  actor: SideRef | null;
  target: SideRef | null;
  place: SideRef | null;
  /** The nearest resolved time expression of the sentence; null when none has a value (never guessed). */
  time: { start: number; end: number; value: string } | null;
  /** The sentence the action was found in. */
  sentence: { start: number; end: number };
}

// A sentence longer than this many tokens is a run-on or a table; reading it costs time and yields noise.
const MAX_TOKENS = 150;

/** Finds the actions of one document from its sentences, entity mentions and times. */
export function annotateActions(doc: Doc, lex: EventLexicon = loadEventLexicon()): Span[] {
  const mentions: Mention[] = doc.layer('entities').map((m) => ({ start: m.start, end: m.end, ...(m.label ? { label: m.label } : {}), ...(typeof m.attrs?.entity === 'string' ? { entity: m.attrs.entity } : {}) }));
  const times = doc.layer('times');
  const spans: Span[] = [];
  let m = 0;
  for (const sentence of readSentences(doc)) {
    if (sentence.dateline || sentence.tokens.length > MAX_TOKENS) continue;
    while (m < mentions.length && mentions[m]!.end <= sentence.start) m++;
    let last = m;
    while (last < mentions.length && mentions[last]!.start < sentence.end) last++;
    const own = mentions.slice(m, last);
    for (const found of findActions(doc.text, sentence.tokens, own, lex)) {
      const root = topLevel(found.code);
      const attrs: ActionAttrs = {
        type: { code: root, name: lex.classes[root] ?? 'unknown' },
        cameo: found.code,
        trigger: found.trigger,
        verb: found.verb,
        actor: side(found.actor),
        target: side(found.target),
        place: side(found.place),
        time: timeNear(times, sentence, found.verb.start),
        sentence: { start: sentence.start, end: sentence.end },
      };
      spans.push({ start: found.start, end: found.end, label: root, id: `a${spans.length + 1}`, attrs: attrs as unknown as Record<string, unknown> });
    }
  }
  return spans;
}

function side(m: Mention | null): SideRef | null {
  return m ? { start: m.start, end: m.end, ...(m.entity ? { entity: m.entity } : {}) } : null;
}

/** TIMEX value as one string: a date, or "start/end" for an interval. */
export function timeValue(value: TimeAttrs['value']): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : `${value.start}/${value.end}`;
}

/** The resolved date or time in the sentence nearest to the verb; durations and sets do not date an action. */
export function timeNear(times: readonly Span[], sentence: { start: number; end: number }, at: number): ActionAttrs['time'] {
  let best: ActionAttrs['time'] = null;
  let distance = Infinity;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    const attrs = t.attrs as unknown as TimeAttrs | undefined;
    if (!attrs || (t.label !== 'DATE' && t.label !== 'TIME')) continue;
    const value = timeValue(attrs.value);
    if (!value || value === 'PRESENT_REF' || value === 'PAST_REF' || value === 'FUTURE_REF') continue;
    const d = t.end <= at ? at - t.end : t.start - at;
    if (Math.abs(d) < distance) {
      distance = Math.abs(d);
      best = { start: t.start, end: t.end, value };
    }
  }
  return best;
}

/** Assigns `actions`: who did what to whom in each sentence, label = CAMEO top-level code, attrs = ActionAttrs. */
export const eventsAnnotationStage: DocStage = {
  name: 'actions',
  scope: 'doc',
  requires: ['layer:sentences', 'layer:entities', 'layer:times'],
  assigns: ['layer:actions'],
  create: () => {
    const lex = loadEventLexicon();
    return (doc) => doc.setLayer('actions', annotateActions(doc, lex));
  },
};
