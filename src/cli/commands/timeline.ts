import { Command, Option } from 'commander';
import { addInputOptions, formatOption, type InputFlags } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';

const FORMATS = ['md', 'json', 'html'] as const;

export function timelineCommand(state: RunState): Command {
  const command = new Command('timeline')
    .description('Read articles and print each story\'s timeline: who did what to whom, and when, with the articles that say so.')
    .addOption(formatOption(FORMATS, 'md on a terminal, json in a pipe'))
    .addOption(new Option('--actor <name>', 'print only what this actor demanded, accused, promised, threatened and did'))
    .addHelpText('after', `
Actions are coded with CAMEO's top-level classes (data/events/README.md); dates come from the times layer
and are shown as written ("XXXX-10-12" when the text gives no year).

Examples:
  $ corroborate timeline examples/corpus
  $ corroborate timeline examples/corpus --actor Pakistan --format html > pakistan.html

Exit status: 0 when every input was read, 1 when any input failed (the others are still read), 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: (typeof FORMATS)[number]; actor?: string }) => {
    const format = flags.format ?? (process.stdout.isTTY ? 'md' : 'json');
    const [{ corpus, failed }, timeline] = await Promise.all([analyseInputs(inputs, flags), import('../../timeline/index.js')]);
    const timelines = (corpus.results.get('corpus:timelines') ?? []) as import('../../timeline/index.js').Timeline[];
    let actors;
    if (flags.actor) {
      const aliases = new Map(((corpus.results.get('corpus:entities') ?? []) as { id: string; aliases: string[] }[]).map((e) => [e.id, e.aliases]));
      actors = timelines.flatMap((t) => {
        const actor = timeline.findActor(t.actors, flags.actor!, aliases);
        return actor ? [{ story: t.story, title: t.title, actor }] : [];
      });
    }
    await writeOut(timeline.formatTimelines(timelines, format, actors));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}
