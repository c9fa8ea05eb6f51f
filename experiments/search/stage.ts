/**
 * A design's batches of runs as ordinary experiments, as a calibration's generations are: each
 * stage — a generation's new packages (`g<t>`), or the re-evaluation of the final ones on fresh
 * seeds (`fresh`) — is an experiment file written into the design folder, whose arms are the
 * packages and whose sweep points are the uncertainty samples, run by `runExperiment` into its own
 * sub-folder. So the worker pool, progress, failures, resuming after a kill, shards and merges
 * are the experiments'. Every stage of the search has the same master seed and the same sample
 * points, so replicate r of sample s runs on one seed in every package (common random numbers):
 * packages are compared pair by pair, and one evaluated twice gives the same values.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { runId } from '../design/plan.ts';
import { runSeed } from '../design/seeds.ts';
import { latinHypercubePoints } from '../design/sweep.ts';
import { valueAt } from '../design/distributions.ts';
import type { RunFile } from '../../output/runFile.ts';
import { SHARDS_DIR, runFilePath } from '../../output/names.ts';
import { readManifest, type RunFailure } from '../../output/experimentManifest.ts';
import { mergeShards } from '../run/merge.ts';
import type { Shard } from '../design/plan.ts';
import { runExperiment, type ExperimentOptions } from '../run/runner.ts';
import type { LoadedDesign } from './loader.ts';
import type { Package } from './package.ts';
import type { Design } from './types.ts';

/** The stage that re-evaluates the final packages on fresh seeds (its folder is `stages/fresh/`). */
export const FRESH_STAGE = 'fresh';

/** Where a stage's runs sample the uncertain parameters, and on which master seed they run. */
export interface StageSeeds {
  seed: number;
  /** Per sample, the uncertain parameters' values (in the design's order); one empty sample without uncertainty. */
  samples: number[][];
}

/** The search's seeds: the design's seed and its uncertainty samples (a Latin hypercube through each parameter's distribution). */
export function searchSeeds(design: Design): StageSeeds {
  return { seed: design.seed, samples: uncertaintySamples(design, design.seed, design.uncertainty?.samples ?? 0) };
}

/**
 * The re-evaluation's seeds: a master seed derived from the design's (so no run seed of the
 * search recurs) and uncertainty samples drawn afresh from it.
 */
export function freshSeeds(design: Design): StageSeeds {
  const seed = runSeed(design.seed, { '#stage': FRESH_STAGE }, 0);
  return { seed, samples: uncertaintySamples(design, seed, design.reevaluation.samples) };
}

function uncertaintySamples(design: Design, seed: number, count: number): number[][] {
  const parameters = design.uncertainty?.parameters ?? [];
  if (parameters.length === 0 || count === 0) return [[]];
  const unit = parameters.map((p) => ({ name: p.name, path: p.path, min: 0, max: 1, scale: 'linear' as const, integer: false }));
  return latinHypercubePoints(seed, count, unit).map((point) => parameters.map((p) => valueAt(p, Number(point.values[p.name]))));
}

/** A stage to run: its name, the packages (arms) and the seeds. */
export interface Stage {
  name: string;
  packages: readonly Package[];
  seeds: StageSeeds;
  replications: number;
}

/**
 * How stages run: `all` on this machine; `shard`: only this process's share of the next stage
 * with runs to make (a Slurm array task), then stop; `merge`: no runs at all — merge a stage
 * whose shards are all done, then stop at the next stage with runs to make.
 */
export type StageMode = { kind: 'all' } | { kind: 'shard'; shard: Shard } | { kind: 'merge' };

/** A stage that cannot go on in this mode: the design stops there (see {@link StageMode}). */
export class StageWaiting extends Error {
  constructor(
    readonly stage: string,
    /** `shard-done`: this process's shard is done; `shards-missing`: some shard is not done (detail: why). */
    readonly reason: 'shard-done' | 'shards-missing',
    readonly detail = '',
    /** Runs of this process's shard that failed (the shard is then not done: rerun it). */
    readonly failures = 0,
  ) {
    super(`stage ${stage}: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/** What a finished stage gives the search: its folder, its planned runs and the runs that failed. */
export interface StageResult {
  dir: string;
  planned: number;
  failures: RunFailure[];
}

/**
 * Writes the stage's experiment file (`<dir>/<stage>.json`) and runs it into `<dir>/<stage>/`,
 * as the mode says. A stage already complete is read as it is (no lock is taken, so the tasks of
 * a job array can all replay it at once).
 * @param options - passed to runExperiment (workers, signal, progress callbacks)
 * @throws {StageWaiting} when the mode stops at this stage
 */
export async function runStage(dir: string, loaded: LoadedDesign, stage: Stage, options: ExperimentOptions, mode: StageMode = { kind: 'all' }): Promise<StageResult> {
  const file = stageFile(dir, stage.name);
  const out = join(dir, stage.name);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(file, JSON.stringify(stageExperiment(file, loaded, stage), null, 2) + '\n');
  const done = readManifest(out);
  if (done?.status === 'complete') return { dir: out, planned: done.runs.length, failures: done.failures };
  if (mode.kind === 'shard') {
    const result = await runExperiment(file, { ...options, out, shard: mode.shard });
    throw new StageWaiting(stage.name, 'shard-done', '', result.failures.length);
  }
  if (existsSync(join(out, SHARDS_DIR))) {
    try {
      mergeShards([out], out, options.command ?? '');
    } catch (error) {
      if (mode.kind === 'merge') throw new StageWaiting(stage.name, 'shards-missing', error instanceof Error ? error.message : String(error));
    }
  } else if (mode.kind === 'merge') {
    throw new StageWaiting(stage.name, 'shards-missing', 'no shard has run yet');
  }
  const result = await runExperiment(file, { ...options, out });
  return { dir: result.dir, planned: result.planned, failures: result.failures };
}

/** The experiment file of a stage. */
export function stageFile(dir: string, name: string): string {
  return join(dir, `${name}.json`);
}

/** The stage as an experiment (what its file holds). */
function stageExperiment(file: string, loaded: LoadedDesign, stage: Stage): Record<string, unknown> {
  const { design } = loaded;
  const parameters = design.uncertainty?.parameters ?? [];
  const outcomes = [...new Map(design.objectives.map((o) => [o.metric, { metric: o.metric, better: o.better }])).values()];
  if (!outcomes.some((o) => o.metric === COST)) outcomes.push({ metric: COST, better: 'lower' });
  return {
    name: `${design.name}-${stage.name}`,
    description: `Stage "${stage.name}" of the policy design "${design.name}" (written by ronghe design; do not edit: rerun the design instead).`,
    scenario: relative(dirname(file), loaded.scenarioPath),
    years: design.years,
    recordEvery: design.recordEvery,
    replications: stage.replications,
    seed: stage.seeds.seed,
    arms: stage.packages.map((p) => ({ name: p.id, interventions: p.interventions })),
    ...(parameters.length > 0 ? { sweep: { points: { parameters: parameters.map((p) => ({ name: p.name, path: p.path })), values: stage.seeds.samples } } } : {}),
    outcomes,
  };
}

/** What every stage records besides the objectives: the money the runs spent. */
export const COST = 'cost_total';

/**
 * The final-year values of `metrics` in every run of a package in a finished stage, pair by pair
 * (sample-major, then replicate): `values[metric][pair]`, NaN where a run is missing or failed.
 */
export function packageValues(stageDir: string, pkg: Package, samples: number, replications: number, metrics: readonly string[]): Record<string, Float64Array> {
  const values = Object.fromEntries(metrics.map((m) => [m, new Float64Array(samples * replications).fill(NaN)]));
  for (let point = 0; point < samples; point++) {
    for (let replicate = 0; replicate < replications; replicate++) {
      let file: RunFile;
      try {
        file = JSON.parse(readFileSync(join(stageDir, runFilePath(runId(pkg.id, point, replicate))), 'utf8')) as RunFile;
      } catch {
        continue; // a failed run: no values
      }
      for (const m of metrics) values[m][point * replications + replicate] = file.summary[m] ?? NaN;
    }
  }
  return values;
}
