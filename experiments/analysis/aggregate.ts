/**
 * Summaries of an experiment's runs, computed from the run files in plan order — never from the
 * order runs finished in — so they are byte-identical whatever the worker count or shard layout.
 * Memory stays flat as runs grow: one (point, arm) group's series is held at a time.
 *
 * - `runs.csv`: arm, point, swept values, replicate, seed, metric, value (final-year summary of
 *   every metric of every run)
 * - `arms.csv`: per point, arm and metric: n, mean, SD, 95% CI
 * - `contrasts.csv`: per point and outcome of interest, paired differences of each arm vs the
 *   baseline, then between the other arms: mean difference, 95% CI, effect size (d_z),
 *   probability of improvement, cost difference and cost-effectiveness (outcome change per
 *   million yuan)
 * - `series/<arm>.csv`: per point, recorded tick and outcome: n, mean, 5th and 95th percentile
 * - `places/<arm>.csv`: per point, recorded tick, place and place metric: the mean over replicates
 *   (the county view of the report)
 * - `sensitivity.csv` (Morris and Sobol' designs): see sensitivity/analyse.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errors } from '../../base/errors.ts';
import { CsvFile, type Cell } from '../../output/csvFile.ts';
import type { PlanPoint, PlannedRun } from '../design/plan.ts';
import { digestOf, type RunFile } from '../../output/runFile.ts';
import { isSensitivity, writeSensitivity } from '../sensitivity/analyse.ts';
import { describe, p5p95, pairedContrast, type PairedContrast } from './stats/index.ts';
import type { Experiment } from '../design/types.ts';
import { ARMS_TABLE, CONTRASTS_TABLE, RUNS_TABLE, SENSITIVITY_TABLE, armPlacesFile, armSeriesFile, runFilePath } from '../../output/names.ts';

/** Files written by {@link aggregate}, relative to the folder (series files follow the arms). */
export function summaryFiles(experiment: Experiment): string[] {
  return [RUNS_TABLE, ARMS_TABLE, CONTRASTS_TABLE, ...(isSensitivity(experiment) ? [SENSITIVITY_TABLE] : []), ...experiment.arms.map((arm) => armSeriesFile(arm.name)), ...experiment.arms.map((arm) => armPlacesFile(arm.name))];
}

/** Programme cost is compared per million yuan. */
const COST_UNIT = 1e6;

/** One cell of the key-results table: an arm's outcome, and its contrast with the baseline. */
export interface Headline {
  arm: string;
  metric: string;
  mean: number;
  ciLow: number;
  ciHigh: number;
  /** Paired difference vs the baseline (absent for the baseline itself). */
  vsBaseline?: PairedContrast;
}

/** Digest of every run file found, by run id; ids of runs without a file; the key results. */
export interface Aggregated {
  digests: Map<string, string>;
  missing: string[];
  /** Outcomes of interest per arm, for an experiment without a sweep (empty otherwise). */
  headline: Headline[];
}

/**
 * Reads the run files of `runs` (the whole plan) from `dir/runs/` and writes the summary files.
 * Missing runs (failed) are left out of every statistic; `n` columns show how many were used.
 */
export function aggregate(dir: string, experiment: Experiment, points: readonly PlanPoint[], runs: readonly PlannedRun[]): Aggregated {
  const params = Object.keys(points[0]?.values ?? {});
  const pointCells = (p: PlanPoint): Cell[] => [p.index, ...params.map((name) => p.values[name])];
  const { runsCsv, armsCsv, contrastsCsv, seriesCsv, placesCsv } = openTables(dir, experiment, params);
  const result: Aggregated = { digests: new Map(), missing: [], headline: [] };
  const byPointArm = groupRuns(runs);
  const replicates = experiment.replications;
  const outcomes = experiment.outcomes;

  for (const point of points) {
    // Outcome and cost values per arm and replicate, kept for the paired contrasts of this point.
    const outcomeValues = experiment.arms.map(() => outcomes.map(() => new Float64Array(replicates).fill(NaN)));
    const costValues = experiment.arms.map(() => new Float64Array(replicates).fill(NaN));
    experiment.arms.forEach((arm, a) => {
      const group = byPointArm.get(`${point.index}:${a}`) ?? [];
      let metrics: string[] | null = null;
      let summaries: Map<string, Float64Array> | null = null;
      let ticks: RunFile['series'] | null = null;
      let series: Float64Array[] | null = null; // per outcome: replicate-major [replicate * ticks + tick]
      const places = new PlaceMeans();
      for (const run of group) {
        const file = readRun(dir, run, result);
        if (file === null) continue;
        if (metrics === null) {
          metrics = Object.keys(file.summary);
          summaries = new Map(metrics.map((m) => [m, new Float64Array(replicates).fill(NaN)]));
          ticks = file.series;
          series = outcomes.map(() => new Float64Array(replicates * file.series.day.length).fill(NaN));
        }
        for (const metric of metrics) {
          const value = file.summary[metric] ?? NaN;
          summaries!.get(metric)![run.replicate] = value;
          runsCsv.row([arm.name, ...pointCells(point), run.replicate, run.seed, metric, value]);
        }
        costValues[a][run.replicate] = file.totals.cost / COST_UNIT;
        places.add(file.places);
        outcomes.forEach((outcome, o) => {
          outcomeValues[a][o][run.replicate] = file.summary[outcome.metric] ?? NaN;
          const values = file.series.values[outcome.metric] ?? [];
          const n = ticks!.day.length;
          for (let t = 0; t < n; t++) series![o][run.replicate * n + t] = values[t] ?? NaN;
        });
      }
      if (metrics === null) return; // no run of this group finished
      for (const metric of metrics) {
        const d = describe(summaries!.get(metric)!);
        armsCsv.row([arm.name, ...pointCells(point), metric, d.n, d.mean, d.sd, d.ciLow, d.ciHigh]);
      }
      const n = ticks!.day.length;
      const column = new Float64Array(replicates);
      outcomes.forEach((outcome, o) => {
        for (let t = 0; t < n; t++) {
          for (let r = 0; r < replicates; r++) column[r] = series![o][r * n + t];
          const d = describe(column);
          const band = p5p95(column);
          seriesCsv[a].row([...pointCells(point), ticks!.year[t], ticks!.month[t], ticks!.day[t], outcome.metric, d.n, d.mean, band.p5, band.p95]);
        }
      });
      places.write(placesCsv[a], pointCells(point), ticks!);
    });
    if (points.length === 1) result.headline.push(...headline(experiment, outcomeValues, costValues));
    for (const [a, b] of contrastPairs(experiment)) {
      outcomes.forEach((outcome, o) => {
        const c = pairedContrast(outcomeValues[a][o], outcomeValues[b][o], outcome.better, costValues[a], costValues[b]);
        contrastsCsv.row([...pointCells(point), experiment.arms[a].name, experiment.arms[b].name, outcome.metric, outcome.better, c.n, c.meanDiff, c.ciLow, c.ciHigh, c.effectSize, c.pImprove, c.costDiff, c.costEffectiveness]);
      });
    }
  }
  for (const file of [runsCsv, armsCsv, contrastsCsv, ...seriesCsv, ...placesCsv]) file.commit();
  // Morris and Sobol' designs: the indices, from the runs.csv just written.
  if (isSensitivity(experiment)) writeSensitivity(dir, experiment);
  return result;
}

/** The summary tables of an experiment folder, open for writing (committed at the end). */
function openTables(dir: string, experiment: Experiment, params: readonly string[]) {
  return {
    runsCsv: new CsvFile(join(dir, RUNS_TABLE), ['arm', 'point', ...params, 'replicate', 'seed', 'metric', 'value']),
    armsCsv: new CsvFile(join(dir, ARMS_TABLE), ['arm', 'point', ...params, 'metric', 'n', 'mean', 'sd', 'ci_low', 'ci_high']),
    contrastsCsv: new CsvFile(join(dir, CONTRASTS_TABLE), ['point', ...params, 'arm', 'reference', 'metric', 'better', 'n', 'mean_diff', 'ci_low', 'ci_high', 'effect_size', 'p_improve', 'cost_diff_million_yuan', 'change_per_million_yuan']),
    seriesCsv: experiment.arms.map((arm) => new CsvFile(join(dir, armSeriesFile(arm.name)), ['point', ...params, 'year', 'month', 'day', 'metric', 'n', 'mean', 'p5', 'p95'])),
    placesCsv: experiment.arms.map((arm) => new CsvFile(join(dir, armPlacesFile(arm.name)), ['point', ...params, 'year', 'month', 'day', 'place', 'township', 'urban', 'residents', 'metric', 'mean'])),
  };
}

/** The key results of an experiment without a sweep: each arm's outcomes, and their paired contrast with the baseline. */
function headline(experiment: Experiment, outcomeValues: readonly (readonly Float64Array[])[], costValues: readonly Float64Array[]): Headline[] {
  const base = experiment.arms.findIndex((arm) => arm.name === experiment.baseline);
  return experiment.arms.flatMap((arm, a) =>
    experiment.outcomes.map((outcome, o) => {
      const d = describe(outcomeValues[a][o]);
      const vsBaseline = a === base ? undefined : pairedContrast(outcomeValues[a][o], outcomeValues[base][o], outcome.better, costValues[a], costValues[base]);
      return { arm: arm.name, metric: outcome.metric, mean: d.mean, ciLow: d.ciLow, ciHigh: d.ciHigh, vsBaseline };
    }),
  );
}

/**
 * Pairs compared, as (arm, reference) arm indexes: every arm against the baseline, then every
 * pair of the other arms in experiment order (the earlier arm as reference).
 */
export function contrastPairs(experiment: Experiment): [number, number][] {
  const base = experiment.arms.findIndex((arm) => arm.name === experiment.baseline);
  const others = experiment.arms.map((_, i) => i).filter((i) => i !== base);
  const pairs: [number, number][] = others.map((a) => [a, base]);
  for (let i = 0; i < others.length; i++) for (let j = i + 1; j < others.length; j++) pairs.push([others[j], others[i]]);
  return pairs;
}

/**
 * Means over replicates of per-place outcomes, accumulated run by run in replicate order (so the
 * sums, and the bits of the means, do not depend on the order runs finished in).
 */
class PlaceMeans {
  private first: RunFile['places'] | null = null;
  private sums = new Map<string, Float64Array>();
  private counts = new Map<string, Float64Array>();

  add(places: RunFile['places']): void {
    this.first ??= places;
    for (const [metric, ticks] of Object.entries(places.values)) {
      const width = places.township.length;
      if (!this.sums.has(metric)) {
        this.sums.set(metric, new Float64Array(ticks.length * width));
        this.counts.set(metric, new Float64Array(ticks.length * width));
      }
      const sum = this.sums.get(metric)!;
      const count = this.counts.get(metric)!;
      ticks.forEach((values, t) =>
        values.forEach((v, p) => {
          if (v !== null) {
            sum[t * width + p] += v;
            count[t * width + p]++;
          }
        }),
      );
    }
  }

  write(csv: CsvFile, pointCells: Cell[], ticks: RunFile['series']): void {
    const places = this.first;
    if (places === null) return;
    const width = places.township.length;
    for (let t = 0; t < ticks.day.length; t++)
      for (let p = 0; p < width; p++)
        for (const [metric, sum] of this.sums) {
          const n = this.counts.get(metric)![t * width + p];
          csv.row([...pointCells, ticks.year[t], ticks.month[t], ticks.day[t], p, places.township[p], places.urban[p], places.residents[p], metric, n > 0 ? sum[t * width + p] / n : NaN]);
        }
  }
}

function groupRuns(runs: readonly PlannedRun[]): Map<string, PlannedRun[]> {
  const groups = new Map<string, PlannedRun[]>();
  for (const run of runs) {
    const key = `${run.point}:${run.armIndex}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(run);
  }
  for (const group of groups.values()) group.sort((x, y) => x.replicate - y.replicate);
  return groups;
}

function readRun(dir: string, run: PlannedRun, result: Aggregated): RunFile | null {
  const path = join(dir, runFilePath(run.id));
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    result.missing.push(run.id);
    return null;
  }
  let file: RunFile | null = null;
  try {
    file = JSON.parse(text.toString('utf8')) as RunFile;
  } catch {
    // reported below
  }
  if (file === null || file.seed !== run.seed || file.run !== run.id) {
    throw errors.wrongRunFile(path, run, file);
  }
  result.digests.set(run.id, digestOf(text));
  return file;
}
