import { languageStage } from '../extract/language/index.js';
import { sentencesStage } from '../annotate/sentences/index.js';
import { entitiesStage, entityLinkStage } from '../annotate/entities/index.js';
import { timesStage, publishedByEventStage, publishedInferenceStage } from '../annotate/times/index.js';
import { quotesStage, quoteGroupsStage } from '../annotate/quotes/index.js';
import { eventsAnnotationStage } from '../annotate/events/index.js';
import { timelineStage } from '../timeline/index.js';
import { reconcileStage } from '../reconcile/index.js';
import { dedupeStage } from '../dedupe/index.js';
import { eventsStage, storiesStage } from '../cluster/index.js';
import type { Stage } from './stage.js';

/**
 * The order of stages lives here and only here. `checkOrder` verifies it when a pipeline is built: a stage
 * that needs a layer no earlier stage assigns is a build error, not a surprise in the middle of a run.
 */

/** After extraction, for `corroborate extract`. */
export const EXTRACT_STAGES: readonly Stage[] = [languageStage];

/** Only what entities need, for `corroborate entities`: no grouping into stories, no times. */
export const ENTITY_STAGES: readonly Stage[] = [sentencesStage, entitiesStage, entityLinkStage];

/** Everything, for `corroborate analyze`: per-document annotation, then grouping over the collection. */
export const ANALYZE_STAGES: readonly Stage[] = [
  languageStage,
  sentencesStage,
  entitiesStage,
  timesStage,
  quotesStage,
  eventsAnnotationStage,
  dedupeStage,
  storiesStage,
  publishedInferenceStage,
  eventsStage,
  publishedByEventStage,
  entityLinkStage,
  quoteGroupsStage,
  reconcileStage,
  timelineStage,
];
