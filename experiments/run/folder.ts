/**
 * The experiment's results folder: where it is, taking it over safely (one process at a time,
 * never mixing experiments, `--fresh` to start over without touching the user's own files), and
 * which runs it already holds.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareFolder } from '../../base/prepareFolder.ts';
import { errors } from '../../base/errors.ts';
import { identityDifferences, type Identity } from '../design/identity.ts';
import { isLocked, lockFolder, type FolderLock } from '../../base/folderLock.ts';
import { readManifest, type ExperimentManifest } from '../../output/experimentManifest.ts';
import type { PlannedRun, Shard } from '../design/plan.ts';
import type { RunFile } from '../../output/runFile.ts';
import type { Experiment } from '../design/types.ts';
import { ARMS_TABLE, ARM_PLACES_DIR, ARM_SERIES_DIR, CONTRASTS_TABLE, FAILURES_DIR, MANIFEST_FILE, REPORT_FILE, RUNS_DIR, RUNS_TABLE, SENSITIVITY_TABLE, SHARDS_DIR, runFilePath } from '../../output/names.ts';

/** What ronghe writes in an experiment folder; anything else is the user's and is left alone. */
const OURS = new Set([MANIFEST_FILE, RUNS_DIR, SHARDS_DIR, RUNS_TABLE, ARMS_TABLE, CONTRASTS_TABLE, SENSITIVITY_TABLE, ARM_SERIES_DIR, ARM_PLACES_DIR, FAILURES_DIR, REPORT_FILE]);
/** Temporary files of atomic writes (`<name>.tmp-<pid>-<thread>`) and locks. */
const TEMPORARY = /\.tmp-\d+-\d+$|^\.lock(\.stale-\d+-\d+)?$/;

/** The default folder of an experiment: `results/<name>-<first 8 hex digits of its identity>`. */
export function defaultFolder(name: string, identity: Identity): string {
  return resolve('results', `${name}-${identity.hash.slice(0, 8)}`);
}

/** Where a shard writes, inside the experiment folder: `shards/<index>-of-<count>`. */
export function shardFolder(dir: string, shard: Shard): string {
  return join(dir, SHARDS_DIR, `${shard.index}-of-${shard.count}`);
}

/** What a folder must hold to be reused: this experiment's identity (and design, for messages). */
export interface Expected {
  identity: Identity;
  experiment: Experiment;
}

/**
 * Creates or reopens a results folder for an experiment and locks it. Leftover temporary files
 * of killed writers are deleted.
 *
 * @param fresh - delete the results ronghe wrote there before (never other files)
 * @returns the lock and the manifest of earlier work of the same experiment (`null` if none)
 * @throws {InputError} when another process holds the folder, when it holds a different
 *   experiment's results (and not `fresh`), when it holds files of something else and no
 *   experiment manifest, or when `fresh` would delete shards still being written
 */
export function openFolder(dir: string, expected: Expected, fresh: boolean, now: Date): { lock: FolderLock; previous: ExperimentManifest | null } {
  prepareFolder(dir, '--out');
  const lock = lockFolder(dir, now);
  try {
    removeLeftovers(dir);
    let previous = readManifest(dir);
    const entries = readdirSync(dir).filter((name) => !TEMPORARY.test(name));
    if (previous === null && entries.some((name) => !OURS.has(name))) throw errors.folderNotOurs(dir, 'experiment');
    if (fresh) {
      const running = liveShards(dir);
      if (running.length > 0) throw errors.shardsRunning(dir, running);
      // the manifest goes last: until then, a killed --fresh still leaves a folder of this experiment
      for (const name of entries) if (OURS.has(name) && name !== MANIFEST_FILE) rmSync(join(dir, name), { recursive: true, force: true });
      rmSync(join(dir, MANIFEST_FILE), { force: true });
      previous = null;
    }
    if (previous !== null) {
      const differences = identityDifferences(previous, expected);
      if (differences.length > 0) throw errors.differentResults(dir, 'experiment', differences);
    }
    return { lock, previous };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Planned runs whose run file is there and is theirs: it parses, and names the run, its seed
 * and the hash of the scenario it must have run. Anything else (a file truncated by a crash,
 * one from another experiment) is deleted so the run is made again.
 *
 * @param scenarioHash - the content hash of a run's composed scenario
 * @returns the finished runs, and the files discarded
 */
export function finishedRuns(dir: string, runs: readonly PlannedRun[], scenarioHash: (run: PlannedRun) => string): { done: Set<string>; discarded: string[] } {
  const done = new Set<string>();
  const discarded: string[] = [];
  for (const run of runs) {
    const path = join(dir, runFilePath(run.id));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    let file: Partial<RunFile> | null = null;
    try {
      file = JSON.parse(text) as RunFile;
    } catch {
      // truncated or corrupt
    }
    if (file !== null && file.run === run.id && file.seed === run.seed && file.scenarioHash === scenarioHash(run)) done.add(run.id);
    else {
      rmSync(path, { force: true });
      discarded.push(run.id);
    }
  }
  return { done, discarded };
}

/** Shard folders whose lock is held by a process that may still be writing there. */
function liveShards(dir: string): string[] {
  const shards = join(dir, SHARDS_DIR);
  return existsSync(shards) ? readdirSync(shards).filter((name) => isLocked(join(shards, name))) : [];
}

/**
 * Temporary files of writers that were killed mid-write: never results, safe to delete — except
 * inside shard folders, which other processes may be writing to (each cleans its own).
 */
function removeLeftovers(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.startsWith(`${SHARDS_DIR}/`)) continue;
    if (/\.tmp-\d+-\d+$/.test(entry)) rmSync(join(dir, entry), { force: true });
  }
}
