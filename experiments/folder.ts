/**
 * The experiment's results folder: where it is, taking it over safely (one process at a time,
 * never mixing experiments, `--fresh` to start over), and which runs it already holds.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareFolder } from '../engine/output/prepareFolder.ts';
import { InputError } from '../scenarios/errors.ts';
import { identityDifferences, type Identity } from './identity.ts';
import { LOCK_FILE, lockFolder, type FolderLock } from './lock.ts';
import { readManifest, type ExperimentManifest } from './manifest.ts';
import type { PlannedRun, Shard } from './plan.ts';

/** Sub-folder of run files. */
export const RUNS_DIR = 'runs';

/** The default folder of an experiment: `results/<name>-<first 8 hex digits of its identity>`. */
export function defaultFolder(name: string, identity: Identity): string {
  return resolve('results', `${name}-${identity.hash.slice(0, 8)}`);
}

/** Where a shard writes, inside the experiment folder: `shards/<index>-of-<count>`. */
export function shardFolder(dir: string, shard: Shard): string {
  return join(dir, 'shards', `${shard.index}-of-${shard.count}`);
}

/**
 * Creates or reopens a results folder for an experiment and locks it.
 *
 * @param fresh - delete the folder's previous results first (only if it is an experiment folder)
 * @returns the lock and the manifest of earlier work of the same experiment (`null` if none)
 * @throws {InputError} when another process holds the folder, when it holds a different
 *   experiment's results (and not `fresh`), or when it is a non-empty folder of something else
 */
export function openFolder(dir: string, identity: Identity, fresh: boolean, now: Date): { lock: FolderLock; previous: ExperimentManifest | null } {
  prepareFolder(dir, '--out');
  const lock = lockFolder(dir, now);
  try {
    const entries = readdirSync(dir).filter((name) => name !== LOCK_FILE);
    let previous = readManifest(dir);
    if (entries.length > 0 && previous === null && !entries.every((name) => name === RUNS_DIR || name === 'shards')) throw notOurs(dir);
    if (fresh) {
      for (const name of entries) rmSync(join(dir, name), { recursive: true, force: true });
      previous = null;
    }
    if (previous !== null) {
      const differences = identityDifferences(previous.identity, identity);
      if (differences.length > 0) throw mixed(dir, differences);
    }
    removeLeftovers(join(dir, RUNS_DIR));
    return { lock, previous };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Planned runs whose run file is already there (complete: run files are written atomically). */
export function finishedRuns(dir: string, runs: readonly PlannedRun[]): Set<string> {
  const done = new Set<string>();
  for (const run of runs) if (existsSync(join(dir, RUNS_DIR, `${run.id}.json`))) done.add(run.id);
  return done;
}

/** Temporary files of writers that were killed mid-write: never results, safe to delete. */
function removeLeftovers(runsDir: string): void {
  if (!existsSync(runsDir)) return;
  for (const entry of readdirSync(runsDir, { recursive: true, encoding: 'utf8' })) if (/\.tmp-\d+-\d+$/.test(entry)) rmSync(join(runsDir, entry), { force: true });
}

function mixed(dir: string, differences: string[]): InputError {
  return new InputError(dir, [
    {
      path: '',
      expected: 'a results folder of this experiment (or an empty one)',
      found: `results of a different experiment: ${differences.join('; ')}`,
      hint: 'Results of different experiments are never mixed. Add --fresh to delete the old results and start over, or choose another folder with --out.',
    },
  ], 'results folder');
}

function notOurs(dir: string): InputError {
  return new InputError(dir, [
    {
      path: '',
      expected: 'an empty folder or an experiment results folder',
      found: `a folder with other files and no experiment manifest.json`,
      hint: 'Choose another folder with --out; ronghe does not write into (or delete) folders it did not create.',
    },
  ], 'results folder');
}
