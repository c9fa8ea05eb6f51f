/**
 * Beyond one machine, against a real Slurm: a single-node cluster started for this file
 * (cluster.ts) runs an experiment as a 4-task job array with the shipped template
 * experiments/slurm/experiment.sbatch; `ronghe merge` must then give outputs byte-identical to a
 * run of the same experiment on this machine.
 *
 * Skipped when Slurm is not installed or the test does not run as root, unless
 * RONGHE_REQUIRE_SLURM=1 (CI: .ci/run installs Slurm and sets it), which turns the skip into a
 * failure.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.ts';
import { missingPrograms, startCluster, type Cluster, type TaskResult } from './cluster.ts';

const missing = missingPrograms();
const skipReason =
  missing.length > 0
    ? `Slurm is not installed (missing ${missing.join(', ')}; .ci/run installs the Debian packages munge slurm-wlm slurmctld slurmd slurm-client)`
    : process.getuid?.() !== 0
      ? 'starting a Slurm cluster needs root'
      : '';
const required = process.env.RONGHE_REQUIRE_SLURM === '1';

/** The environment without job-array or sharding variables (the test itself might run in a job). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  for (const name of Object.keys(env)) if (/^(SLURM_|SBATCH_|RONGHE_SHARDS$|JOB_COMPLETION_INDEX$)/.test(name)) delete env[name];
  return env;
}

/** Runs `ronghe` (cli/bin.js) from the repository root without blocking the event loop. */
function ronghe(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['cli/bin.js', ...args], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

/** Every file under dir, as sorted paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** What went wrong in a job: each task's scontrol line and its output file. */
function describeTasks(tasks: TaskResult[], outputOf: (task: number) => string): string {
  return tasks
    .map((t) => {
      const file = outputOf(t.task);
      return `task ${t.task}: ${t.state} exit ${t.exitCode}:${t.signal}\n${existsSync(file) ? readFileSync(file, 'utf8') : '(no output file)'}`;
    })
    .join('\n');
}

if (skipReason && required) {
  describe('Slurm job arrays', () => {
    it('can run (RONGHE_REQUIRE_SLURM=1)', () => {
      throw new Error(`RONGHE_REQUIRE_SLURM=1 but ${skipReason}`);
    });
  });
} else {
  if (skipReason) console.warn(`test/slurm skipped: ${skipReason}. Set RONGHE_REQUIRE_SLURM=1 to make this a failure.`);
  describe.skipIf(skipReason !== '')(skipReason ? `Slurm job arrays (skipped: ${skipReason})` : 'Slurm job arrays', () => {
    let cluster: Cluster | undefined;
    let tmp = '';

    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'ronghe-slurm-test-'));
      chmodSync(tmp, 0o755);
      cluster = await startCluster();
    }, 180_000);

    afterAll(async () => {
      await cluster?.stop();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }, 120_000);

    it('runs a 4-task array; each task sees its SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT', async () => {
      const dir = join(tmp, 'env');
      mkdirSync(dir);
      const script = join(dir, 'env.sbatch');
      writeFileSync(script, '#!/bin/bash\necho "$SLURM_ARRAY_TASK_ID $SLURM_ARRAY_TASK_COUNT $SLURM_ARRAY_TASK_MIN" > "task-$SLURM_ARRAY_TASK_ID.txt"\n');
      const output = (task: number) => join(dir, `slurm-${task}.out`);
      const job = await cluster!.submitArray(script, { array: '0-3', chdir: dir, output: join(dir, 'slurm-%a.out'), cpusPerTask: 1 });
      const tasks = await cluster!.waitForJob(job, { timeoutMs: 60_000 });
      expect(tasks.map((t) => [t.task, t.state, t.exitCode]), describeTasks(tasks, output)).toEqual([0, 1, 2, 3].map((i) => [i, 'COMPLETED', 0]));
      for (const i of [0, 1, 2, 3]) expect(readFileSync(join(dir, `task-${i}.txt`), 'utf8')).toBe(`${i} 4 0\n`);
    }, 120_000);

    /** A tiny experiment: 2 arms x 4 replications of a 1-year county of 3,000 residents. */
    function writeExperiment(dir: string): string {
      const file = join(dir, 'tiny.experiment.json');
      const residents = { '/county/residents': 3000 };
      const experiment = {
        name: 'slurm-tiny',
        scenario: relative(dir, join(ROOT, 'scenarios', 'small.json')),
        years: 1,
        replications: 4,
        seed: 11,
        arms: [
          { name: 'baseline', overrides: residents },
          { name: 'grid', overrides: residents, interventions: [{ kind: 'gridManagement', start: 0, params: { workersPerGrid: 2, visitsPerWorkerPerDay: 10 } }] },
        ],
      };
      writeFileSync(file, JSON.stringify(experiment, null, 2) + '\n');
      return file;
    }

    /**
     * Submits the shipped template from the repository root, as users do, 1 CPU per task so that
     * tasks run side by side on a small machine; the shard of each task comes from the Slurm
     * variables alone.
     */
    function submitExperiment(array: string, dir: string, args: string[]): Promise<string> {
      return cluster!.submitArray(join(ROOT, 'experiments', 'slurm', 'experiment.sbatch'), { array, chdir: ROOT, output: join(dir, 'slurm-%A_%a.out'), cpusPerTask: 1, args });
    }

    const runFiles = (folder: string) => (existsSync(folder) ? filesUnder(folder).filter((f) => /(^|\/)runs\/.+\.json$/.test(f)) : []);

    it('runs an experiment as a 4-task array with experiments/slurm/experiment.sbatch; the merge equals a local run byte for byte', async () => {
      const dir = join(tmp, 'experiment');
      mkdirSync(dir);
      const file = writeExperiment(dir);

      // On this machine, unsharded.
      const local = join(dir, 'local');
      const localRun = await ronghe(['experiment', file, '--workers', '2', '--out', local, '--quiet']);
      expect(localRun.status, localRun.output).toBe(0);

      // On the cluster.
      const sharded = join(dir, 'slurm');
      const job = await submitExperiment('0-3', dir, [file, sharded]);
      const tasks = await cluster!.waitForJob(job, { timeoutMs: 600_000 });
      const output = (task: number) => join(dir, `slurm-${job}_${task}.out`);
      expect(tasks.map((t) => [t.task, t.state, t.exitCode]), describeTasks(tasks, output)).toEqual([0, 1, 2, 3].map((i) => [i, 'COMPLETED', 0]));
      expect(readdirSync(join(sharded, 'shards')).sort()).toEqual(['0-of-4', '1-of-4', '2-of-4', '3-of-4']);

      const merge = await ronghe(['merge', sharded]);
      expect(merge.status, merge.output).toBe(0);

      // Every output of the local run except its manifest, byte for byte; nothing more, nothing less.
      // everything but the manifest and the report that shows it (timestamps, provenance)
      const outputs = (folder: string) => filesUnder(folder).filter((f) => f !== 'manifest.json' && f !== 'report.html' && f !== '.lock' && !f.startsWith('shards/'));
      const expected = outputs(local);
      expect(expected).toEqual(expect.arrayContaining(['runs.csv', 'arms.csv', 'contrasts.csv', 'series/baseline.csv', 'series/grid.csv']));
      expect(runFiles(local)).toHaveLength(8);
      expect(outputs(sharded)).toEqual(expected);
      for (const f of expected) expect(readFileSync(join(sharded, f)).equals(readFileSync(join(local, f))), `${f} differs`).toBe(true);
      // The merged folder's manifest lets its runs be rerun and checked, as the how-to says.
      const reproduce = await ronghe(['reproduce', sharded, '--sample', '2', '--workers', '2', '--quiet']);
      expect(reproduce.status, reproduce.output).toBe(0);
    }, 600_000);

    it('runs a policy design stage by stage with experiments/slurm/design.sh (2-task arrays); the outputs equal a local run byte for byte', async () => {
      const dir = join(tmp, 'design');
      mkdirSync(dir);
      const file = join(dir, 'tiny.design.json');
      const base = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'small.json'), 'utf8'));
      base.county.residents = 2000;
      writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
      writeFileSync(file, JSON.stringify({
        name: 'slurm-design',
        scenario: 'base.json',
        years: 0.5,
        replications: 2,
        seed: 5,
        levers: [{ kind: 'gridManagement', name: 'grid', params: { workersPerGrid: { min: 1, max: 4 } } }, { kind: 'whistleCoordination', name: 'whistle' }],
        objectives: ['group_gap_unmet_share', 'cost_total'],
        search: { population: 4, generations: 0 },
        reevaluation: { replications: 2 },
      }, null, 2));
      const local = join(dir, 'local');
      const localRun = await ronghe(['design', file, '--workers', '2', '--out', local, '--quiet']);
      expect(localRun.status, localRun.output).toBe(0);

      const sharded = join(dir, 'slurm');
      const driver = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
        const child = spawn('bash', ['experiments/slurm/design.sh', file, sharded, '2', '--cpus-per-task=1', `--output=${join(dir, 'slurm-%A_%a.out')}`], { cwd: ROOT, env: cluster!.env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.once('error', reject);
        child.once('close', (status) => resolve({ status, output }));
      });
      expect(driver.status, driver.output).toBe(0);
      expect(driver.output).toContain('needs runs');
      for (const f of ['evaluations.csv', 'generations.csv', 'packages.csv', 'groups.csv', 'packages.json']) {
        expect(readFileSync(join(sharded, f)).equals(readFileSync(join(local, f))), `${f} differs`).toBe(true);
      }
      expect(readdirSync(join(sharded, 'stages', 'g0', 'shards')).sort()).toEqual(['0-of-2', '1-of-2']);
    }, 600_000);

    it('scancel stops the tasks, keeping their finished runs; resubmitting the array resumes and completes it', async () => {
      const dir = join(tmp, 'resume');
      mkdirSync(dir);
      const file = writeExperiment(dir);
      const out = join(dir, 'slurm');
      const args = [file, out, '--replications', '50']; // 100 runs: long enough to cancel mid-way

      const first = await submitExperiment('0-1', dir, args);
      const deadline = Date.now() + 120_000;
      while (runFiles(out).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      // Tasks with a run file have their signal handlers in place (ronghe sets them up first).
      const running = [0, 1].filter((i) => runFiles(join(out, 'shards', `${i}-of-2`)).length > 0);
      await cluster!.slurm('scancel', [first]);
      const cancelled = await cluster!.waitForJob(first, { timeoutMs: 120_000 });
      const output = (job: string, task: number) => join(dir, `slurm-${job}_${task}.out`);
      expect(cancelled.map((t) => [t.task, t.state]), describeTasks(cancelled, (t) => output(first, t))).toEqual([[0, 'CANCELLED'], [1, 'CANCELLED']]);
      const kept = runFiles(out).length;
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(100);
      // ronghe got Slurm's SIGTERM itself and stopped cleanly: no lock is left behind.
      for (const task of running) expect(readFileSync(output(first, task), 'utf8')).toContain('Stopped');
      expect(filesUnder(out).filter((f) => f.endsWith('.lock'))).toEqual([]);

      const second = await submitExperiment('0-1', dir, args);
      const tasks = await cluster!.waitForJob(second, { timeoutMs: 600_000 });
      expect(tasks.map((t) => [t.task, t.state, t.exitCode]), describeTasks(tasks, (t) => output(second, t))).toEqual([[0, 'COMPLETED', 0], [1, 'COMPLETED', 0]]);
      expect(runFiles(out)).toHaveLength(100);
      const merge = await ronghe(['merge', out]);
      expect(merge.status, merge.output).toBe(0);
    }, 600_000);
  });
}
