export { findTimes } from './resolve.js';
export { timesStage } from './stage.js';
export { confidentValue, inferPublished, periodBounds, type InferOptions, type InferredPublished } from './infer.js';
export { inferStoryPublished, publishedByEventStage, publishedInferenceStage, type EventPeriod } from './story.js';
export type { Evidence } from './clues.js';
export type { TimeAttrs, TimeInterval, TimeLabel, TimeSpan, TimeValue, PartOfDay } from './types.js';
