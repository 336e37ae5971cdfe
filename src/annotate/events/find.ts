import type { Token } from '../sentences/split.js';
import type { EventLexicon, VerbEntry } from './lexicon.js';
import { patternCode, phraseAt } from './patterns.js';
import { agentOf, controllerOf, isPassive, isReducedPassive, mentionsBetween, objectOf, subjectOf } from './roles.js';
import { governor, groupOf, possessive, viewSentence, type Mention, type SentenceView } from './view.js';

/** One who-did-what-to-whom found in a sentence; offsets are into the document text. */
export interface FoundAction {
  /** CAMEO code, e.g. "112"; its first two digits are the top-level class. */
  code: string;
  trigger: 'verb' | 'noun';
  verb: { start: number; end: number };
  actor: Mention | null;
  target: Mention | null;
  place: Mention | null;
  /** From the first to the last word the action was read from (actor, verb, target). */
  start: number;
  end: number;
}

const VERB_TAGS = new Set(['VERB', 'ADJ']);
const NOUN_TARGET = new Set(['on', 'against', 'at', 'with', 'into', 'targeting']);
const PLACE_GOVERNORS = new Set(['in', 'at', 'near', 'from', 'outside', 'inside']);
/** Past participles of the verb dictionary are tagged ADJ by wink after "was" ("was opposed"); only those count. */
const PARTICIPLE = /(ed|en|wn)$/;

/**
 * Finds the actions of one sentence. `mentions` are actor candidates (entity mentions in the product,
 * dictionary actors in the PETRARCH benchmark), sorted by start; compound actors ("Qatar and Turkiye")
 * yield one action per member, as PETRARCH codes them.
 */
export interface FindOptions {
  /**
   * Keep the verb of saying that frames a sentence's other actions ("…, officials said") as an action of its
   * own. PETRARCH codes it (its benchmark wants it); the product drops it, since the timeline is about the acts.
   */
  keepFrames?: boolean;
}

export function findActions(text: string, tokens: Token[], mentions: readonly Mention[], lex: EventLexicon, options: FindOptions = {}): FoundAction[] {
  const view = viewSentence(text, tokens, mentions);
  const out: FoundAction[] = [];
  let speech: FoundAction[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (view.mentionOf[v]! >= 0) continue;
    const phrase = phraseAt(view, v, lex);
    if (phrase) {
      out.push(...verbActions(view, v + phrase.head, phrase.entry, lex));
      v += phrase.words.length - 1;
      continue;
    }
    const word = view.words[v]!;
    const tag = tokens[v]!.pos;
    const verb = lex.verbs.get(word);
    if (verb && VERB_TAGS.has(tag) && (tag !== 'ADJ' || PARTICIPLE.test(word)) && !lex.notEvents.has(word)) {
      const found = verbActions(view, v, verb, lex);
      if (lex.speech.has(word)) speech.push(...found);
      else out.push(...found);
      continue;
    }
    const noun = lex.nouns.get(word);
    if (noun && (tag === 'NOUN' || tag === 'PROPN' || (tag === 'VERB' && word.endsWith('ing')))) out.push(...nounActions(view, v, noun.code, !!noun.between, lex));
  }
  const accusations = accusationsIn(text, [...speech, ...out]);
  // A verb of saying frames the sentence's other actions ("Gondor attacked Arnor, officials said").
  if (out.length && !options.keepFrames) speech = [];
  // One verb read twice (a compound subject and a two-way code) must not give the same action twice.
  const seen = new Set<string>();
  return [...out, ...accusations, ...speech]
    .filter((a) => {
      const key = `${a.verb.start}|${a.code}|${a.actor?.start ?? -1}|${a.target?.start ?? -1}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.verb.start - b.verb.start);
}

// CAMEO classes of force: saying that another used them is accusing it (PETRARCH-2 codes "X said Y attacked Z"
// as X accuses Y, 112).
const FORCE = new Set(['18', '19', '20']);
const ACCUSE = '112';
const DONE = /(?:ed|shot|hit|struck|fought|threw|shook|led|broke|blew|stole|took|seized|killed)$/i;

/** "The US said that ISIL had attacked Iraq": the speaker accuses the attacker; with no attacker named, no accusation. */
function accusationsIn(text: string, actions: FoundAction[]): FoundAction[] {
  const out: FoundAction[] = [];
  for (const said of actions) {
    if (said.trigger !== 'verb' || !said.code.startsWith('01') || !said.actor) continue;
    for (const act of actions) {
      if (act === said || act.verb.start <= said.verb.end || !FORCE.has(act.code.slice(0, 2))) continue;
      // Only a deed reported as done accuses ("had attacked", "the firing"); "is prepared to take steps" does not.
      if (act.trigger === 'verb' && !DONE.test(text.slice(act.verb.start, act.verb.end))) continue;
      const accused = act.actor ?? null;
      if (!accused || accused.start === said.actor.start) continue;
      out.push({ ...said, code: ACCUSE, target: accused, end: Math.max(said.end, accused.end) });
      break;
    }
  }
  return out;
}


function verbActions(view: SentenceView, v: number, verb: VerbEntry, lex: EventLexicon): FoundAction[] {
  const code = patternCode(view, v, verb);
  if (!code) return [];
  let actors: number[];
  let targets: number[];
  if (isPassive(view, v, verb.lemma) || isReducedPassive(view, v)) {
    actors = agentOf(view, v);
    targets = subjectOf(view, v);
  } else {
    const controller = controllerOf(view, v);
    const controlled = controller >= 0 ? mentionsBetween(view, controller, v - 1) : [];
    actors = controlled.length ? controlled : subjectOf(view, controller >= 0 ? controller : v);
    targets = objectOf(view, v);
  }
  targets = targets.filter((t) => !actors.includes(t));
  if (!actors.length && !targets.length) return [];
  // "Gondor and Osgiliath renewed ties": with no object, the members of a compound subject act on each other.
  if (!targets.length && actors.length > 1) return actors.flatMap((a) => combine(view, v, code, 'verb', [a], actors.filter((b) => b !== a)));
  return combine(view, v, code, 'verb', actors, targets);
}

function nounActions(view: SentenceView, v: number, code: string, between: boolean, lex: EventLexicon): FoundAction[] {
  let actors: number[] = [];
  let targets: number[] = [];
  if (between && view.words[v + 1] === 'between') {
    const group = objectOf(view, v, new Set(['between']), 3);
    actors = group.slice(0, 1);
    targets = group.slice(1);
  }
  // "Pakistan's demands", "Gondor's attack": the possessor acts.
  const owner = possessorOf(view, v);
  if (!actors.length && owner >= 0) actors = [owner];
  if (!actors.length) actors = agentOf(view, v);
  if (!targets.length) targets = objectOf(view, v, NOUN_TARGET, 8);
  // "Pakistan-Afghanistan talks": a name right before the noun is a party unless it is a place ("the Doha talks").
  const modifier = view.mentionOf[v - 1] ?? -1;
  if (!actors.length && modifier >= 0 && view.mentions[modifier]!.label !== 'PLACE' && !possessive(view, modifier)) actors = groupOf(view, modifier);
  const light = lightVerbBefore(view, v, lex);
  if (!actors.length && !targets.length && light >= 0) {
    const subject = subjectOf(view, light);
    if (between && subject.length > 1) {
      actors = subject.slice(0, 1);
      targets = subject.slice(1);
    } else actors = subject;
  }
  targets = targets.filter((t) => !actors.includes(t));
  const found = combine(view, v, code, 'noun', actors, targets);
  return found.length ? found : [action(view, v, code, 'noun', -1, -1)];
}

/** "Pakistan's demands", "Islamabad's sole demand": the mention before "'s" and up to two modifiers; -1 when none. */
function possessorOf(view: SentenceView, v: number): number {
  let i = v - 1;
  while (i >= 0 && i >= v - 3 && view.mentionOf[i]! < 0 && (view.tokens[i]!.pos === 'ADJ' || view.tokens[i]!.pos === 'NOUN')) i--;
  if (i >= 0 && view.mentionOf[i]! >= 0 && possessive(view, view.mentionOf[i]!)) return view.mentionOf[i]!;
  if (i >= 1 && /^['’]s?$/.test(view.words[i]!) && view.mentionOf[i - 1]! >= 0) return view.mentionOf[i - 1]!;
  return -1;
}

/** The light verb ("held", "joined") whose object the noun at `v` is, within four words; -1 when none. */
function lightVerbBefore(view: SentenceView, v: number, lex: EventLexicon): number {
  for (let i = v - 1; i >= 0 && i >= v - 4; i--) {
    if (lex.light.has(view.words[i]!)) return i;
    if (view.tokens[i]!.pos === 'VERB' || view.mentionOf[i]! >= 0) return -1;
  }
  return -1;
}

/**
 * One action per actor × target; an empty side gives null. A dictionary code "031:032" also gives the
 * target's action on the actor (the second code), as PETRARCH reads it.
 */
function combine(view: SentenceView, v: number, code: string, trigger: FoundAction['trigger'], actors: number[], targets: number[]): FoundAction[] {
  const [forward, reverse] = code.split(':') as [string, string | undefined];
  const out: FoundAction[] = [];
  for (const a of actors.length ? actors : [-1]) {
    for (const t of targets.length ? targets : [-1]) {
      out.push(action(view, v, forward, trigger, a, t));
      if (reverse && a >= 0 && t >= 0) out.push(action(view, v, reverse, trigger, t, a));
    }
  }
  return out;
}

function action(view: SentenceView, v: number, code: string, trigger: FoundAction['trigger'], a: number, t: number): FoundAction {
  const token = view.tokens[v]!;
  const actor = a >= 0 ? view.mentions[a]! : null;
  const target = t >= 0 ? view.mentions[t]! : null;
  const place = placeNear(view, v, [a, t]);
  const ends = [token, actor, target].filter((x): x is { start: number; end: number } => !!x);
  return { code, trigger, verb: { start: token.start, end: token.end }, actor, target, place, start: Math.min(...ends.map((x) => x.start)), end: Math.max(...ends.map((x) => x.end)) };
}

/** The nearest place named "in/at/near X" (or right before a noun trigger) that is neither side. */
function placeNear(view: SentenceView, v: number, used: number[]): Mention | null {
  let best: { k: number; d: number } | undefined;
  view.mentions.forEach((m, k) => {
    if (m.label !== 'PLACE' || used.includes(k)) return;
    const [first] = view.ranges[k]!;
    const gov = governor(view, first);
    if (!(gov && PLACE_GOVERNORS.has(gov)) && first !== v - 1) return;
    const d = Math.abs(first - v);
    if (!best || d < best.d) best = { k, d };
  });
  return best ? view.mentions[best.k]! : null;
}
