import type { Mention } from './mentions.js';

/**
 * A Mention with every field present, in one order (absent ones undefined). Mentions are built in a dozen
 * places with different fields; objects of one shape keep property reads monomorphic in optimised code.
 * With a dozen shapes, detectMentions, typeRun and clusterMentions were deoptimised and recompiled again
 * and again over the first 1,500 articles of a process (the "early" speed bench/entities/meantime.ts prints).
 */
export function mention(f: Mention): Mention {
  return {
    start: f.start,
    end: f.end,
    type: f.type,
    form: f.form,
    evidence: f.evidence,
    role: f.role,
    gazetteer: f.gazetteer,
    tentative: f.tentative,
    typedBy: f.typedBy,
    dateline: f.dateline,
    model: f.model,
    phrase: f.phrase,
  };
}
