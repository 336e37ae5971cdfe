import type { CorpusStage, DocStage } from '../../pipeline/stage.js';
import { DEFAULT_THRESHOLD, groupQuotes, type GroupOptions } from './variants.js';
import { sharedSenses } from './paraphrase/wordnet.js';
import { annotateQuotes, type QuoteAttrs, type QuoteOptions } from './quotes.js';
import type { Doc } from '../../core/doc.js';

/** Direct and indirect quotes with their cue and speaker; uses `sentences` and `entities` when present. */
export const quotesStage: DocStage<QuoteOptions> = {
  name: 'quotes',
  scope: 'doc',
  requires: ['text'],
  assigns: ['layer:quotes'],
  defaults: { attitudes: false },
  create(options) {
    if (options.attitudes !== undefined && typeof options.attitudes !== 'boolean') throw new TypeError(`quotes: option attitudes must be true or false, not ${JSON.stringify(options.attitudes)}`);
    return (doc) => doc.setLayer('quotes', annotateQuotes(doc, options));
  },
};

/** Groups the quotes of all documents into statements carried by one or several outlets. */
interface LinkedEntity {
  id: string;
  mentions: { article: string; start: number; end: number }[];
}

/** Resolves a quote's speaker span to the cross-article entity whose mention it overlaps. */
function linkedSpeaker(entities: readonly LinkedEntity[]): (doc: Doc, attrs: QuoteAttrs) => string | null {
  const byArticle = new Map<string, { start: number; end: number; id: string }[]>();
  for (const e of entities) for (const m of e.mentions) (byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!).push({ ...m, id: e.id });
  return (doc, attrs) => {
    const s = attrs.speaker;
    if (!s) return null;
    return byArticle.get(doc.id)?.find((m) => m.start < s.end && s.start < m.end)?.id ?? null;
  };
}

export const quoteGroupsStage: CorpusStage<GroupOptions> = {
  name: 'quote-groups',
  scope: 'corpus',
  requires: ['layer:quotes'],
  assigns: ['corpus:quoteGroups'],
  defaults: { threshold: DEFAULT_THRESHOLD },
  create(options) {
    const t = options.threshold;
    if (t !== undefined && (typeof t !== 'number' || !(t > 0 && t <= 1))) throw new RangeError(`quote-groups: option threshold must be a number in (0, 1], not ${JSON.stringify(t)}`);
    // WordNet is read here, once, so that the stage itself does no I/O.
    const senses = options.senses === undefined ? sharedSenses() : options.senses;
    return (corpus) => {
      const entities = corpus.results.get('corpus:entities') as LinkedEntity[] | undefined;
      const speakerId = entities ? linkedSpeaker(entities) : undefined;
      corpus.results.set('corpus:quoteGroups', groupQuotes(corpus.docs, { ...options, senses, ...(speakerId ? { speakerId } : {}) }));
    };
  },
};
