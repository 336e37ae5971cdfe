import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A store error the CLI shows as it is (no stack) and exits 1 on. */
export class StoreError extends Error {}

export const LOCK_FILE = 'corroborate.lock';

export interface Lock {
  release(): void;
}

/**
 * PGlite is one process's database: a second opener would corrupt it. The first opener writes its pid into
 * a lock file created exclusively (O_EXCL, atomic on local file systems); a later opener reads the pid and
 * either names the live holder or, when that process is gone (killed mid-ingest), takes the stale lock over.
 */
export function acquireLock(dir: string): Lock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, command: process.argv.slice(1).join(' '), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
        process.off('exit', release);
      };
      // A crash still runs exit handlers; only SIGKILL leaves the file behind, and then the pid is dead.
      process.on('exit', release);
      return { release };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw accessError(dir, error as NodeJS.ErrnoException);
      const holder = readHolder(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new StoreError(`the database ${dir} is in use by process ${holder.pid}${holder.command ? ` (${holder.command})` : ''}; PGlite allows one process at a time: stop that process, or use PostgreSQL through DATABASE_URL (if that pid is not corroborate, delete ${path})`);
      }
      if (holder?.pid === process.pid) throw new StoreError(`the database ${dir} is already open in this process`);
      rmSync(path, { force: true });
    }
  }
  throw new StoreError(`could not lock the database ${dir}: another process keeps taking the lock`);
}

function readHolder(path: string): { pid: number; command?: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; command?: unknown };
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, ...(typeof parsed.command === 'string' ? { command: parsed.command } : {}) } : undefined;
  } catch {
    // Empty or torn: its writer died between create and write, so nobody holds it.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A clear sentence for the errors a database folder can raise. */
export function accessError(dir: string, error: NodeJS.ErrnoException): StoreError {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new StoreError(`the database folder ${dir} is not writable (${error.code}): choose another with --db DIR, or fix its permissions`);
    case 'ENOTDIR':
    case 'EEXIST':
      return new StoreError(`the database path ${dir} is not a folder: choose another with --db DIR`);
    default:
      return new StoreError(`cannot open the database folder ${dir}: ${error.message}`);
  }
}
