import { Command } from 'commander';
import { formatExtract, EXTRACT_FORMATS, type ExtractFormat } from '../../output/extract-format.js';
import { addInputOptions, formatOption, type InputFlags } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';

export function extractCommand(state: RunState): Command {
  const command = new Command('extract')
    .description('Read articles and print each one\'s clean text and metadata (title, outlet, byline, dateline, published, language).')
    .addOption(formatOption(EXTRACT_FORMATS, 'md on a terminal, jsonl in a pipe'))
    .addHelpText('after', `
Examples:
  $ corroborate extract examples --format jsonl > articles.jsonl
  $ corroborate extract page.html https://example.org/news/story.html
  $ curl -s https://example.org/feed.xml | corroborate extract - --format json

Exit status: 0 when every input was read, 1 when any input failed (the others are still printed), 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: ExtractFormat }) => {
    const format = flags.format ?? (process.stdout.isTTY ? 'md' : 'jsonl');
    const { corpus, failed } = await analyseInputs(inputs, flags, 'EXTRACT_STAGES');
    await writeOut(formatExtract(corpus.docs, format));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}
