export { StoryIndex, STORY_DEFAULTS, type StoryOptions, type StorySummary } from './story-index.js';
export { clusterStories, groupingOf, storyIdOf, BATCH_DEFAULTS, type BatchOptions, type Grouping, type Story, type ArticleGrouping, type ClusterOptions } from './stories.js';
export { splitEvents, EVENT_DEFAULTS, type EventOptions, type EventSummary } from './events.js';
export { linkClusters, type LinkOptions } from './linkage.js';
export { mentionedDays, anchorDay } from './dates.js';
export { storiesStage, eventsStage } from './stages.js';
