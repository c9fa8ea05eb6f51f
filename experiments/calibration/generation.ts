/**
 * A calibration's batches of runs as ordinary experiments: each generation (and the final check)
 * is an experiment file with an explicit list of points — the particles — written into the
 * calibration folder and run by `runExperiment` into its own sub-folder. So pool, progress,
 * failures, manifest and resuming are the experiments'; a stopped calibration continues by
 * rerunning it, every run already made being kept.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { runId } from '../design/plan.ts';
import type { RunFile } from '../../output/runFile.ts';
import { runExperiment, type ExperimentOptions, type ExperimentResult } from '../run/runner.ts';
import type { LoadedCalibration } from './loader.ts';
import type { Target } from './types.ts';
import { runFilePath } from '../../output/names.ts';

/** The only arm of a calibration batch. */
const ARM = 'baseline';

/** A batch: its name (`g<t>` or `check`), the parameter values of its points, and replications. */
export interface Batch {
  name: string;
  values: number[][];
  replications: number;
}

/**
 * Writes the batch's experiment file (`<dir>/<batch>.json`) and runs it into `<dir>/<batch>/`.
 * @param options - passed to runExperiment (workers, signal, progress callbacks)
 */
export async function runBatch(dir: string, loaded: LoadedCalibration, batch: Batch, options: ExperimentOptions): Promise<ExperimentResult> {
  const { calibration } = loaded;
  const file = join(dir, `${batch.name}.json`);
  const experiment = {
    name: `${calibration.name}-${batch.name}`,
    description: `Batch "${batch.name}" of the calibration "${calibration.name}" (written by ronghe calibrate; do not edit: rerun the calibration instead).`,
    scenario: relative(dirname(file), loaded.scenarioPath),
    years: calibration.years,
    recordEvery: calibration.recordEvery,
    replications: batch.replications,
    seed: calibration.seed,
    arms: [{ name: ARM }],
    sweep: { points: { parameters: calibration.parameters.map((p) => ({ name: p.name, path: p.path })), values: batch.values } },
    outcomes: [...new Set(calibration.targets.map((t) => t.metric))],
  };
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(file, JSON.stringify(experiment, null, 2) + '\n');
  return runExperiment(file, { ...options, out: join(dir, batch.name) });
}

/**
 * The targets' values in every replicate of every point of a finished batch:
 * `values[point][replicate][target]`, NaN where a run is missing or has no value.
 */
export function batchValues(batchDir: string, points: number, replications: number, targets: readonly Target[]): number[][][] {
  return Array.from({ length: points }, (_, point) =>
    Array.from({ length: replications }, (_, replicate) => {
      let file: RunFile;
      try {
        file = JSON.parse(readFileSync(join(batchDir, runFilePath(runId(ARM, point, replicate))), 'utf8')) as RunFile;
      } catch {
        return targets.map(() => NaN); // a failed run: no values
      }
      return targets.map((target) => targetValue(file, target));
    }),
  );
}

/** A target's value in a run: the final-year summary, or the series at the target's tick. */
export function targetValue(file: RunFile, target: Target): number {
  if (target.at === null) return file.summary[target.metric] ?? NaN;
  const k = file.series.year.findIndex((year, i) => year === target.at!.year && file.series.month[i] === target.at!.month);
  return k < 0 ? NaN : (file.series.values[target.metric]?.[k] ?? NaN);
}

/** Mean over replicates, per target (NaN when a replicate lacks the value: the particle cannot be judged). */
export function replicateMeans(values: readonly (readonly number[])[], targets: number): number[] {
  return Array.from({ length: targets }, (_, j) => values.reduce((sum, row) => sum + row[j]!, 0) / values.length);
}
