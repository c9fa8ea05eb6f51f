/**
 * The pool's worker: composes a run's scenario, runs it and writes its run file atomically. It
 * stays warm between runs: the experiment arrives once (workerData) and composed scenarios are
 * cached per (arm, point).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { run } from '../../engine/simulation.ts';
import { contentHash } from '../../base/hash.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { composeScenario } from '../design/compose.ts';
import type { PlanPoint, PlannedRun } from '../design/plan.ts';
import { digestOf, runFileText } from '../../output/runFile.ts';
import type { Experiment } from '../design/types.ts';
import { runFilePath } from '../../output/names.ts';
import type { WarmTask } from './pool.ts';

/** What every worker receives once, when the pool starts. */
export interface WorkerSetup {
  experiment: Experiment;
  baseScenario: Scenario;
  points: PlanPoint[];
  /** The experiment folder the run files go to (`runs/<run id>.json` in it); `null`: compute digests only (reproduce). */
  dir: string | null;
}

/** What a task returns. */
export interface RunOutcome {
  id: string;
  digest: string;
}

/**
 * Testing aid, read once: run ids listed (comma-separated) in RONGHE_FAULT_RUNS throw instead of
 * running, so the failure path can be exercised on real runs. Unset in normal use.
 */
const FAULTS = new Set((process.env.RONGHE_FAULT_RUNS ?? '').split(',').filter(Boolean));
const MAX_CACHED = 32;

/** The context given at start; null in a warm pool, whose tasks bring theirs (pool.ts `WarmPool`). */
const started = workerData as WorkerSetup | null;
const composed = new Map<string, { scenario: Scenario; hash: string }>();

/** Runs one planned run; rejects with the run's error (the pool records it as a failure). */
export default function runTask(input: PlannedRun | WarmTask<PlannedRun>): RunOutcome {
  const planned = 'task' in input ? input.task : input;
  const setup = 'task' in input ? (input.context as WorkerSetup) : started!;
  if (FAULTS.has(planned.id)) throw new Error(`injected fault for run ${planned.id} (RONGHE_FAULT_RUNS)`);
  const { scenario, hash } = scenarioOf(planned, setup);
  const text = runFileText(planned, hash, run(scenario, { seed: planned.seed }));
  if (setup.dir !== null) {
    const path = join(setup.dir, runFilePath(planned.id));
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
  }
  return { id: planned.id, digest: digestOf(text) };
}

function scenarioOf(planned: PlannedRun, setup: WorkerSetup): { scenario: Scenario; hash: string } {
  // The folder tells the batches of a warm pool apart (each stage of a design has its own).
  const key = `${setup.dir}:${planned.armIndex}:${planned.point}`;
  let entry = composed.get(key);
  if (entry === undefined) {
    const scenario = composeScenario(setup.baseScenario, setup.experiment, setup.experiment.arms[planned.armIndex], setup.points[planned.point]);
    entry = { scenario, hash: contentHash(scenario) };
    if (composed.size >= MAX_CACHED) composed.delete(composed.keys().next().value!);
    composed.set(key, entry);
  }
  return entry;
}
