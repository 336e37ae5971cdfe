import { Command, Option } from 'commander';
import type { Entity } from '../../annotate/entities/index.js';
import { addInputOptions, formatOption, type InputFlags } from '../inputs.js';
import { analyseInputs } from '../analysis.js';
import { EXIT, type RunState } from '../main.js';
import { writeOut } from '../write.js';

export const ENTITY_FORMATS = ['table', 'json', 'jsonl', 'md'] as const;
export type EntityFormat = (typeof ENTITY_FORMATS)[number];
const TYPES = ['PERSON', 'ORG', 'PLACE', 'OTHER'] as const;

export function entitiesCommand(state: RunState): Command {
  const command = new Command('entities')
    .description('Read articles and list the people, organisations and places they name, joined across articles, with their other names and roles.')
    .addOption(formatOption(ENTITY_FORMATS, 'table on a terminal, json in a pipe'))
    .addOption(new Option('--type <type>', 'list only entities of this type').choices(TYPES as unknown as string[]))
    .addHelpText('after', `
Each entity lists every spelling seen ("aliases"), the roles given to it, its mentions as character offsets
into each article's clean text, and why forms were joined ("merges"). How types and joins are decided:
src/annotate/entities/README.md.

Examples:
  $ corroborate entities examples/corpus
  $ corroborate entities examples/corpus --type PERSON --format md
  $ corroborate entities feeds/*.xml --format jsonl | jq -r .name

Exit status: 0 when every input was read, 1 when any input failed (the others are still read), 2 on a usage error.`);
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { format?: EntityFormat; type?: Entity['type'] }) => {
    const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'json');
    const { corpus, failed } = await analyseInputs(inputs, flags, 'ENTITY_STAGES');
    const all = (corpus.results.get('corpus:entities') ?? []) as Entity[];
    const sources = new Map(corpus.docs.map((d) => [d.id, d.source]));
    await writeOut(formatEntities(all.filter((e) => !flags.type || e.type === flags.type), format, sources, process.stdout.columns));
    state.exitCode = failed ? EXIT.input : EXIT.ok;
  });
  return command;
}

/**
 * Entities as text: most mentioned first. `sources` maps article ids to their input names (shown in the
 * table and md as the number of articles; carried in JSON as `articles`). `width` trims table lines.
 */
export function formatEntities(entities: readonly Entity[], format: EntityFormat, sources: ReadonlyMap<string, string> = new Map(), width = 120): string {
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const withArticles = sorted.map((e) => ({ ...e, articles: [...new Set(e.mentions.map((m) => m.article))].map((id) => ({ id, source: sources.get(id) ?? null })) }));
  if (format === 'json') return `${JSON.stringify(withArticles, null, 2)}\n`;
  if (format === 'jsonl') return withArticles.map((e) => `${JSON.stringify(e)}\n`).join('');
  const rows = withArticles.map((e) => [e.type, e.name, String(e.mentions.length), String(e.articles.length), e.aliases.filter((a) => a !== e.name).join(', '), e.roles.join('; ')]);
  const head = ['type', 'name', 'mentions', 'articles', 'other names', 'roles'];
  if (format === 'table') head[4] = 'other names [roles]';
  if (format === 'md') {
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
    return [`| ${head.join(' | ')} |`, `| ${head.map((h, k) => (k === 2 || k === 3 ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
  }
  if (!rows.length) return 'No entities found.\n';
  // Plain aligned columns; the last two columns take what is left of the line.
  const widths = head.slice(0, 4).map((h, k) => Math.min(k === 1 ? 36 : 10, Math.max(h.length, ...rows.map((r) => r[k]!.length))));
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s);
  const line = (r: string[]) => {
    const fixed = r.slice(0, 4).map((c, k) => (k === 2 || k === 3 ? clip(c, widths[k]!).padStart(widths[k]!) : clip(c, widths[k]!).padEnd(widths[k]!))).join('  ');
    const rest = r === head ? r[4]! : `${r[4]}${r[5] ? ` [${r[5]}]` : ''}`.trim();
    return clip(`${fixed}  ${rest}`.trimEnd(), Math.max(width, 60));
  };
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
