import type { Corpus } from '../pipeline/stage.js';
import type { ActionAttrs, SideRef } from '../annotate/events/stage.js';
import { entityIndex } from './build.js';

/** One side of an action in the report: where it stands, its words, and its corpus entity when linked. */
export interface ReportSide {
  start: number;
  end: number;
  text: string;
  entity?: string;
}

/**
 * An item of the report's proposed `actions[]` section (the "events"; `stories[].events` already
 * names the rounds of a story, so these sentence-level acts are called actions throughout).
 */
export interface ReportAction {
  id: string;
  article: string;
  start: number;
  end: number;
  type: { code: string; name: string; cameo: string };
  actor: ReportSide | null;
  target: ReportSide | null;
  place: ReportSide | null;
  time: { start: number; end: number; value: string } | null;
}

/** Every action of every article, in article then text order, ready for the JSON report. */
export function reportActions(corpus: Corpus): ReportAction[] {
  const entities = entityIndex(corpus);
  const out: ReportAction[] = [];
  for (const doc of corpus.docs) {
    const side = (ref: SideRef | null): ReportSide | null => {
      if (!ref) return null;
      const linked = entities.get(`${doc.id}:${ref.start}:${ref.end}`);
      return { start: ref.start, end: ref.end, text: doc.slice(ref), ...(linked ? { entity: linked.id } : {}) };
    };
    for (const span of doc.layer('actions')) {
      const a = span.attrs as unknown as ActionAttrs;
      out.push({
        id: `${doc.id}:${span.id ?? span.start}`,
        article: doc.id,
        start: span.start,
        end: span.end,
        type: { ...a.type, cameo: a.cameo },
        actor: side(a.actor),
        target: side(a.target),
        place: side(a.place),
        time: a.time,
      });
    }
  }
  return out;
}
