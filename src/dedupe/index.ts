export { DuplicateIndex, findDuplicates, DUPLICATE_DEFAULTS, type DuplicateMatch, type DuplicateOptions } from './duplicate-index.js';
export { dedupeStage, type DuplicatesResult } from './stage.js';
