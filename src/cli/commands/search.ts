import { Command } from 'commander';
import type { RunState } from '../main.js';
import { writeOut } from '../write.js';
import type { SearchHit } from '../../store/index.js';
import { addStoreOption, defaultListFormat, jsonlOut, jsonOut, listFormatOption, mdEscape, positiveInt, STORE_HELP, withStore, type ListFormat, type StoreFlags } from './store-common.js';

export function searchCommand(state: RunState): Command {
  const command = new Command('search')
    .description('Full-text search over the stored articles, with highlighted snippets.')
    .argument('<query...>', 'words; "a phrase" in quotes, or between words, -word to exclude')
    .option('-n, --limit <n>', 'how many hits', positiveInt, 20)
    .addOption(listFormatOption())
    .addHelpText('after', `${STORE_HELP}

Examples:
  $ corroborate search aftershock
  $ corroborate search '"central bank" rates -inflation' --format jsonl

Exit status: 0 (also when nothing matches), 1 when the database cannot be opened, 2 on a usage error.`);
  addStoreOption(command).action(async (words: string[], flags: StoreFlags & { limit: number; format?: ListFormat }) => {
    await withStore(flags, state, async (store) => {
      const { searchArticles } = await import('../../store/index.js');
      const hits = await searchArticles(store.db, words.join(' '), { limit: flags.limit });
      await writeOut(formatHits(hits, defaultListFormat(flags.format), Boolean(process.stdout.isTTY)));
    });
  });
  return command;
}

/** Marks the highlighted ranges: bold on a terminal, ** in Markdown, [brackets] in plain text. */
export function mark(hit: SearchHit, open: string, close: string, escape: (s: string) => string = (s) => s): string {
  let out = '';
  let at = 0;
  for (const h of hit.highlights) {
    out += escape(hit.snippet.slice(at, h.start)) + open + escape(hit.snippet.slice(h.start, h.end)) + close;
    at = h.end;
  }
  return (out + escape(hit.snippet.slice(at))).replace(/\s+/g, ' ');
}

export function formatHits(hits: SearchHit[], format: ListFormat, tty: boolean): string {
  if (format === 'json') return jsonOut(hits);
  if (format === 'jsonl') return jsonlOut(hits);
  if (format === 'md') return hits.map((h) => `### ${mdEscape(h.title ?? h.id)}\n\n${mdEscape(h.outlet ?? '?')} · ${h.published ?? 'undated'} · \`${h.id}\`\n\n${mark(h, '**', '**', mdEscape)}\n`).join('\n');
  if (!hits.length) return 'No matches.\n';
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  // Article text goes to a terminal: control characters are dropped so that no escape sequence gets through.
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  return hits.map((h) => `${clean(h.title ?? h.id)}\n  ${clean(h.outlet ?? '?')} · ${h.published ?? 'undated'} · ${h.id}${h.story ? ` · ${h.story}` : ''}\n  ${mark(h, open, close, clean)}\n`).join('\n');
}
