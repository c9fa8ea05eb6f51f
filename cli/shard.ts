import { errors } from '../base/errors.ts';
import type { Shard } from '../experiments/design/plan.ts';

/**
 * Which share of an experiment this process runs: `--shard i/N` (0-based i), else a Slurm job
 * array task, else a Kubernetes indexed job (`JOB_COMPLETION_INDEX`, with the count from
 * `--shards` or `RONGHE_SHARDS`); `null`: all runs. Under Slurm, with a shard count given
 * (`--shards`/`RONGHE_SHARDS`), the task id is the shard index itself, so a resubmitted part of
 * an array (`sbatch --array=5`) runs shard 5; without it, the shard is the task's position in its
 * array (`SLURM_ARRAY_TASK_ID`, `_MIN`, `_STEP`, `_COUNT`).
 */
export function resolveShard(flag: string | undefined, shards: number | undefined, env: NodeJS.ProcessEnv): { shard: Shard | null; source: string } {
  const count = shards ?? (env.RONGHE_SHARDS === undefined ? undefined : Number(env.RONGHE_SHARDS));
  if (flag !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(flag.trim());
    if (match === null) throw errors.shardSyntax(flag);
    if (count !== undefined && count !== Number(match[2])) throw errors.shardCountsDiffer(flag, count);
    return { shard: checked(Number(match[1]), Number(match[2]), '--shard', flag), source: '--shard' };
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined && count !== undefined) {
    return { shard: checked(Number(env.SLURM_ARRAY_TASK_ID), count, 'the Slurm job array', `SLURM_ARRAY_TASK_ID=${env.SLURM_ARRAY_TASK_ID}, ${count} shards`), source: 'Slurm array task id' };
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined && env.SLURM_ARRAY_TASK_COUNT !== undefined) {
    const id = Number(env.SLURM_ARRAY_TASK_ID);
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    const step = Number(env.SLURM_ARRAY_TASK_STEP ?? 1);
    const count = Number(env.SLURM_ARRAY_TASK_COUNT);
    const index = (id - min) / step;
    const shown = `SLURM_ARRAY_TASK_ID=${env.SLURM_ARRAY_TASK_ID}, SLURM_ARRAY_TASK_MIN=${env.SLURM_ARRAY_TASK_MIN ?? ''}, SLURM_ARRAY_TASK_STEP=${env.SLURM_ARRAY_TASK_STEP ?? ''}, SLURM_ARRAY_TASK_COUNT=${count}`;
    return { shard: checked(index, count, 'the Slurm job array', shown), source: 'Slurm job array' };
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (count === undefined) throw errors.shardCountMissing();
    return { shard: checked(Number(env.JOB_COMPLETION_INDEX), count, 'the Kubernetes indexed job', `JOB_COMPLETION_INDEX=${env.JOB_COMPLETION_INDEX}, ${count} shards`), source: 'Kubernetes indexed job' };
  }
  if (count !== undefined) throw errors.shardCountOutsideArray(count);
  return { shard: null, source: '' };
}

function checked(index: number, count: number, where: string, found: string): Shard {
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(index) && index >= 0 && index < count)) {
    throw errors.shardOutOfRange(where, found);
  }
  return { index, count };
}
