import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestOf, ronghe, runFiles, sameContents, writeTinyExperiment } from './tiny.ts';

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const out = () => join(mkdtempSync(join(tmpdir(), 'ronghe-out-')), 'results');

const file = writeTinyExperiment();
let reference: string;

beforeAll(() => {
  reference = out();
  expect(ronghe(['experiment', file, '--out', reference, '--quiet']).status).toBe(0);
});

describe('a run that throws', () => {
  it('is recorded with its seed and a command that reruns it alone; the others finish; exit 1', () => {
    const dir = out();
    const r = ronghe(['experiment', file, '--out', dir, '--quiet'], { RONGHE_FAULT_RUNS: 'partner/p0-r1' });
    expect(r.status).toBe(1);
    const manifest = manifestOf(dir);
    const seed = manifest.runs.find((run: any) => run.id === 'partner/p0-r1').seed;
    expect(r.stderr).toContain(`partner/p0-r1 (seed ${seed}): injected fault`);
    expect(r.stderr).toMatch(/1 run failed \(the other 5 finished/);
    noStack(r.stderr);
    expect(runFiles(dir)).toHaveLength(5);
    expect(manifest.status).toBe('incomplete');
    expect(manifest.failures).toEqual([expect.objectContaining({ id: 'partner/p0-r1', seed })]);
    // The rerun command runs exactly that run in one process (the fault is only injected in experiments).
    const rerun: string = manifest.failures[0].rerun;
    expect(r.stderr).toContain(rerun);
    const args = rerun.replace(/^RONGHE_DEBUG=1 npx ronghe /, '').split(' ');
    const alone = ronghe(args);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toMatch(/Results written to/);
    // Summaries cover the runs that succeeded: n = 2 for the partner arm.
    expect(readFileSync(join(dir, 'arms.csv'), 'utf8')).toMatch(/^partner,0,participation,2,/m);
    // Fixed, the same command reruns only the failed run and ends as if nothing had failed.
    const again = ronghe(['experiment', file, '--out', dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/6 runs planned, 1 to run/);
    expect(existsSync(join(dir, 'failures'))).toBe(false);
    expect(sameContents(reference, dir).differences).toEqual([]);
  });
});

describe('shards', () => {
  it('--shard i/N and Slurm array variables split the runs; merge gives the single-machine outputs', () => {
    const dir = out();
    const zero = ronghe(['experiment', file, '--out', dir, '--shard', '0/2']);
    expect(zero.status).toBe(0);
    expect(zero.stdout).toMatch(/shard 0\/2 \(--shard\), 4 runs planned/); // pairs 0 and 2, both arms
    expect(zero.stdout).toMatch(/ronghe merge/);
    const one = ronghe(['experiment', file, '--out', dir, '--quiet'], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '2' });
    expect(one.status).toBe(0);
    const shard0 = runFiles(join(dir, 'shards', '0-of-2'));
    const shard1 = runFiles(join(dir, 'shards', '1-of-2'));
    expect(shard0.sort()).toEqual(['baseline/p0-r0.json', 'baseline/p0-r2.json', 'partner/p0-r0.json', 'partner/p0-r2.json']);
    expect(shard1.sort()).toEqual(['baseline/p0-r1.json', 'partner/p0-r1.json']);
    expect(new Set([...shard0, ...shard1]).size).toBe(6);
    expect(existsSync(join(dir, 'runs.csv'))).toBe(false); // shards do not summarise
    const merged = ronghe(['merge', dir]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toMatch(/Merged 2 shards, 6 runs/);
    expect(sameContents(reference, dir).differences).toEqual([]);
    const manifest = manifestOf(dir);
    expect(manifest.status).toBe('complete');
    expect(manifest.merged.map((m: any) => m.shard.index)).toEqual([0, 1]);
    expect(manifest.runs.map((r: any) => r.digest)).toEqual(manifestOf(reference).runs.map((r: any) => r.digest));
  });

  it('merge refuses a missing shard, an unfinished one, and shards of another experiment', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--shard', '0/3', '--quiet']).status).toBe(0);
    expect(ronghe(['experiment', file, '--out', dir, '--shard', '2/3', '--quiet']).status).toBe(0);
    const missing = ronghe(['merge', dir]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/shard 1 of 3/);
    expect(missing.stderr).toMatch(/--shard 1\/3/);
    noStack(missing.stderr);
    // Another experiment's shard 1 of 3 in the set.
    const otherDir = out();
    expect(ronghe(['experiment', writeTinyExperiment({ seed: 99 }), '--out', otherDir, '--shard', '1/3', '--quiet']).status).toBe(0);
    const mixed = ronghe(['merge', join(dir, 'shards', '0-of-3'), join(otherDir, 'shards', '1-of-3'), join(dir, 'shards', '2-of-3'), '--out', out()]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/a shard of experiment [0-9a-f]{8}/);
    // A run file removed from a finished shard is caught.
    const shard2 = join(dir, 'shards', '2-of-3');
    expect(ronghe(['experiment', file, '--out', dir, '--shard', '1/3', '--quiet']).status).toBe(0);
    rmSync(join(shard2, 'runs', runFiles(shard2)[0]));
    const incomplete = ronghe(['merge', dir]);
    expect(incomplete.status).toBe(2);
    expect(incomplete.stderr).toMatch(/missing/);
    expect(existsSync(join(dir, 'runs.csv'))).toBe(false);
  });
});

describe('ronghe reproduce', () => {
  it('reruns runs from the manifest and confirms identical digests', () => {
    const r = ronghe(['reproduce', reference, '--sample', '3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 runs rerun: all byte-identical/);
  });

  it('reports a run whose recorded digest does not match its rerun (exit 1)', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--quiet']).status).toBe(0);
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    manifest.runs[4].digest = '0'.repeat(64);
    writeFileSync(path, JSON.stringify(manifest));
    const r = ronghe(['reproduce', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`1 of 6 reruns differ`);
    expect(r.stderr).toContain(manifest.runs[4].id);
  });

  it('reports a folder that is not an experiment as bad input', () => {
    const r = ronghe(['reproduce', tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no experiment manifest/);
    noStack(r.stderr);
  });
});
