import { Command } from 'commander';
import { addInputOptions, type Attributions, attributionsOption, formatOption, type InputFlags, stageOptions } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';
import { QUOTE_FORMATS, type QuoteFormat } from '../../output/quotes-format.js';

export function quotesCommand(state: RunState): Command {
  const command = new Command('quotes')
    .description('Read articles and list who said what, grouped by speaker, with each outlet\'s wording of the same statement.')
    .addOption(formatOption(QUOTE_FORMATS, 'md on a terminal, json in a pipe'))
    .addOption(attributionsOption())
    .addHelpText('after', `
Each quote names its article and character range (UTF-16 offsets into the clean text). Anonymous sources
("officials said") are listed as such, never guessed.

Examples:
  $ corroborate quotes examples/corpus/border-talks
  $ corroborate quotes examples/corpus --format jsonl | jq -r .name

Exit status: 0 when every input was read, 1 when any input failed (the others are still read), 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: QuoteFormat; attributions?: Attributions }) => {
    const format = flags.format ?? (process.stdout.isTTY ? 'md' : 'json');
    const [{ corpus, messages, failed }, { buildReport }, { quotesBySpeaker, formatQuotes }] = await Promise.all([
      analyseInputs(inputs, flags, 'ANALYZE_STAGES', stageOptions(flags)),
      import('../../output/report.js'),
      import('../../output/quotes-format.js'),
    ]);
    await writeOut(formatQuotes(quotesBySpeaker(buildReport(corpus, messages)), format));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}
