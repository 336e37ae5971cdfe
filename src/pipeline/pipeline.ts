import type { Doc } from '../core/doc.js';
import { message, type Message } from '../core/message.js';
import type { Capability, Corpus, CorpusRunner, DocRunner, Stage, StageContext } from './stage.js';

/** Capabilities every extracted document has before any stage runs. */
export const BASE_CAPABILITIES: Capability[] = ['text', 'layer:blocks', 'meta:title', 'meta:published', 'meta:outlet'];

export class PipelineError extends Error {}

/**
 * Checks, before anything runs, that every stage's requirements are assigned by an earlier stage.
 * Returns the stages in order, unchanged.
 */
export function checkOrder(stages: readonly Stage[], available: Capability[] = BASE_CAPABILITIES): void {
  const have = new Set(available);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage ${stage.name} appears twice in the pipeline`);
    names.add(stage.name);
    const missing = stage.requires.filter((need) => !have.has(need));
    if (missing.length) {
      throw new PipelineError(`stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage assigns (have: ${[...have].join(', ')})`);
    }
    for (const cap of stage.assigns) have.add(cap);
  }
}

type Built = { stage: Stage; run: DocRunner } | { stage: Stage; run: CorpusRunner };

export interface Pipeline {
  stages: readonly Stage[];
  /** Runs every stage; a stage that throws on one document records `stage-failed` for it and the rest go on. */
  run(docs: Doc[]): { corpus: Corpus; messages: Message[] };
}

export async function buildPipeline(stages: readonly Stage[], options: Record<string, unknown> = {}): Promise<Pipeline> {
  checkOrder(stages);
  const built: Built[] = [];
  for (const stage of stages) {
    const stageOptions = { ...(stage.defaults ?? {}), ...((options[stage.name] as object | undefined) ?? {}) };
    built.push({ stage, run: await stage.create(stageOptions) } as Built);
  }
  return {
    stages,
    run(docs) {
      const messages: Message[] = [];
      const context: StageContext = { report: (m) => messages.push(m) };
      const corpus: Corpus = { docs, results: new Map() };
      const failed = new Set<Doc>();
      for (const { stage, run } of built) {
        if (stage.scope === 'doc') {
          for (const doc of docs) {
            if (failed.has(doc)) continue;
            try {
              (run as DocRunner)(doc, context);
            } catch (error) {
              failed.add(doc);
              const detail = error instanceof Error ? error.message : String(error);
              const m = message('error', 'stage-failed', doc.source, { stage: stage.name, detail }, { stage: stage.name });
              doc.messages.push(m);
              messages.push(m);
            }
          }
        } else {
          try {
            (run as CorpusRunner)(corpus, context);
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            messages.push(message('error', 'stage-failed', '(corpus)', { stage: stage.name, detail }, { stage: stage.name }));
          }
        }
      }
      return { corpus, messages };
    },
  };
}
