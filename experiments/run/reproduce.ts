/**
 * `reproduceRuns`: reruns runs of a finished experiment folder from its manifest alone (the
 * embedded experiment and base scenario, not today's files) and checks that each rerun gives the
 * byte-identical run file, by digest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '../../engine/version.ts';
import { errors } from '../../base/errors.ts';
import { readManifest } from '../../output/experimentManifest.ts';
import { planRuns, type PlannedRun } from '../design/plan.ts';
import { RUN_WORKER, runOnPool } from './pool.ts';
import type { RunOutcome, WorkerSetup } from './worker.ts';
import { digestOf } from '../../output/runFile.ts';
import { runFilePath } from '../../output/names.ts';

/** A run whose rerun did not give the recorded result. */
export interface Mismatch {
  id: string;
  seed: number;
  recorded: string;
  /** Digest of the rerun; `null` when the rerun threw (see `error`). */
  rerun: string | null;
  /** Digest of the run file on disk now, if it differs from the recorded one (file changed). */
  onDisk?: string | null;
  error?: string;
}

export interface ReproduceResult {
  checked: string[];
  mismatches: Mismatch[];
  /** The manifest's engine version when it differs from this one (mismatches are then expected). */
  engineVersionThen: string | null;
}

/**
 * @param sample - how many runs to rerun, spread evenly over the plan (all arms and points);
 *   all when omitted
 */
export async function reproduceRuns(dir: string, sample: number | undefined, workers: number, onRun?: (done: number, total: number) => void): Promise<ReproduceResult> {
  const manifest = readManifest(dir);
  if (manifest === null) throw errors.notExperimentFolder(dir);
  const recorded = new Map(manifest.runs.filter((r) => r.digest !== null).map((r) => [r.id, r.digest!]));
  const all = planRuns(manifest.experiment, manifest.points).filter((run) => recorded.has(run.id));
  if (all.length === 0) throw errors.noFinishedRuns(dir, manifest.status);
  const chosen = sample === undefined || sample >= all.length ? all : sampleRuns(all, sample);
  const mismatches: Mismatch[] = [];
  let done = 0;
  const setup: WorkerSetup = { experiment: manifest.experiment, baseScenario: manifest.baseScenario, points: manifest.points, dir: null };
  await runOnPool<PlannedRun, RunOutcome>(chosen, { worker: RUN_WORKER, workerData: setup, workers }, (run, outcome, error) => {
    const expected = recorded.get(run.id)!;
    if (outcome === null) mismatches.push({ id: run.id, seed: run.seed, recorded: expected, rerun: null, error: error instanceof Error ? error.message : String(error) });
    else if (outcome.digest !== expected) mismatches.push({ id: run.id, seed: run.seed, recorded: expected, rerun: outcome.digest, onDisk: diskDigest(dir, run) });
    onRun?.(++done, chosen.length);
  });
  const order = new Map(chosen.map((run, i) => [run.id, i]));
  mismatches.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { checked: chosen.map((run) => run.id), mismatches, engineVersionThen: manifest.engineVersion === ENGINE_VERSION ? null : manifest.engineVersion };
}

/**
 * `k` runs covering the (point, arm) groups in turn — each group once before any twice — and,
 * within a group, replicates spread evenly; returned in plan order.
 */
export function sampleRuns(runs: readonly PlannedRun[], k: number): PlannedRun[] {
  const groups = new Map<string, PlannedRun[]>();
  for (const run of runs) {
    const key = `${run.point}:${run.armIndex}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(run);
  }
  const lists = [...groups.values()];
  const rounds = Math.ceil(k / lists.length);
  const chosen: PlannedRun[] = [];
  for (let round = 0; round < rounds && chosen.length < k; round++) {
    for (const list of lists) {
      if (chosen.length === k) break;
      const pick = list[Math.floor(((round + 0.5) * list.length) / rounds)];
      if (!chosen.includes(pick)) chosen.push(pick);
    }
  }
  return chosen.sort((a, b) => a.index - b.index);
}

function diskDigest(dir: string, run: PlannedRun): string | null {
  try {
    return digestOf(readFileSync(join(dir, runFilePath(run.id))));
  } catch {
    return null;
  }
}
