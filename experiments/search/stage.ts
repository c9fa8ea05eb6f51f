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
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { runId } from '../design/plan.ts';
import { runSeed } from '../design/seeds.ts';
import { latinHypercubePoints } from '../design/sweep.ts';
import { valueAt } from '../design/distributions.ts';
import type { RunFile } from '../../output/runFile.ts';
import { runFilePath } from '../../output/names.ts';
import { runExperiment, type ExperimentOptions, type ExperimentResult } from '../run/runner.ts';
import type { LoadedDesign } from './loader.ts';
import type { Package } from './package.ts';
import type { Design } from './types.ts';

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
  const seed = runSeed(design.seed, { '#stage': 'fresh' }, 0);
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
 * Writes the stage's experiment file (`<dir>/<stage>.json`) and runs it into `<dir>/<stage>/`.
 * @param options - passed to runExperiment (workers, signal, shard, progress callbacks)
 */
export async function runStage(dir: string, loaded: LoadedDesign, stage: Stage, options: ExperimentOptions): Promise<ExperimentResult> {
  const file = stageFile(dir, stage.name);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(file, JSON.stringify(stageExperiment(file, loaded, stage), null, 2) + '\n');
  return runExperiment(file, { ...options, out: join(dir, stage.name) });
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
