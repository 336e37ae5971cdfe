import cueVerbs from '../../../data/quotes/cue-verbs.json' with { type: 'json' };
import sources from '../../../data/quotes/sources.json' with { type: 'json' };
import anonymous from '../../../data/quotes/anonymous.json' with { type: 'json' };
import abbreviations from '../../../data/quotes/abbreviations.json' with { type: 'json' };
import unsourced from '../../../data/quotes/unsourced.json' with { type: 'json' };
import type { Unsourced } from './unsourced.js';
import learned from '../../../data/quotes/learned-cues.json' with { type: 'json' };
import nounCues from '../../../data/quotes/noun-cues.json' with { type: 'json' };
import wordnetCues from '../../../data/quotes/wordnet-cues.json' with { type: 'json' };
import cueModel from '../../../data/quotes/cue-model.json' with { type: 'json' };
import recallModel from '../../../data/quotes/recall-model.json' with { type: 'json' };
import filterModel from '../../../data/quotes/filter-model.json' with { type: 'json' };
import mergeModel from '../../../data/quotes/merge-model.json' with { type: 'json' };
import type { CueModel } from './cue-model.js';

/** The word lists of data/quotes as lookup tables; every key is lower case. */
export interface Lexicon {
  /** Inflected cue form → its lemma ("said" → "say"). */
  cues: Map<string, string>;
  /** Noun cue form → the words that may open its content ("warning" → that); see nouns.ts. */
  nounCues: Map<string, Set<string>>;
  /** `cues` plus the verbs that are cues only beside quotation marks ("“…,” he continued"). */
  quoteCues: Map<string, string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  determiners: Set<string>;
  personRoles: Set<string>;
  orgRoles: Set<string>;
  groupHeads: Set<string>;
  modifiers: Set<string>;
  skipBeforeCue: Set<string>;
  skipAfterCue: Set<string>;
  boundaryWords: Set<string>;
  objectCues: Set<string>;
  anonymousHeads: Set<string>;
  anonymousPhrases: string[];
  abbreviations: Set<string>;
  /** Cues of attributions with no source ("is expected to", "reportedly"); empty sets unless attitudes. */
  unsourced: Unsourced;
  /** Take the words before a cue as its subject when no source phrase is recognised (attitude mode only). */
  looseSubjects: boolean;
  /** The learned cue classifier (cue-model.ts) for words in no cue list; null unless attitudes. */
  cueModel: CueModel | null;
  /** The learned recall pass (recall-model.ts) for words the rules leave outside any attribution; null unless attitudes. */
  recallModel: CueModel | null;
  /** The learned filter (filter-model.ts) over every attribution found; null unless attitudes. */
  filterModel: CueModel | null;
  /** The learned segmentation pass (merge-model.ts) over neighbouring attributions; null unless attitudes. */
  mergeModel: CueModel | null;
}

function cueTable(classes: Record<string, string[]>[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const verbs of classes) for (const [lemma, forms] of Object.entries(verbs)) for (const form of forms) table.set(form, lemma);
  return table;
}

/**
 * The forms learned from PolNeAR train (bench/quotes/learn-cues.ts), each its own lemma. Adverbs ("reportedly",
 * "widely") are left out: they mark an attribution with no source and no verb slot, which the verb rules
 * cannot read.
 */
function learnedCues(): Record<string, string[]> {
  return Object.fromEntries(Object.keys(learned.forms).filter((form) => !form.endsWith('ly')).map((form) => [form, [form]]));
}

/** Verbs of saying and thinking from WordNet (bench/quotes/wordnet-cues.ts), each its own lemma. */
function wordnetForms(): Record<string, string[]> {
  return Object.fromEntries(wordnetCues.forms.map((form) => [form, [form]]));
}

/** Later classes never override a form an earlier class already maps to its lemma. */
function merged(classes: Record<string, string[]>[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const c of classes) for (const [form, lemma] of cueTable([c])) if (!table.has(form)) table.set(form, lemma);
  return table;
}

function nounTable(classes: Record<string, string[]>[]): Map<string, Set<string>> {
  return new Map(classes.flatMap((c) => Object.entries(c)).map(([noun, opens]) => [noun, new Set(opens)]));
}

const cache = new Map<boolean, Lexicon>();
// a threshold above 1 (a placeholder file, before bench/quotes/learn-cue-model.ts has run) turns the model off
const shipped = (model: unknown) => ((model as CueModel).threshold <= 1 ? (model as CueModel) : null);

/** Models other than the shipped ones (the benches that learn them): undefined keeps the shipped one, null turns it off. */
export interface Models {
  cueModel?: CueModel | null;
  recallModel?: CueModel | null;
  filterModel?: CueModel | null;
  mergeModel?: CueModel | null;
}

/**
 * `attitudes` adds verbs of belief and evidence (think, want, show), the learned cues and the WordNet verbs of
 * saying and thinking, as PolNeAR counts them.
 */
export function lexicon(attitudes = false, models: Models = {}): Lexicon {
  // a model other than the shipped one (the bench that learns it) gets a lexicon of its own
  const { cueModel: cue, recallModel: recall, filterModel: filter, mergeModel: merge } = models;
  if (cue !== undefined || recall !== undefined || filter !== undefined || merge !== undefined) {
    const base = lexicon(attitudes);
    const pick = (given: CueModel | null | undefined, own: CueModel | null) => (!attitudes ? null : given !== undefined ? given : own);
    return { ...base, cueModel: pick(cue, base.cueModel), recallModel: pick(recall, base.recallModel), filterModel: pick(filter, base.filterModel), mergeModel: pick(merge, base.mergeModel) };
  }
  const hit = cache.get(attitudes);
  if (hit) return hit;
  const built: Lexicon = {
    cues: attitudes ? merged([cueVerbs.speech, cueVerbs.attitude, learnedCues(), wordnetForms()]) : cueTable([cueVerbs.speech]),
    nounCues: nounTable(attitudes ? [nounCues.speech, nounCues.attitude] : [nounCues.speech]),
    quoteCues: attitudes ? merged([cueVerbs.speech, cueVerbs.attitude, cueVerbs.quoteOnly, learnedCues(), wordnetForms()]) : cueTable([cueVerbs.speech, cueVerbs.quoteOnly]),
    personPronouns: new Set(sources.personPronouns),
    groupPronouns: new Set(sources.groupPronouns),
    determiners: new Set(sources.determiners),
    personRoles: new Set(sources.personRoles),
    orgRoles: new Set(sources.orgRoles),
    groupHeads: new Set(sources.groupHeads),
    modifiers: new Set(sources.modifiers),
    skipBeforeCue: new Set(sources.skipBeforeCue),
    skipAfterCue: new Set(sources.skipAfterCue),
    boundaryWords: new Set(sources.boundaryWords),
    objectCues: new Set(sources.objectCues),
    anonymousHeads: new Set(anonymous.heads),
    anonymousPhrases: anonymous.phrases,
    abbreviations: new Set(abbreviations.abbreviations),
    unsourced: {
      raising: new Set(attitudes ? unsourced.raising : []),
      adverbs: new Set(attitudes ? unsourced.adverbs : []),
      asked: new Set(attitudes ? unsourced.asked : []),
      afterAsked: new Set(unsourced.afterAsked),
      pollHeads: new Set(attitudes ? unsourced.pollHeads : []),
      passives: attitudes,
    },
    looseSubjects: attitudes,
    cueModel: attitudes ? shipped(cueModel) : null,
    recallModel: attitudes ? shipped(recallModel) : null,
    filterModel: attitudes ? shipped(filterModel) : null,
    mergeModel: attitudes ? shipped(mergeModel) : null,
  };
  cache.set(attitudes, built);
  return built;
}
