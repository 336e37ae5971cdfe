import type { Doc } from '../core/doc.js';
import { message } from '../core/message.js';
import type { CorpusStage } from '../pipeline/stage.js';
import { type EventOptions, splitEvents } from './events.js';
import { mentionedDays } from './dates.js';
import type { InferredPeriod } from './periods.js';
import { type ClusterOptions, clusterStories, duplicateMap, type DuplicateTable, type Grouping } from './stories.js';

export const storiesStage: CorpusStage<Omit<ClusterOptions, 'duplicates'>> = {
  name: 'stories',
  scope: 'corpus',
  requires: ['text', 'meta:title', 'meta:published', 'corpus:duplicates'],
  assigns: ['corpus:stories'],
  defaults: {},
  create: (options) => (corpus) => {
    const duplicates = corpus.results.get('corpus:duplicates') as DuplicateTable | undefined;
    corpus.results.set('corpus:stories', clusterStories(corpus.docs, { ...options, duplicates }));
  },
};

/** `corpus:events`: the stories grouping with each story's events filled and each article's event set. */
export const eventsStage: CorpusStage<Partial<EventOptions>> = {
  name: 'events',
  scope: 'corpus',
  requires: ['corpus:stories'],
  assigns: ['corpus:events'],
  defaults: {},
  create: (options) => (corpus, context) => {
    const grouping = corpus.results.get('corpus:stories') as Grouping;
    const byId = new Map(corpus.docs.map((d) => [d.id, d]));
    const copies = new Map([...duplicateMap(corpus.results.get('corpus:duplicates') as DuplicateTable | undefined)].map(([id, m]) => [id, m.duplicateOf]));
    const articles = structuredClone(grouping.articles);
    // Optional: when the inference stage ran, undated articles are placed in time by their inferred period.
    const inferred = new Map(Object.entries((corpus.results.get('corpus:inferredPublished') ?? {}) as Record<string, InferredPeriod>));
    const stories = grouping.stories.map((story) => {
      const docs = story.articles.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
      const events = splitEvents(docs, options, copies, inferred);
      if (docs.length > 1 && !docs.some((d) => d.meta.published || mentionedDays(d).length)) {
        context.report(message('info', 'group-no-dates', docs[0]!.source, { count: docs.length, story: story.title }, { stage: 'events' }));
      }
      for (const event of events) for (const id of event.articles) if (articles[id]) articles[id].event = event.id;
      return { ...story, events };
    });
    corpus.results.set('corpus:events', { stories, articles } satisfies Grouping);
  },
};
