import { governor, groupOf, type SentenceView } from './view.js';

/**
 * Finding who acted and on whom from the word order and wink's tags alone (no parser ships in npm for
 * Node at a usable speed): the subject is the nearest actor to the left of the verb that is not inside a
 * prepositional phrase; the object the nearest actor to the right before the clause ends.
 */

const PREPOSITIONS = new Set(['with', 'to', 'by', 'of', 'in', 'on', 'at', 'from', 'against', 'for', 'into', 'over', 'near', 'between', 'about', 'toward', 'towards', 'across', 'among', 'than', 'like', 'under', 'through', 'within']);
/** Words that open a subordinate clause: a subject found beyond them belongs to another verb. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'because', 'when', 'while', 'although', 'though', 'if', 'since', 'until', 'unless', 'whereas', 'that', 'which', 'who', 'whom', 'where', 'as', ';', ':', '“', '”', '"']);
const OBJECT_STOPS = new Set([...CLAUSE_OPENERS, ',', '—', '–', '(', ')', 'but', 'despite']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'got', 'get', 'gets']);
const SKIP_IN_VERB_GROUP = new Set(['not', "n't", 'also', 'reportedly', 'allegedly', 'again', 'repeatedly', 'never', 'earlier', 'later', 'now', 'then', 'already', 'still', 'jointly', 'publicly', 'strongly', 'formally', 'officially']);

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'inside', 'outside']);

/** Mentions in a prepositional phrase are modifiers, not the subject; "Gondor's forces fired" makes Gondor the actor. */
function isBare(view: SentenceView, k: number): boolean {
  const gov = governor(view, view.ranges[k]![0]);
  return !(gov && PREPOSITIONS.has(gov));
}

// A subject further back than this many words belongs to another clause. The PETRARCH records score the same
// from 16 to 24; without a bound, long sentences of examples/corpus took a name 30 words back as the subject.
const SUBJECT_REACH = 16;

/** The subject group of the verb at token `v`, or []. */
export function subjectOf(view: SentenceView, v: number, floor = 0): number[] {
  let pronoun = false;
  for (let i = v - 1; i >= Math.max(floor, v - SUBJECT_REACH); i--) {
    const k = view.mentionOf[i]!;
    if (k >= 0) {
      // "talks between Varonia and Teskár": the group's first member says whether it sits in a phrase.
      const group = groupOf(view, k);
      if (isBare(view, group[0]!)) return group;
      i = view.ranges[group[0]!]![0];
      continue;
    }
    if (CLAUSE_OPENERS.has(view.words[i]!)) return [];
    // "Olbrecht said her government had given": a name before a verb of saying is its subject, not this
    // verb's; unless a pronoun stood for it ("Obama said he would attack": he is Obama).
    if (SUBJECT_PRONOUNS.has(view.words[i]!)) pronoun = true;
    if (view.tokens[i]!.pos === 'VERB' && FINITE.test(view.words[i]!) && !pronoun) return [];
  }
  return [];
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

/** Finite verbs of saying and reporting, whose subject is never the subject of the clause they introduce. */
const FINITE = /^(?:said|says|told|tells|added|stated|noted|announced|reported|claimed|insisted|warned|argued|explained)$/;

/**
 * The first actor after the verb (or after `from`), up to the end of the clause; with `via` only one governed
 * by that word. An actor after a locative word ("celebrated at Osgiliath with Gondor") is taken only when no
 * other follows; a place after one (PLACE label) never is: it is where, not whom.
 */
export function objectOf(view: SentenceView, from: number, via?: Set<string>, limit = 14): number[] {
  let located: number[] = [];
  for (let i = from + 1; i < view.tokens.length && i <= from + limit; i++) {
    const k = view.mentionOf[i]!;
    if (k >= 0) {
      const gov = governor(view, view.ranges[k]![0]);
      const locative = !!gov && LOCATIVE.has(gov);
      // "condemned an attack by Osgiliath": after a noun, "by" names whom the action is about.
      const byNoun = gov === 'by' && view.tokens[view.ranges[k]![0] - 2]?.pos === 'NOUN';
      if (via ? gov && via.has(gov) : (gov !== 'by' || byNoun) && !locative) return groupOf(view, k);
      if (!via && locative && !located.length && view.mentions[k]!.label !== 'PLACE') located = groupOf(view, k);
      i = view.ranges[k]![1];
      continue;
    }
    // "restore complete, full ties with Gondor": a comma between adjectives does not end the clause.
    if (view.words[i] === ',' && view.tokens[i - 1]?.pos === 'ADJ' && ['ADJ', 'ADV'].includes(view.tokens[i + 1]?.pos ?? '')) continue;
    // "demanded that Teskar disarm", "warned that Mordor would": the subject of the clause said or demanded.
    if (!via && view.words[i] === 'that' && view.mentionOf[i + 1]! >= 0 && !located.length) return groupOf(view, view.mentionOf[i + 1]!);
    if (OBJECT_STOPS.has(view.words[i]!)) return located;
  }
  return located;
}

/** The agent of a passive: "was attacked by X", "talks mediated by X". */
export function agentOf(view: SentenceView, v: number): number[] {
  return objectOf(view, v, new Set(['by']), 8);
}

/** "was attacked", "were warned", "has been accused": a be-form before a participle, adverbs between. */
export function isPassive(view: SentenceView, v: number, lemma: string): boolean {
  const word = view.words[v]!;
  // "will be hosting" is progressive, not passive; a participle ends like one.
  if (word.endsWith('ing') || (word === lemma && !/(ed|en|wn|t)$/.test(word))) return false;
  for (let i = v - 1; i >= 0 && i >= v - 4; i--) {
    const w = view.words[i]!;
    if (BE_FORMS.has(w)) return true;
    if (!SKIP_IN_VERB_GROUP.has(w) && view.tokens[i]!.pos !== 'ADV') return false;
  }
  return false;
}

/** A participle right after a noun or comma and followed by "by": "talks, mediated by Qatar". */
export function isReducedPassive(view: SentenceView, v: number): boolean {
  if (!/(ed|en|wn)$/.test(view.words[v]!)) return false;
  const next = view.words[v + 1];
  const prev = view.tokens[v - 1];
  return next === 'by' && !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || view.words[v - 1] === ',');
}

/** The verb that governs an infinitive "to V", for "X urged Y to meet Z" / "X agreed to meet Z". */
export function controllerOf(view: SentenceView, v: number): number {
  if (view.words[v - 1] !== 'to') return -1;
  for (let i = v - 2; i >= 0 && i >= v - 8; i--) {
    if (view.tokens[i]!.pos === 'VERB') return i;
    if (OBJECT_STOPS.has(view.words[i]!)) return -1;
  }
  return -1;
}

/** Mentions between a controlling verb and "to": the controller's object is the infinitive's subject. */
export function mentionsBetween(view: SentenceView, from: number, to: number): number[] {
  for (let i = from + 1; i < to; i++) {
    const k = view.mentionOf[i]!;
    if (k >= 0 && isBare(view, k)) return groupOf(view, k);
  }
  return [];
}
