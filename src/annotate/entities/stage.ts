import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { DocStage } from '../../pipeline/stage.js';
import { readSentences } from '../sentences/tokens.js';
import { clusterMentions } from './coref.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { detectMentions, type Mention } from './mentions.js';
import { fold } from './normalise.js';

/** Span attrs of the `entities` layer. `entity` is a cluster id within the document ("e3"). */
export interface EntityAttrs {
  entity: string;
  form: Mention['form'];
  role?: string;
  gazetteer?: string;
  /** 'weak' when only the shape of the name gave its type. */
  evidence: Mention['evidence'];
  joinedBy?: string;
  joinedTo?: string;
}

/** Detects and clusters the mentions of one document; pure given the loaded lexicon. */
export function annotateEntities(doc: Doc, lex: Lexicon = loadLexicon()): Span[] {
  const mentions: Mention[] = [];
  for (const sentence of readSentences(doc)) {
    if (sentence.dateline) {
      mentions.push(...datelineMentions(doc, sentence, lex));
      continue;
    }
    mentions.push(...detectMentions(doc.text, sentence, lex));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return clusterMentions(doc.text, mentions).map((m, i) => {
    const attrs: EntityAttrs = { entity: `e${m.cluster + 1}`, form: m.form, evidence: m.evidence };
    if (m.role) attrs.role = m.role;
    if (m.gazetteer) attrs.gazetteer = m.gazetteer;
    if (m.joinedBy) attrs.joinedBy = m.joinedBy;
    if (m.joinedTo) attrs.joinedTo = m.joinedTo;
    return { start: m.start, end: m.end, label: m.type, id: `m${i + 1}`, attrs: attrs as unknown as Record<string, unknown> };
  });
}

/** The place of a dateline ("KESTRAVA (Tidewire):") is a place; its agency an organisation. */
function datelineMentions(doc: Doc, sentence: { start: number; end: number }, lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const { place, agency } = doc.meta.dateline ?? {};
  const chunk = doc.text.slice(sentence.start, sentence.end);
  for (const [value, type] of [[place, 'PLACE'], [agency, 'ORG']] as const) {
    if (!value) continue;
    const at = chunk.indexOf(value);
    if (at < 0) continue;
    const entry = lex.gazetteer.get(fold(value));
    out.push({ start: sentence.start + at, end: sentence.start + at + value.length, type: entry?.type ?? type, form: 'name', evidence: 'strong', dateline: true, ...(entry ? { gazetteer: entry.id } : {}) });
  }
  return out;
}

/**
 * Assigns `entities`: one span per mention, label PERSON / ORG / PLACE / OTHER, attrs as EntityAttrs.
 */
export const entitiesStage: DocStage = {
  name: 'entities',
  scope: 'doc',
  requires: ['layer:sentences'],
  assigns: ['layer:entities'],
  create: () => {
    const lex = loadLexicon();
    return (doc) => doc.setLayer('entities', annotateEntities(doc, lex));
  },
};
