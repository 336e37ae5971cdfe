import { Command } from 'commander';
import { REPORT_FORMATS, formatReport, type ReportFormat } from '../../output/report-format.js';
import { addInputOptions, type Attributions, attributionsOption, formatOption, type InputFlags, stageOptions } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';

export function analyzeCommand(state: RunState): Command {
  const command = new Command('analyze')
    .description('Read articles and report everything the pipeline finds, as one JSON document: articles, copies, stories and events, entities, times, quotes, actions, claims and contradictions.')
    .addOption(formatOption(REPORT_FORMATS, 'md on a terminal, json in a pipe'))
    .addOption(attributionsOption())
    .addHelpText('after', `
The JSON report follows schema/report.schema.json (see docs/report.md).

Examples:
  $ corroborate analyze examples/corpus
  $ corroborate analyze feeds/*.xml --format json > report.json

Exit status: 0 when every input was read, 1 when any input failed (the others are still analysed), 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: ReportFormat; attributions?: Attributions }) => {
    const format = flags.format ?? (process.stdout.isTTY ? 'md' : 'json');
    const [{ corpus, messages, failed }, { buildReport }] = await Promise.all([analyseInputs(inputs, flags, 'ANALYZE_STAGES', stageOptions(flags)), import('../../output/report.js')]);
    await writeOut(formatReport(buildReport(corpus, messages), format));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}
