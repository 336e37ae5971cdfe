export { buildTimeline, storiesOf, entityIndex } from './build.js';
export { actorRecords, findActor, roleOf } from './actors.js';
export { timelineStage } from './stage.js';
export { reportActions, type ReportAction, type ReportSide } from './report.js';
export { formatTimelines, TIMELINE_FORMATS, type TimelineFormat } from './format.js';
export type { Timeline, TimelineEntry, TimelineAction, ActorRecord, ActorItem, ActorRole, Party, Source } from './types.js';
