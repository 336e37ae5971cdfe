import cueVerbs from '../../../data/quotes/cue-verbs.json' with { type: 'json' };
import sources from '../../../data/quotes/sources.json' with { type: 'json' };
import anonymous from '../../../data/quotes/anonymous.json' with { type: 'json' };
import abbreviations from '../../../data/quotes/abbreviations.json' with { type: 'json' };

/** The word lists of data/quotes as lookup tables; every key is lower case. */
export interface Lexicon {
  /** Inflected cue form → its lemma ("said" → "say"). */
  cues: Map<string, string>;
  /** `cues` plus the verbs that are cues only beside quotation marks ("“…,” he continued"). */
  quoteCues: Map<string, string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  determiners: Set<string>;
  personRoles: Set<string>;
  orgRoles: Set<string>;
  modifiers: Set<string>;
  skipBeforeCue: Set<string>;
  skipAfterCue: Set<string>;
  boundaryWords: Set<string>;
  objectCues: Set<string>;
  anonymousHeads: Set<string>;
  anonymousPhrases: string[];
  abbreviations: Set<string>;
}

function cueTable(classes: Record<string, string[]>[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const verbs of classes) for (const [lemma, forms] of Object.entries(verbs)) for (const form of forms) table.set(form, lemma);
  return table;
}

const cache = new Map<boolean, Lexicon>();

/** `attitudes` adds verbs of belief and evidence (think, want, show), which PolNeAR counts as attributions. */
export function lexicon(attitudes = false): Lexicon {
  const hit = cache.get(attitudes);
  if (hit) return hit;
  const built: Lexicon = {
    cues: cueTable(attitudes ? [cueVerbs.speech, cueVerbs.attitude] : [cueVerbs.speech]),
    quoteCues: cueTable(attitudes ? [cueVerbs.speech, cueVerbs.attitude, cueVerbs.quoteOnly] : [cueVerbs.speech, cueVerbs.quoteOnly]),
    personPronouns: new Set(sources.personPronouns),
    groupPronouns: new Set(sources.groupPronouns),
    determiners: new Set(sources.determiners),
    personRoles: new Set(sources.personRoles),
    orgRoles: new Set(sources.orgRoles),
    modifiers: new Set(sources.modifiers),
    skipBeforeCue: new Set(sources.skipBeforeCue),
    skipAfterCue: new Set(sources.skipAfterCue),
    boundaryWords: new Set(sources.boundaryWords),
    objectCues: new Set(sources.objectCues),
    anonymousHeads: new Set(anonymous.heads),
    anonymousPhrases: anonymous.phrases,
    abbreviations: new Set(abbreviations.abbreviations),
  };
  cache.set(attitudes, built);
  return built;
}
