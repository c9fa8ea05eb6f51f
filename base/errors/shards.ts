/**
 * The catalogue's entries for sharded experiments: which shard a process runs (`--shard`,
 * `--shards`, Slurm and Kubernetes job arrays) and whether a set of shards can be merged.
 */
import { InputError, type InputIssue } from './inputError.ts';

/** A shard setting with one problem; `where` names the flag or the job array. */
function shardSetting(where: string, expected: string, found: string, hint: string): InputError {
  return new InputError(where, [{ path: '', expected, found, hint }], 'shard setting');
}

/** A problem with one folder of a shard set (named in its block) or with the set as a whole. */
function shardIssue(where: string, expected: string, found: string, hint: string): InputIssue {
  return { path: '', file: where, expected, found, hint };
}

/** Errors about which shard to run, and about a set of shards to merge. */
export const shardErrors = {
  /** `--shard` not written as i/N. */
  shardSyntax(flag: string): InputError {
    return shardSetting('--shard', 'i/N with 0 <= i < N, e.g. 0/4', flag, 'Shards are numbered from 0: --shard 0/4 … --shard 3/4.');
  },

  /** `--shards` (or RONGHE_SHARDS) disagrees with the count in `--shard i/N`. */
  shardCountsDiffer(flag: string, count: number): InputError {
    return shardSetting('--shards', `the same count as --shard ${flag}`, String(count), 'Give one of them: --shard i/N names both the index and the count.');
  },

  /** A Kubernetes indexed job without a shard count. */
  shardCountMissing(): InputError {
    return shardSetting('--shards', 'the number of shards for a Kubernetes indexed job', 'JOB_COMPLETION_INDEX set but no count', 'Pass --shards N (or set RONGHE_SHARDS) equal to the job\'s completions.');
  },

  /** A shard count given outside a job array, with no index to go with it. */
  shardCountOutsideArray(count: number): InputError {
    return shardSetting('--shards', 'a shard index from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX', `--shards ${count} (or RONGHE_SHARDS) outside a job array`, 'Outside a job array, name the shard itself: --shard i/N.');
  },

  /**
   * A shard index or count out of range.
   * @param where - `--shard`, `the Slurm job array` or `the Kubernetes indexed job`
   * @param found - the values as given (flag or environment variables)
   */
  shardOutOfRange(where: string, found: string): InputError {
    return shardSetting(where, 'a shard index i and count N with 0 <= i < N', found, 'For Slurm, submit with --array=0-(N-1) and keep the array contiguous (or with a constant step).');
  },

  /** Shards that cannot be merged, every problem at once (issues from {@link shardIssues}). */
  badShardSet(issues: readonly InputIssue[]): InputError {
    return new InputError('ronghe merge', issues, 'shard set');
  },
};

/** Problems of a shard set, gathered by `ronghe merge` and thrown with {@link shardErrors.badShardSet}. */
export const shardIssues = {
  /** A folder named to merge that is not a shard folder. */
  notAShard(dir: string): InputIssue {
    return shardIssue(dir, 'a shard folder with a manifest.json written by ronghe experiment --shard', 'no experiment manifest', 'Name the shard folders (…/shards/<i>-of-<n>) or the experiment folder holding them.');
  },

  /** An experiment folder run without shards. */
  unsharded(dir: string): InputIssue {
    return shardIssue(dir, 'a shard folder', 'an unsharded experiment folder', 'It needs no merging; its summaries are already written.');
  },

  /** A shard of another experiment than the first shard's (`first`: its hash and folder). */
  otherExperiment(dir: string, first: { hash: string; dir: string }, hash: string): InputIssue {
    return shardIssue(dir, `a shard of experiment ${first.hash.slice(0, 8)} (as ${first.dir})`, `a shard of experiment ${hash.slice(0, 8)}`, 'Merge only shards of the same experiment file, base scenario and engine version.');
  },

  /** A shard run with another shard count than the first. */
  otherShardCount(dir: string, expected: number, found: number): InputIssue {
    return shardIssue(dir, `one of ${expected} shards`, `one of ${found} shards`, 'All shards must be run with the same shard count.');
  },

  /** A shard run with other replications than the first. */
  otherReplications(dir: string, expected: number, found: number): InputIssue {
    return shardIssue(dir, `${expected} replications`, `${found}`, 'Run every shard with the same --replications.');
  },

  /** The same shard named twice, in two folders. */
  shardTwice(dir: string, index: number, otherDir: string): InputIssue {
    return shardIssue(dir, `shard ${index} once`, `also in ${otherDir}`, 'Name each shard once.');
  },

  /** A shard of the set not given; `command` runs it. */
  shardMissing(index: number, count: number, command: string): InputIssue {
    return shardIssue(`shard ${index} of ${count}`, 'present', 'missing', `Run it (${command}; under Slurm: sbatch --array=${index} with --shards ${count}, see experiments/slurm/README.md) and merge again.`);
  },

  /**
   * A shard that has not finished every run.
   * @param failed - some failed runs, `id: error; …` ('' for none)
   * @param command - the shard's command, to rerun it
   */
  shardUnfinished(dir: string, status: string, failed: string, command: string): InputIssue {
    return shardIssue(dir, 'a finished shard with every run done', `status "${status}"${failed ? ` (failed: ${failed})` : ''}`, `Rerun that shard's command (it continues where it stopped): ${command}`);
  },

  /** A run the shard's manifest lists (or should) whose file is missing. */
  runMissing(dir: string, run: { id: string; seed: number }): InputIssue {
    return shardIssue(dir, `run ${run.id} (seed ${run.seed})`, 'missing', 'Rerun that shard: it continues where it stopped.');
  },

  /** A run file whose digest is not the one the shard's manifest recorded. */
  runFileChanged(file: string, recorded: string, actual: string): InputIssue {
    return shardIssue(file, `the run file recorded in the shard's manifest (digest ${recorded.slice(0, 12)})`, `a file with digest ${actual.slice(0, 12)}`, 'The file changed after the shard finished; rerun that shard with --fresh.');
  },

  /** Shards not all in one experiment folder's shards/, and no --out. */
  shardsScattered(): InputIssue {
    return shardIssue('--out', 'a folder for the merged results', 'shards in different places', 'Give the merged folder with --out.');
  },
};
