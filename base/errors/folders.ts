/**
 * The catalogue's entries for results folders: where results are written (a folder that cannot
 * be written, is locked, holds other files or other results) and what is read back (manifests,
 * run files, summaries).
 */
import { InputError, OutsideFolderError, type InputIssue } from './inputError.ts';

/** The summary line's noun for every error here. */
const WHAT = 'results folder';

/** A results folder with one problem about the folder as a whole. */
function folderError(dir: string, expected: string, found: string, hint: string): InputError {
  return new InputError(dir, [{ path: '', expected, found, hint }], WHAT);
}

/** What writes results folders: an experiment (also its shards and merges), a calibration or a policy design. */
export type ResultsKind = 'experiment' | 'calibration' | 'design';

/** Each kind's folder and the manifest that marks a folder as one. */
const FOLDER_OF: Record<ResultsKind, { folder: string; manifest: string }> = {
  experiment: { folder: 'an experiment results folder', manifest: 'experiment manifest.json' },
  calibration: { folder: 'a calibration results folder', manifest: 'calibration.json' },
  design: { folder: 'a policy design results folder', manifest: 'design.json' },
};

/** The process holding a folder's lock, as its lock file records it. */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Errors about results folders. */
export const folderErrors = {
  /**
   * The folder results are to be written to cannot be made or written.
   * @param what - how the user named it (`--out`, or `results folder` for the default)
   * @param error - what creating or checking it threw
   */
  folderNotWritable(what: string, dir: string, error: unknown): InputError {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return new InputError(what, [{
      path: '',
      expected: 'a folder the results can be written to',
      found: `${dir} (${reason === 'EEXIST' || reason === 'ENOTDIR' ? 'a file is in the way' : reason})`,
      hint: 'Choose another folder with --out, or remove the file that has its name.',
    }], WHAT);
  },

  /**
   * Another process holds the folder's lock.
   * @param owner - the holder, or null when its lock file cannot be read
   * @param lockFile - the lock file's path, for the hint
   */
  lockHeld(dir: string, owner: LockOwner | null, lockFile: string): InputError {
    const who = owner === null ? 'another process (its lock file cannot be read)' : `process ${owner.pid} on ${owner.host} (since ${owner.since})`;
    return folderError(dir, 'a results folder no other ronghe process is writing to', `${who} is working in this folder`,
      `Wait for it to finish, or give another folder with --out. If that process no longer runs (e.g. on another machine), delete ${lockFile} and rerun.`);
  },

  /** The folder holds files ronghe did not write and none of its manifests. */
  folderNotOurs(dir: string, kind: ResultsKind): InputError {
    const ours = FOLDER_OF[kind];
    return folderError(dir, `an empty folder or ${ours.folder}`, `a folder with other files and no ${ours.manifest}`,
      'Choose another folder with --out; ronghe does not write into (or delete from) folders it did not make.');
  },

  /**
   * The folder holds the results of another experiment or calibration.
   * @param differences - what differs (experiments name it; a calibration only says what may)
   */
  differentResults(dir: string, kind: ResultsKind, differences: readonly string[] = []): InputError {
    const found = kind === 'experiment' ? `results of a different experiment: ${differences.join('; ')}` : `results of a different ${kind} (another file, scenario or engine version)`;
    const fresh = kind === 'experiment' ? '(ronghe experiment) add --fresh' : 'add --fresh';
    return folderError(dir, `a results folder of this ${kind} (or an empty one)`, found,
      `Results of different ${kind}s are never mixed. Choose another folder with --out, or ${fresh} to delete the old results and start over.`);
  },

  /** A shard would write into the folder of another experiment (it would only fail at merge). */
  shardOfOtherExperiment(dir: string, differences: readonly string[]): InputError {
    return folderError(dir, 'the folder of this experiment, for its shards', `results of a different experiment: ${differences.join('; ')}`, 'Choose another folder with --out.');
  },

  /** `--fresh` would delete a folder some of whose shards are still being written. */
  shardsRunning(dir: string, shards: readonly string[]): InputError {
    return folderError(dir, 'no shard of this folder being written while --fresh deletes it', `shards still running: ${shards.join(', ')}`,
      'Wait for the shard processes to finish (or stop them), then rerun with --fresh.');
  },

  /** A folder's manifest.json is missing (`found: 'no manifest.json'`), not JSON or of an unknown kind. */
  notResultsFolder(dir: string, problem: { missing: true } | { file: string; notJson: string } | { file: string; kind: unknown }): InputError {
    const expected = 'a results folder (manifest.json of a run or an experiment, or design.json of a policy design)';
    const give = 'Give a folder written by ronghe run or ronghe experiment (or ronghe design)';
    if ('missing' in problem) return folderError(dir, expected, 'no manifest.json (nor design.json)', `${give} (a folder without manifest.json is incomplete or not a results folder).`);
    if ('notJson' in problem) return folderError(dir, expected, `${problem.file} is not JSON (${problem.notJson})`, 'The folder is damaged: rerun the command that made it.');
    return folderError(dir, expected, `${problem.file} of kind ${JSON.stringify(problem.kind ?? null)}`, `${give}.`);
  },

  /** An experiment manifest that lacks what the report reads (each gap an issue, without a hint). */
  damagedManifest(dir: string, gaps: readonly Omit<InputIssue, 'hint'>[]): InputError {
    return new InputError(dir, gaps.map((gap) => ({ ...gap, hint: 'The folder is damaged or was not written by ronghe: rerun the command that made it.' })), WHAT);
  },

  /** An experiment's manifest.json exists but cannot be read or parsed (when resuming or merging). */
  unreadableManifest(path: string, why: string): InputError {
    return folderError(path, 'a readable manifest.json written by ronghe', `it cannot be read (${why})`, `Delete ${path} and rerun the experiment's command: finished runs are checked and kept.`);
  },

  /** `ronghe reproduce` given a folder without an experiment manifest. */
  notExperimentFolder(dir: string): InputError {
    return folderError(dir, 'an experiment results folder (with manifest.json)', 'no experiment manifest', 'Name a folder written by ronghe experiment or ronghe merge.');
  },

  /** `ronghe reproduce` given an experiment none of whose runs finished. */
  noFinishedRuns(dir: string, status: string): InputError {
    return new InputError(dir, [{ path: '/runs', expected: 'finished runs with recorded digests', found: 'none', hint: `The experiment has not finished (status "${status}"); rerun it first.` }], WHAT);
  },

  /**
   * A run file that is not the result of the run it is named after.
   * @param file - what it holds, or null when it is not JSON
   */
  wrongRunFile(path: string, run: { id: string; seed: number }, file: { run: string; seed: number } | null): InputError {
    return folderError(path, `the result of run ${run.id} (seed ${run.seed})`, file === null ? 'a file that is not valid JSON' : `run ${file.run} with seed ${file.seed}`,
      `Delete ${path} and rerun the command: that run is made again, the others are kept.`);
  },

  /** A run folder whose summary.json is missing or damaged (`found` says which). */
  badRunSummary(dir: string, found: string): InputError {
    return folderError(dir, 'summary.json beside manifest.json (ronghe run writes it when the run ends)', found, 'The run did not finish or the folder is damaged: rerun the command in manifest.json.');
  },

  /** A file of the folder that is a link to a file outside it. */
  linkOutsideFolder(dir: string, file: string): OutsideFolderError {
    return new OutsideFolderError(dir, [{ path: '', expected: 'files inside the results folder', found: `${file} is a link to a file outside it`, hint: 'Copy the file into the folder instead of linking to it, or rerun the command that made the folder.' }], WHAT);
  },

  /** `ronghe view` given something that is not a folder. */
  notResultsRoot(dir: string, isFile: boolean): InputError {
    return folderError(dir, 'a folder holding results folders', isFile ? 'a file' : 'nothing there', 'Give the folder your runs and experiments were written to (default: results/).');
  },
};
