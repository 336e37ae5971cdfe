export { entitiesStage, annotateEntities, type EntityAttrs } from './stage.js';
export { entityLinkStage } from './link-stage.js';
export { linkEntities, type Entity } from './link.js';
export { loadLexicon, type Lexicon, type GazetteerEntry } from './lexicon.js';
export type { EntityType } from './mentions.js';
