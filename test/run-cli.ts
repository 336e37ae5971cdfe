import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Root's powers to ignore file modes, dropped with util-linux's setpriv: the child stays root (so it can still
 * read a checkout in a private folder) but meets permission bits like an ordinary user.
 */
const WITHOUT_OVERRIDE = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search'];

/**
 * Runs the real command line in a child process (through tsx, so the tests see the current source, not a
 * stale build) and collects what it prints. `fileModes` makes a root process obey file permissions, for the
 * tests of unwritable folders.
 */
export function runCli(args: string[], options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; fileModes?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const entry = new URL('../src/cli/dev-entry.ts', import.meta.url).href;
    const command = [process.execPath, '--import', 'tsx', fileURLToPath(entry), ...args];
    const asRoot = options.fileModes && process.getuid?.() === 0;
    const [program, ...rest] = asRoot ? ['setpriv', ...WITHOUT_OVERRIDE, ...command] : command;
    const child = spawn(program!, rest, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
