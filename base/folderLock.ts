/**
 * One process per results folder. The lock file is created complete and atomically: the owner
 * (pid, host, start time) is written to a private temporary file, which is then hard-linked to
 * `.lock` (the link fails if the lock exists). A lock whose owner no longer runs on this host
 * (killed with -9, a crash, a restarted container reusing our pid) is taken over by renaming it
 * aside and checking that what was moved is the stale lock seen, so two processes taking over
 * at once cannot both win. A live owner, or one on another host (a shared filesystem, where
 * liveness cannot be checked), makes the second process stop with a clear message.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { errors, type InputError, type LockOwner } from './errors.ts';

/** The lock file's name inside a results folder. */
export const LOCK_FILE = '.lock';
const ATTEMPTS = 5;
/** Locks held by this process (a lock naming our pid that is not here was left by an earlier process with the same pid). */
const HELD = new Set<string>();

type Owner = LockOwner;

/** Held lock; `release()` removes it if it is still ours (idempotent). */
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
  const mine: Owner = { pid: process.pid, host: hostname(), since: now.toISOString() };
  const text = JSON.stringify(mine) + '\n';
  const tmp = `${path}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, text);
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        linkSync(tmp, path);
        HELD.add(path);
        return ownLock(path, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const seen = readLock(path);
      if (seen === null) continue; // released meanwhile: try again
      const owner = parseOwner(seen);
      if (owner === null) throw busy(dir, null);
      if (HELD.has(path) || !isStale(owner)) throw busy(dir, owner);
      takeOver(path, seen);
    }
    throw busy(dir, parseOwner(readLock(path) ?? ''));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Whether a folder's lock is held by a process that may still be working there (alive on this
 * host, on another host, or unreadable); a lock left by a process that is gone does not count.
 */
export function isLocked(dir: string): boolean {
  const seen = readLock(join(dir, LOCK_FILE));
  if (seen === null) return false;
  const owner = parseOwner(seen);
  return owner === null || HELD.has(join(dir, LOCK_FILE)) || !isStale(owner);
}

function ownLock(path: string, text: string): FolderLock {
  let held = true;
  return {
    release() {
      if (held && readLock(path) === text) rmSync(path, { force: true });
      if (held) HELD.delete(path);
      held = false;
    },
  };
}

/** Moves a stale lock aside; if what moved is not the lock seen (a new owner won), puts it back. */
function takeOver(path: string, seen: string): void {
  const aside = `${path}.stale-${process.pid}-${threadId}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it
    throw error;
  }
  if (readLock(aside) !== seen) {
    try {
      linkSync(aside, path); // give a live owner its lock back (fails only if yet another took it)
    } catch {
      // the folder is someone else's now either way; the next attempt reports them
    }
  }
  rmSync(aside, { force: true });
}

function readLock(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function parseOwner(text: string): Owner | null {
  try {
    const owner = JSON.parse(text) as Owner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** Gone from this host, or our own pid but not held by us (a restarted container): the lock is left over. */
function isStale(owner: Owner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

function busy(dir: string, owner: Owner | null): InputError {
  return errors.lockHeld(dir, owner, join(dir, LOCK_FILE));
}
