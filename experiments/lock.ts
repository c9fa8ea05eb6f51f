/**
 * One process per results folder. The lock is a file created exclusively (`O_EXCL`), holding the
 * owner's pid and host. A lock left by a process that no longer runs on this host (killed with
 * -9, machine crash) is taken over; a live owner, or one on another host (a shared filesystem,
 * where liveness cannot be checked), makes the second process stop with a clear message.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../scenarios/errors.ts';

/** The lock file's name inside a results folder. */
export const LOCK_FILE = '.lock';

interface Owner {
  pid: number;
  host: string;
  since: string;
}

/** Held lock; `release()` removes it (idempotent). */
export interface FolderLock {
  release(): void;
}

/**
 * Takes the folder's lock or throws an {@link InputError} naming the process that holds it.
 * @param dir - an existing folder
 * @param now - the time to record (the caller's clock: locks are not results)
 */
export function lockFolder(dir: string, now: Date): FolderLock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: now.toISOString() } satisfies Owner) + '\n');
      closeSync(fd);
      let held = true;
      return {
        release() {
          if (held) rmSync(path, { force: true });
          held = false;
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner !== null && (owner.host !== hostname() || isAlive(owner.pid))) throw busy(dir, owner);
      rmSync(path, { force: true }); // left by a process that is gone (or unreadable): take over
    }
  }
  throw busy(dir, readOwner(path));
}

function readOwner(path: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
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

function busy(dir: string, owner: Owner | null): InputError {
  const who = owner === null ? 'another process' : `process ${owner.pid} on ${owner.host} (since ${owner.since})`;
  return new InputError(dir, [
    {
      path: '',
      expected: 'a results folder no other ronghe process is writing to',
      found: `${who} is working in this folder`,
      hint: `Wait for it to finish, or give another folder with --out. If that process no longer runs (e.g. on another machine), delete ${join(dir, LOCK_FILE)} and rerun.`,
    },
  ], 'results folder');
}
