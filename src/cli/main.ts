import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.js';
import { analyzeCommand } from './commands/analyze.js';
import { timelineCommand } from './commands/timeline.js';
import { quotesCommand } from './commands/quotes.js';
import { entitiesCommand } from './commands/entities.js';
import { briefCommand } from './commands/brief.js';
import { ingestCommand } from './commands/ingest.js';
import { storiesCommand } from './commands/stories.js';
import { storyCommand } from './commands/story.js';
import { searchCommand } from './commands/search.js';
import { entitiesDbCommand } from './commands/entities-db.js';
import { exportCommand } from './commands/export.js';
import { serveCommand } from './commands/serve.js';
import { watchCommand } from './commands/watch.js';
import { VERSION } from '../version.js';

/** Exit codes: 0 ok, 1 an input could not be read or extracted, 2 the command line is wrong. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Commands report their outcome here instead of calling process.exit, so main() can return it. */
export interface RunState {
  exitCode: number;
}

export function buildProgram(state: RunState): Command {
  const program = new Command('corroborate')
    .description("Turn many outlets' reports of a story into one corroborated, cited account.")
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const make of [
    briefCommand,
    extractCommand,
    analyzeCommand,
    entitiesCommand,
    quotesCommand,
    timelineCommand,
    ingestCommand,
    storiesCommand,
    storyCommand,
    searchCommand,
    entitiesDbCommand,
    exportCommand,
    serveCommand,
    watchCommand,
  ]) program.addCommand(make(state).exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const state: RunState = { exitCode: EXIT.ok };
  const program = buildProgram(state);
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
    return state.exitCode;
  } catch (error) {
    // --help and --version end here with exit code 0; every other commander error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
}
