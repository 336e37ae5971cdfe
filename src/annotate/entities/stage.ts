import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { DocStage } from '../../pipeline/stage.js';
import type { Sentence } from '../sentences/split.js';
import { readSentences } from '../sentences/tokens.js';
import { clusterMentions } from './coref.js';
import { markDemonyms } from './demonyms.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { typeLists } from './lists.js';
import { knownNames, type Headline } from './headlines.js';
import { mention } from './mention.js';
import { detectMentions, type Mention } from './mentions.js';
import { fold } from './normalise.js';
import { describeMentions, type Described } from './noun-phrases.js';
import { dropNonNames } from './not-names.js';
import { bareModels, namedModels, possessedModels } from './products.js';
import { isEventTypedBy } from './types.js';

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
  /** The context that decided the type ("in Varonia", "demonym of \"Varonia\""), when context did. */
  typedBy?: string;
  /** [start, end) of the noun phrase the name heads, when wider than the name ("German airline Lufthansa"). */
  phrase?: [number, number];
  /** What made the phrase: "acronym", "apposition" or "descriptor" (noun-phrases.ts). */
  phraseBy?: string;
  /**
   * The name of a happening ("Worldwide Developers Conference", its "WWDC"), typed OTHER: an event the
   * entity names, which an event layer may read as its name; set on every mention of the cluster.
   */
  event?: true;
}

/** Detects and clusters the mentions of one document; pure given the loaded lexicon. */
export function annotateEntities(doc: Doc, lex: Lexicon = loadLexicon()): Span[] {
  const mentions: Mention[] = [];
  const named = namesInRunningText(doc.text);
  // Headlines are read last, with the names the running text found (headlines.ts).
  const headlines: Sentence[] = [];
  for (const sentence of readSentences(doc)) {
    if (sentence.dateline) {
      mentions.push(...datelineMentions(doc, sentence, lex));
      continue;
    }
    const headline: Headline = {};
    const detected = detectMentions(doc.text, sentence, lex, named, headline);
    for (let k = 0; k < detected.length; k++) mentions.push(detected[k]!);
    if (headline.shouting) headlines.push(sentence);
  }
  if (headlines.length) {
    const known = knownNames(doc.text, mentions);
    for (const sentence of headlines) mentions.push(...detectMentions(doc.text, sentence, lex, named, { known }));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const found = typeLists(doc.text, namedModels(doc.text, markDemonyms(doc.text, bareModels(doc.text, possessedModels(doc.text, dropNonNames(doc.text, mentions, lex), lex))), lex));
  const described = describeMentions(doc.text, found, doc.layer('sentences'), lex);
  const clustered = clusterMentions(doc.text, found.map((m, i) => withDescription(m, described[i])));
  // A cluster named by a happening's name is an event in all its mentions ("WWDC" too); empty for most documents.
  const events = new Set<number>();
  for (const m of clustered) if (m.type === 'OTHER' && isEventTypedBy(m.typedBy)) events.add(m.cluster);
  return clustered.map((m, i) => {
    const attrs: EntityAttrs = { entity: `e${m.cluster + 1}`, form: m.form, evidence: m.evidence };
    if (events.size && events.has(m.cluster)) attrs.event = true;
    if (m.phrase) {
      attrs.phrase = [m.phrase.start, m.phrase.end];
      attrs.phraseBy = m.phrase.by;
    }
    if (m.role) attrs.role = m.role;
    if (m.gazetteer) attrs.gazetteer = m.gazetteer;
    if (m.joinedBy) attrs.joinedBy = m.joinedBy;
    if (m.joinedTo) attrs.joinedTo = m.joinedTo;
    if (m.typedBy) attrs.typedBy = m.typedBy;
    return { start: m.start, end: m.end, label: m.type, id: `m${i + 1}`, attrs: attrs as unknown as Record<string, unknown> };
  });
}

/**
 * A name's phrase goes with it; the noun that describes it ("Lynx, the new version of ...", "web browser
 * Lynx") types it when only its shape had.
 */
function withDescription(m: Mention, d: Described | undefined): Mention {
  if (!d) return m;
  const out = d.phrase ? mention({ ...m, phrase: d.phrase }) : m;
  if (d.headType && m.form === 'name' && m.evidence === 'weak' && d.headType !== m.type) return mention({ ...out, type: d.headType, evidence: 'strong', typedBy: `described as "${d.head}"` });
  return out;
}

/**
 * Capitalised words the document writes after a lower-case word ("... of Brisk bikes"): there
 * the capital is the writer's choice, so the same word at the head of a sentence is a name too.
 */
function namesInRunningText(text: string): Set<string> {
  const out = new Set<string>();
  // After a whole lower-case word: "... by Nordhavn Bank" names "Nordhavn", not "Bank".
  // A capture rather than a look-behind: the same matches (each takes its lower-case word along), faster.
  RUNNING_NAME.lastIndex = 0;
  for (let m = RUNNING_NAME.exec(text); m; m = RUNNING_NAME.exec(text)) out.add(m[1]!);
  return out;
}
const RUNNING_NAME = /(?:^|[\s(“"‘])\p{Ll}[\p{L}\p{M}'’]*[,;]? (\p{Lu}[\p{L}\p{M}]+)/gu;

/** The place of a dateline ("KESTRAVA (Tidewire):") is a place; its agency an organisation. */
function datelineMentions(doc: Doc, sentence: { start: number; end: number }, lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const { place, agency } = doc.meta.dateline ?? {};
  const chunk = doc.text.slice(sentence.start, sentence.end);
  // "PORT ELMA, LISSENHOLM" is a city and its country: two places.
  const parts = [...(place ?? '').split(/\s*,\s*/).map((p) => [p, 'PLACE'] as const), [agency, 'ORG'] as const];
  let from = 0;
  for (const [value, type] of parts) {
    if (!value) continue;
    const at = chunk.indexOf(value, from);
    if (at < 0) continue;
    const entry = lex.gazetteer.get(fold(value));
    from = at + value.length;
    out.push(mention({ start: sentence.start + at, end: sentence.start + at + value.length, type: entry?.type ?? type, form: 'name', evidence: 'strong', dateline: true, ...(entry ? { gazetteer: entry.id } : {}) }));
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
