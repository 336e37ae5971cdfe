import { Doc, type ArticleMeta } from '../../core/doc.js';
import { splitSentences } from '../sentences/split.js';
import { packTokens } from '../sentences/tokens.js';
import { annotateEntities } from './stage.js';

/** A document with its sentences, tokens and entities layers, built the way the stages build them. */
export function annotated(text: string, id = 'doc', meta: ArticleMeta = {}): Doc {
  const doc = new Doc({ id, source: `${id}.txt`, text, meta });
  const sentences = splitSentences(text, meta.dateline);
  doc.setLayer('sentences', sentences.map((s) => ({ start: s.start, end: s.end, label: s.dateline ? 'dateline' : 'sentence' })));
  doc.setLayer('tokens', packTokens(sentences));
  doc.setLayer('entities', annotateEntities(doc));
  return doc;
}

/** [text, label, entity] of each mention, for compact assertions. */
export function mentionsOf(doc: Doc): [string, string, string][] {
  return doc.layer('entities').map((m) => [doc.slice(m), m.label ?? '', String(m.attrs?.entity)]);
}
