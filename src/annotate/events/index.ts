export { eventsAnnotationStage, annotateActions, timeValue, timeNear, type ActionAttrs, type SideRef } from './stage.js';
export { findActions, type FoundAction } from './find.js';
export { buildLexicon, loadEventLexicon, topLevel, type EventLexicon, type VerbData, type VerbBlock, type VerbPattern } from './lexicon.js';
export type { Mention } from './view.js';
