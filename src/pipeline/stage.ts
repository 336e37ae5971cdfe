import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';

/**
 * What a stage needs and what it adds, as names: `text` (always there), `layer:<name>`, `meta:<field>`,
 * or `corpus:<name>` for results over the whole collection (duplicates, stories).
 */
export type Capability = string;

export interface StageContext {
  /** Records a message about a document; stages never print. */
  report(message: Message): void;
}

/** Runs on one document at a time; must not touch disks, sockets or databases. */
export type DocRunner = (doc: Doc, context: StageContext) => void;

/** Runs over the whole collection (grouping, reconciliation). */
export type CorpusRunner<C = Corpus> = (corpus: C, context: StageContext) => void;

export interface Corpus {
  docs: Doc[];
  /** Corpus-level results by capability name, e.g. `corpus:stories`. */
  results: Map<string, unknown>;
}

interface StageBase<O> {
  name: string;
  requires: Capability[];
  assigns: Capability[];
  /** Checks options and prepares the runner (loading a model is allowed here, not in the runner). */
  defaults?: O;
}

export interface DocStage<O = Record<string, never>> extends StageBase<O> {
  scope: 'doc';
  create(options: O): DocRunner | Promise<DocRunner>;
}

export interface CorpusStage<O = Record<string, never>> extends StageBase<O> {
  scope: 'corpus';
  create(options: O): CorpusRunner | Promise<CorpusRunner>;
}

// Options are checked per stage by its own create(); the pipeline only passes them through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Stage = DocStage<any> | CorpusStage<any>;
