import type { Corpus } from '../pipeline/stage.js';
import type { Message } from '../core/message.js';
import { ingestOptions, type InputFlags } from './inputs.js';
import { loadPipelineModules } from './lazy.js';
import { printMessages } from './messages.js';
import { inputProgress } from './progress.js';

export interface Analysis {
  corpus: Corpus;
  messages: Message[];
  /** True when an input could not be read or extracted: the command exits 1. */
  failed: boolean;
}

/**
 * What every reading command does first: read the inputs (with a progress line on a terminal), run the
 * analysis pipeline (all of it, or a shorter list from order.ts; `options` by stage name), and print the problems met on standard error.
 */
export async function analyseInputs(inputs: string[], flags: InputFlags, stageList: 'ANALYZE_STAGES' | 'ENTITY_STAGES' | 'EXTRACT_STAGES' = 'ANALYZE_STAGES', options: Record<string, unknown> = {}): Promise<Analysis> {
  // Stages and models load only when a command runs, so that --help stays instant.
  const { collectDocs, buildPipeline, stages } = await loadPipelineModules();
  const progress = inputProgress(!flags.quiet);
  const { docs, messages, failed } = await collectDocs(inputs, ingestOptions(flags), { onInput: progress.tick });
  progress.stop();
  const pipeline = await buildPipeline(stages[stageList], options);
  const { corpus, messages: stageMessages } = pipeline.run(docs);
  const all = [...messages, ...stageMessages];
  printMessages(all, flags.quiet);
  return { corpus, messages: all, failed };
}
