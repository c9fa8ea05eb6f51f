import { describe, expect, it } from 'vitest';
import { resolveShard } from '../../cli/shard.ts';
import { InputError } from '../../base/errors.ts';

describe('which shard a process runs', () => {
  it('takes --shard i/N first, 0-based', () => {
    expect(resolveShard('2/4', undefined, { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '4' }).shard).toEqual({ index: 2, count: 4 });
  });

  it('takes a Slurm array task position from its id, minimum, step and count', () => {
    expect(resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4' }).shard).toEqual({ index: 3, count: 4 });
    expect(resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_STEP: '2', SLURM_ARRAY_TASK_COUNT: '4' }).shard).toEqual({ index: 3, count: 4 });
  });

  it('uses the Slurm task id as the index when the shard count is given (resubmitting one task)', () => {
    const env = { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_COUNT: '1' };
    expect(resolveShard(undefined, 8, env).shard).toEqual({ index: 5, count: 8 });
    expect(resolveShard(undefined, undefined, { ...env, RONGHE_SHARDS: '8' }).shard).toEqual({ index: 5, count: 8 });
  });

  it('takes a Kubernetes indexed job index, with the count from --shards or RONGHE_SHARDS', () => {
    expect(resolveShard(undefined, 3, { JOB_COMPLETION_INDEX: '1' }).shard).toEqual({ index: 1, count: 3 });
    expect(resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '2', RONGHE_SHARDS: '3' }).shard).toEqual({ index: 2, count: 3 });
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '2' })).toThrow(/--shards N/);
  });

  it('runs everything outside arrays, and rejects impossible shards as bad input', () => {
    expect(resolveShard(undefined, undefined, { SLURM_JOB_ID: '12' }).shard).toBeNull();
    for (const flag of ['4/4', '-1/4', '1/0', 'one/4', '1']) expect(() => resolveShard(flag, undefined, {}), flag).toThrow(InputError);
    expect(() => resolveShard(undefined, 2, { SLURM_ARRAY_TASK_ID: '5' })).toThrow(/0 <= i < N/);
  });
});

describe('shard settings that contradict each other', () => {
  it('refuses --shards outside a job array, and a --shards count that differs from --shard', () => {
    expect(() => resolveShard(undefined, 4, {})).toThrow(/--shard i\/N/);
    expect(() => resolveShard(undefined, undefined, { RONGHE_SHARDS: '4' })).toThrow(InputError);
    expect(() => resolveShard('0/2', 3, {})).toThrow(/same count/);
    expect(resolveShard('1/3', 3, {}).shard).toEqual({ index: 1, count: 3 });
  });
});
