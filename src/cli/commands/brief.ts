import { Command } from 'commander';
import { addInputOptions, type Attributions, attributionsOption, formatOption, type InputFlags, stageOptions } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';

const FORMATS = ['md', 'html', 'json'] as const;

export function briefCommand(state: RunState): Command {
  const command = new Command('brief')
    .description('Write one corroborated, cited briefing per story: what outlets agree on, what they dispute, what only one reports.')
    .addOption(formatOption(FORMATS, 'md'))
    .option('--story <id>', 'only the story with this id (see `corroborate analyze`)')
    .addOption(attributionsOption())
    .addHelpText('after', `
Every sentence of a briefing is a source's own words with citations [n] to the sources and character spans.
Stories come most-covered first. The JSON form carries each briefing with its faithfulness check.

Examples:
  $ corroborate brief examples/corpus
  $ corroborate brief examples/corpus --format html > brief.html
  $ corroborate brief feeds/*.xml --story story-e54fe2f8ffe9 --format json

Exit status: 0 when every input was read, 1 when any input failed or --story names no story, 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: (typeof FORMATS)[number]; story?: string; attributions?: Attributions }) => {
    const format = flags.format ?? 'md';
    const [{ corpus, failed }, { briefings, renderBriefings }] = await Promise.all([analyseInputs(inputs, flags, 'ANALYZE_STAGES', stageOptions(flags)), import('../../brief/render.js')]);
    const output = briefings(corpus, flags.story);
    if (output.missing) {
      process.stderr.write(`corroborate brief: no story "${output.missing}"; run \`corroborate analyze\` to list story ids\n`);
      state.exitCode = EXIT.input;
      return;
    }
    await writeOut(renderBriefings(output, format));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}
