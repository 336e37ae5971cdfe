import { Command, Option } from 'commander';
import type { RunState } from '../main.js';
import { writeOut } from '../write.js';
import type { StoryDetail } from '../../store/index.js';
import { addStoreOption, fail, jsonOut, mdEscape, STORE_HELP, withStore, type StoreFlags } from './store-common.js';

export function storyCommand(state: RunState): Command {
  const command = new Command('story')
    .description('Show one stored story: its articles, events, entities and quotes.')
    .argument('<id>', 'a story id, as `corroborate stories` lists them')
    .addOption(new Option('-f, --format <format>', 'output format (default: md on a terminal, json in a pipe)').choices(['json', 'md']))
    .addHelpText('after', `${STORE_HELP}

Examples:
  $ corroborate story story-0596ad0cd7ee
  $ corroborate story story-0596ad0cd7ee --format json | jq .events

Exit status: 0, 1 when there is no such story or the database cannot be opened, 2 on a usage error.`);
  addStoreOption(command).action(async (id: string, flags: StoreFlags & { format?: 'json' | 'md' }) => {
    await withStore(flags, state, async (store) => {
      const { getStory } = await import('../../store/index.js');
      const story = await getStory(store.db, id);
      if (!story) return fail(state, `no story ${id} in ${store.location} (corroborate stories lists them)`);
      const format = flags.format ?? (process.stdout.isTTY ? 'md' : 'json');
      await writeOut(format === 'json' ? jsonOut(storyJson(story)) : storyMarkdown(story));
    });
  });
  return command;
}

/** The same shape as GET /api/stories/:id, without the briefing. */
export function storyJson(story: StoryDetail) {
  const { snapshot, ...row } = story;
  return { ...row, events: snapshot.story.events, articles: snapshot.articles, entities: snapshot.entities, quotes: snapshot.quotes, times: snapshot.times };
}

export function storyMarkdown(story: StoryDetail): string {
  const s = story.snapshot;
  const titles = new Map(s.articles.map((a) => [a.id, a.title ?? a.source]));
  const lines = [`# ${mdEscape(story.title)}`, '', `${story.articleCount} articles from ${story.outletCount} outlets, ${story.firstPublished?.slice(0, 10) ?? '?'} to ${story.lastPublished?.slice(0, 10) ?? '?'} · \`${story.id}\``, '', '## Articles', ''];
  for (const a of s.articles) lines.push(`- ${a.published?.slice(0, 16) ?? 'undated'} · ${mdEscape(a.outlet ?? '?')} · ${mdEscape(a.title ?? a.source)}${a.duplicateOf ? ` (copy of \`${a.duplicateOf}\`)` : ''} · \`${a.id}\``);
  lines.push('', '## Events', '');
  for (const e of s.story.events) lines.push(`- ${e.start ?? '?'}${e.end && e.end !== e.start ? ` to ${e.end}` : ''}: ${mdEscape(e.title)} (${e.articles.length} articles)`);
  lines.push('', '## Entities', '');
  const entities = [...s.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 25);
  for (const e of entities) lines.push(`- ${mdEscape(e.name)} (${e.type.toLowerCase()}${e.roles.length ? `, ${mdEscape(e.roles[0]!)}` : ''}): ${e.mentions.length} mentions`);
  if (s.quotes.length) {
    lines.push('', '## Quotes', '');
    for (const q of s.quotes.slice(0, 30)) lines.push(`- “${mdEscape(q.text)}” — ${mdEscape(q.speaker ?? 'unattributed')} (${mdEscape(titles.get(q.article) ?? q.article)})`);
  }
  return lines.join('\n') + '\n';
}
