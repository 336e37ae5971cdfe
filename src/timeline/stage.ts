import type { CorpusStage } from '../pipeline/stage.js';
import { buildTimeline, storiesOf } from './build.js';
import type { Timeline } from './types.js';

/** Assigns `corpus:timelines`: one Timeline per story, in the order of the stories. */
export const timelineStage: CorpusStage = {
  name: 'timeline',
  scope: 'corpus',
  requires: ['layer:actions', 'layer:times', 'corpus:stories', 'corpus:entities'],
  assigns: ['corpus:timelines'],
  create: () => (corpus) => {
    const timelines: Timeline[] = [];
    for (const story of storiesOf(corpus)) {
      const timeline = buildTimeline(corpus, story.id);
      if (timeline) timelines.push(timeline);
    }
    corpus.results.set('corpus:timelines', timelines);
  },
};
