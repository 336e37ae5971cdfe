import functionWords from '../../../data/quotes/function-words.json' with { type: 'json' };

/** The closed-class word lists of data/quotes/function-words.json, as sets. */
export const words = {
  postModifiers: new Set<string>(functionWords.postModifiers.words),
  nounMarkers: new Set<string>(functionWords.nounMarkers.words),
  prepositions: new Set<string>(functionWords.prepositions.words),
  beForms: new Set<string>(functionWords.beForms.words),
  adverbsBeforeCue: new Set<string>(functionWords.adverbsBeforeCue.words),
  beforeParticiple: new Set<string>(functionWords.beforeParticiple.words),
  adverbialStarts: new Set<string>(functionWords.adverbialStarts.words),
  notSpeakers: new Set<string>(functionWords.notSpeakers.words),
  notNameStarts: new Set<string>(functionWords.notNameStarts.words),
  clauseStarters: new Set<string>(functionWords.clauseStarters.words),
  adverbsAfterSubject: new Set<string>(functionWords.adverbsAfterSubject.words),
  nounCues: new Set<string>(functionWords.nounCues.words),
  documents: new Set<string>(functionWords.documents.words),
  media: new Set<string>(functionWords.media.words),
  timeStarts: new Set<string>(functionWords.timeAdverbials.starts),
  times: new Set<string>(functionWords.timeAdverbials.times),
  finiteVerbs: new Set<string>(functionWords.finiteVerbs.words),
  cueParticles: new Set<string>(functionWords.cueParticles.words),
  pastTenses: new Set<string>(functionWords.pastTenses.words),
  shareQualifiers: new Set<string>(functionWords.shareQualifiers.words),
  namingVerbs: new Set<string>(functionWords.namingVerbs.words),
  lyNouns: new Set<string>(functionWords.lyNouns.words),
  nonSpeechComplements: new Map<string, Set<string>>(Object.entries(functionWords.nonSpeechComplements.pairs).map(([lemma, next]) => [lemma, new Set(next)])),
};
