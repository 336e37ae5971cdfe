import { fileURLToPath } from 'node:url';
import { collectDocs } from '../app/collect.js';
import type { Doc } from '../core/doc.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { ANALYZE_STAGES } from '../pipeline/order.js';
import type { Corpus } from '../pipeline/stage.js';

/** Runs every stage a briefing needs over documents (tests only). */
export async function runAll(docs: Doc[]): Promise<Corpus> {
  const { corpus } = (await buildPipeline(ANALYZE_STAGES)).run(docs);
  return corpus;
}

/** The bundled example corpus, fully annotated and reconciled (tests only). */
export async function examplesCorpus(): Promise<Corpus> {
  const { docs } = await collectDocs([fileURLToPath(new URL('../../examples/corpus', import.meta.url))]);
  return runAll(docs);
}
