/**
 * `runExperiment`: plans an experiment, runs what its results folder does not hold yet on a warm
 * worker pool, and writes the summaries. Rerunning continues where a stopped run left off; a run
 * that throws is recorded and the others finish.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { provenance } from '../../output/provenance.ts';
import { aggregate, summaryFiles, type Headline } from '../analysis/aggregate.ts';
import { composeScenario } from '../design/compose.ts';
import { defaultFolder, finishedRuns, openFolder, shardFolder, type Expected } from './folder.ts';
import { contentHash } from '../../base/hash.ts';
import { errors } from '../../base/errors.ts';
import { identityDifferences, identityOf } from '../design/identity.ts';
import { loadExperiment } from '../design/loader.ts';
import { readManifest, writeManifest, type ExperimentManifest, type ManifestRun, type RunFailure } from '../../output/experimentManifest.ts';
import { inShard, planPoints, planRuns, type PlannedRun, type PlanPoint, type Shard } from '../design/plan.ts';
import type { Experiment } from '../design/types.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { digestOf } from '../../output/runFile.ts';
import { RUN_WORKER, runOnPool, type WarmPool } from './pool.ts';
import type { RunOutcome, WorkerSetup } from './worker.ts';
import { displayPath } from '../../base/displayPath.ts';
import { FAILURES_DIR, runFilePath } from '../../output/names.ts';

export interface ExperimentOptions {
  /** Worker threads; default: the machine's available parallelism. */
  workers?: number;
  /** Replications per (arm, point), overriding the file's. */
  replications?: number;
  /** Base scenario file replacing the experiment's (relative to the working folder). */
  scenario?: string;
  /** Horizon in years replacing the experiment's. */
  years?: number;
  /** The experiment folder; default `results/<name>-<hash>`. A shard writes to `<out>/shards/<i>-of-<n>`. */
  out?: string;
  /** Run only this share of the plan. */
  shard?: Shard | null;
  /** Delete earlier results in the folder first. */
  fresh?: boolean;
  /** The command line, recorded in the manifest. */
  command?: string;
  /** Stops the experiment: runs in flight are abandoned, finished runs are kept. */
  signal?: AbortSignal;
  /** A warm pool of the run worker to use instead of starting one (a design's stages share one). */
  warm?: WarmPool;
  /** Called once the plan is known, before any run starts; `discarded`: run files that were damaged or not this experiment's (they run again). */
  onStart?: (info: { dir: string; planned: number; pending: number; workers: number; discarded: string[] }) => void;
  /** Called at the end while the folder is still locked (e.g. to write a report from it). */
  finish?: (result: ExperimentResult) => void | Promise<void>;
  /** Called after every finished or failed run. */
  onRun?: (info: { done: number; failed: number; pending: number; id: string; ok: boolean }) => void;
}

export interface ExperimentResult {
  dir: string;
  manifest: ExperimentManifest;
  /** Runs of this folder (or shard) in the plan. */
  planned: number;
  /** Runs already there from an earlier, stopped attempt. */
  reused: number;
  failures: RunFailure[];
  /** Key results per arm and outcome of interest (experiments without a sweep, not shards). */
  headline: Headline[];
}

/** Runs an experiment file: see the module comment and experiments/README.md. */
export async function runExperiment(file: string, options: ExperimentOptions = {}): Promise<ExperimentResult> {
  const loaded = loadExperiment(file, { replications: options.replications, scenario: options.scenario, years: options.years });
  const { experiment, baseScenario } = loaded;
  const identity = identityOf(experiment, baseScenario);
  const points = planPoints(experiment, loaded.points);
  const shard = options.shard ?? null;
  const allRuns = planRuns(experiment, points);
  const runs = allRuns.filter((run) => inShard(run, shard));
  const base = options.out === undefined ? defaultFolder(experiment.name, identity) : resolve(options.out);
  const dir = shard === null ? base : shardFolder(base, shard);
  const startedAt = new Date();
  const expected = { identity, experiment };
  if (shard !== null) checkParent(base, expected);
  const { lock, previous } = openFolder(dir, expected, options.fresh ?? false, startedAt);
  try {
    const { done, discarded } = finishedRuns(dir, runs, scenarioHasher(baseScenario, experiment, points));
    const pending = runs.filter((run) => !done.has(run.id));
    // digests of runs kept from an earlier attempt stay on record (reproduce can check them even if this attempt stops)
    const earlier = new Map((previous?.runs ?? []).filter((r) => r.digest !== null && done.has(r.id)).map((r) => [r.id, r.digest]));
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), pending.length));
    const manifest: ExperimentManifest = {
      kind: 'ronghe-experiment',
      format: 1,
      status: 'running',
      identity,
      ...provenance(),
      command: options.command ?? '',
      experimentFile: loaded.file,
      scenarioFile: displayPath(loaded.scenarioPath),
      shard,
      workers,
      startedAt: startedAt.toISOString(),
      finishedAt: null,
      wallSeconds: null,
      files: [],
      experiment,
      baseScenario,
      points,
      runs: runs.map((run) => ({ ...manifestRun(run), digest: earlier.get(run.id) ?? null })),
      failures: [],
    };
    writeManifest(dir, manifest);
    options.onStart?.({ dir, planned: runs.length, pending: pending.length, workers, discarded });

    const failures = await runAll(dir, pending, { experiment, baseScenario, points, dir }, workers, options);
    options.signal?.throwIfAborted();

    const digests = new Map<string, string>();
    const missing: string[] = [];
    let headline: Headline[] = [];
    if (shard === null) {
      const aggregated = aggregate(dir, experiment, points, runs);
      for (const [id, digest] of aggregated.digests) digests.set(id, digest);
      missing.push(...aggregated.missing);
      headline = aggregated.headline;
      manifest.files = summaryFiles(experiment);
    } else {
      for (const run of runs) {
        const digest = fileDigest(join(dir, runFilePath(run.id)));
        if (digest === null) missing.push(run.id);
        else digests.set(run.id, digest);
      }
    }
    const finishedAt = new Date();
    manifest.runs = runs.map((run) => ({ ...manifestRun(run), digest: digests.get(run.id) ?? null }));
    manifest.failures = failures;
    manifest.status = failures.length + missing.length > 0 ? 'incomplete' : shard === null ? 'complete' : 'shard-complete';
    manifest.finishedAt = finishedAt.toISOString();
    manifest.wallSeconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
    writeManifest(dir, manifest);
    const result: ExperimentResult = { dir, manifest, planned: runs.length, reused: done.size, failures, headline };
    await options.finish?.(result);
    return result;
  } finally {
    lock.release();
  }
}

/** A shard must not write into the folder of another experiment (it would only fail at merge). */
function checkParent(base: string, expected: Expected): void {
  const parent = readManifest(base);
  const differences = parent === null ? [] : identityDifferences(parent, expected);
  if (differences.length > 0) {
    throw errors.shardOfOtherExperiment(base, differences);
  }
}

function fileDigest(path: string): string | null {
  try {
    return digestOf(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function manifestRun(run: PlannedRun): ManifestRun {
  return { id: run.id, arm: run.arm, point: run.point, replicate: run.replicate, seed: run.seed, digest: null };
}

/** The hash of each run's composed scenario, composed once per (arm, point). */
function scenarioHasher(baseScenario: Scenario, experiment: Experiment, points: readonly PlanPoint[]): (run: PlannedRun) => string {
  const hashes = new Map<string, string>();
  return (run) => {
    const key = `${run.armIndex}:${run.point}`;
    if (!hashes.has(key)) hashes.set(key, contentHash(composeScenario(baseScenario, experiment, experiment.arms[run.armIndex], points[run.point])));
    return hashes.get(key)!;
  };
}

/**
 * Runs the pending runs on a pool of warm workers; each worker writes its run file atomically.
 * A run that throws becomes a {@link RunFailure}, with its scenario saved so it can be rerun alone.
 */
async function runAll(dir: string, pending: readonly PlannedRun[], setup: WorkerSetup, workers: number, options: ExperimentOptions): Promise<RunFailure[]> {
  const failuresDir = join(dir, FAILURES_DIR);
  rmSync(failuresDir, { recursive: true, force: true });
  const failures: { index: number; failure: RunFailure }[] = [];
  let done = 0;
  await runOnPool<PlannedRun, RunOutcome>(pending, { worker: RUN_WORKER, workerData: setup, workers, signal: options.signal, warm: options.warm }, (run, _outcome, error) => {
    if (error === null) done++;
    else failures.push({ index: run.index, failure: recordFailure(failuresDir, run, setup, error) });
    options.onRun?.({ done, failed: failures.length, pending: pending.length, id: run.id, ok: error === null });
  });
  return failures.sort((a, b) => a.index - b.index).map((f) => f.failure);
}

/** Saves the failed run's composed scenario and returns the command that reruns it in one process. */
function recordFailure(failuresDir: string, run: PlannedRun, setup: WorkerSetup, error: unknown): RunFailure {
  const scenarioFile = join(failuresDir, `${run.id}.scenario.json`);
  mkdirSync(join(scenarioFile, '..'), { recursive: true });
  const scenario = composeScenario(setup.baseScenario, setup.experiment, setup.experiment.arms[run.armIndex], setup.points[run.point]);
  writeFileAtomic(scenarioFile, JSON.stringify(scenario, null, 2) + '\n');
  const shown = displayPath(scenarioFile);
  return {
    id: run.id,
    seed: run.seed,
    error: error instanceof Error ? error.message : String(error),
    rerun: `RONGHE_DEBUG=1 npx ronghe run ${shown} --seed ${run.seed} --out ${displayPath(join(failuresDir, run.id))}`,
  };
}
