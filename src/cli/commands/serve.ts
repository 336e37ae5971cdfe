import { Command, InvalidArgumentError, Option } from 'commander';
import { writeOut } from '../write.js';
import { EXIT, type RunState } from '../main.js';
import { addStoreOption, STORE_HELP, withStore, type StoreFlags } from './store-common.js';
import { toSeconds } from './watch.js';

export function serveCommand(state: RunState): Command {
  const command = new Command('serve')
    .description('Serve the store over HTTP: a JSON API under /api (OpenAPI at /api/openapi.json).')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', toPort, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token required on /api (default: CORROBORATE_TOKEN); required off loopback')
    .option('--watch <feed...>', 'also poll these RSS/Atom feeds inside the server (the way to watch feeds into a PGlite --db while serving it)')
    .option('--interval <seconds>', 'with --watch: seconds between polls of each feed', toSeconds, 300)
    .option('--allow-private', 'with --watch: poll feeds on loopback or private addresses')
    .addOption(new Option('-f, --format <format>', 'text: the address on standard error; json: {"url", "backend", "database"} on standard output, for scripts').choices(['text', 'json']).default('text'))
    .addHelpText('after', `${STORE_HELP}

Listening on anything but loopback (127.0.0.1, ::1, localhost) needs a token, given with --token or
CORROBORATE_TOKEN; clients send it as "Authorization: Bearer <token>". The server stops on Ctrl-C.

Examples:
  $ corroborate serve
  $ CORROBORATE_TOKEN=s3cret corroborate serve --host 0.0.0.0 --port 8080 --db ./news-db
  $ corroborate serve --db ./news-db --watch https://example.org/rss.xml --interval 600

The web UI is at / (stories, story briefings with their sources side by side, entities, search); the story
list updates itself as --watch (or POST /api/articles) brings new articles.

Exit status: 0 after a clean stop, 1 when the port is in use or the database cannot be opened, 2 on a
usage error (including a non-loopback host without a token).`);
  addStoreOption(command).action(async (flags: StoreFlags & { port: number; host: string; token?: string; format: 'text' | 'json'; watch?: string[]; interval: number; allowPrivate?: boolean }) => {
    const { exposureProblem } = await import('../../server/auth.js');
    const token = flags.token ?? (process.env.CORROBORATE_TOKEN || undefined);
    const problem = exposureProblem(flags.host, token);
    if (problem) {
      process.stderr.write(`corroborate: ${problem}\n`);
      state.exitCode = EXIT.usage;
      return;
    }
    await withStore(flags, state, async (store) => {
      const [{ createApp, writeQueue }, { listen, ServeError }] = await Promise.all([import('../../server/app.js'), import('../../server/serve.js')]);
      const serialize = writeQueue();
      // Listen for signals before the address is announced: a client may stop the server as soon as it reads it.
      const { startWatching, untilSignal } = await import('../../watch/run.js');
      const stopped = untilSignal();
      let listening;
      try {
        listening = await listen(createApp(store, { serialize, ...(token ? { token } : {}) }), flags.host, flags.port);
      } catch (error) {
        if (!(error instanceof ServeError)) throw error;
        process.stderr.write(`corroborate: ${error.message}\n`);
        state.exitCode = EXIT.input;
        return;
      }
      if (flags.format === 'json') await writeOut(`${JSON.stringify({ url: listening.url, backend: store.backend, database: store.location })}\n`);
      else process.stderr.write(`corroborate: serving ${store.location} (${store.backend}) at ${listening.url}${token ? ' (bearer token required)' : ''}; Ctrl-C stops\n`);
      // PGlite is one process: feeds are watched here, sharing the API's write queue, rather than by a second `watch`.
      const watcher = flags.watch?.length ? startWatching(store, flags.watch, { intervalSec: flags.interval, allowPrivate: flags.allowPrivate ?? false, serialize }) : undefined;
      await stopped;
      await watcher?.stop();
      await listening.close();
    });
  });
  return command;
}

function toPort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}
