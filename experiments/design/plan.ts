import type { Experiment } from './types.ts';
import { runSeed } from './seeds.ts';
import { valuesByPath, type SweepPoint } from './sweep.ts';

/** A sweep point: index in the design and the swept values by parameter name and by path. */
export interface PlanPoint {
  index: number;
  /** Values by parameter name (CSV columns). */
  values: Readonly<Record<string, number | boolean | string>>;
  /** The same values by JSON pointer (what seeds and scenario composition use). */
  byPath: Readonly<Record<string, number | boolean | string>>;
}

/** Adds to each sweep point its values by path (the sweep's parameters map names to paths). */
export function planPoints(experiment: Experiment, points: readonly SweepPoint[]): PlanPoint[] {
  return points.map((point) => ({ index: point.index, values: point.values, byPath: valuesByPath(experiment, point) }));
}

/** One run of the plan. */
export interface PlannedRun {
  /** Position in plan order. */
  index: number;
  /** Position of its (point, replicate) pair in plan order: the arms of a pair share it. */
  pair: number;
  /** `<arm>/p<point>-r<replicate>`: also the run file's path under `runs/`, without `.json`. */
  id: string;
  arm: string;
  armIndex: number;
  point: number;
  replicate: number;
  seed: number;
}

/**
 * Expands an experiment into its runs, in plan order: by sweep point, then replicate, then arm,
 * so the arms of one pair finish close together. Every arm of a (point, replicate) pair gets the
 * same seed (see {@link runSeed}).
 */
export function planRuns(experiment: Experiment, points: readonly PlanPoint[]): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (const point of points) {
    for (let replicate = 0; replicate < experiment.replications; replicate++) {
      const seed = runSeed(experiment.seed, seedIdentity(experiment, point), replicate);
      const pair = point.index * experiment.replications + replicate;
      experiment.arms.forEach((arm, armIndex) => {
        runs.push({ index: runs.length, pair, id: runId(arm.name, point.index, replicate), arm: arm.name, armIndex, point: point.index, replicate, seed });
      });
    }
  }
  return runs;
}

/**
 * What identifies a sweep point for seeding: its values by path. A Latin hypercube's samples are
 * identified by their index as well, since two samples may round to the same values (integer
 * parameters) and must still be independent draws; its design changes with `samples` anyway.
 * Sensitivity designs (Morris, Sobol') use common random numbers across points: nothing of the
 * point enters, so replicate r runs every point on one seed and the differences between points
 * (elementary effects, Saltelli's AB − A) come from the parameters, not from the noise.
 */
function seedIdentity(experiment: Experiment, point: PlanPoint): Readonly<Record<string, unknown>> {
  switch (experiment.sweep?.kind) {
    case 'latinHypercube':
      return { ...point.byPath, '#sample': point.index };
    case 'morris':
    case 'sobol':
      return {};
    default:
      return point.byPath;
  }
}

/** The identifier of a run, which is also its file path under `runs/` (without `.json`). */
export function runId(arm: string, point: number, replicate: number): string {
  return `${arm}/p${point}-r${replicate}`;
}

/**
 * Which shard runs a run: its (point, replicate) pair's index modulo the shard count. Every shard
 * gets all arms (so shards take about equally long even when arms differ in cost) and the arms
 * of a pair stay together.
 */
export function inShard(run: PlannedRun, shard: Shard | null): boolean {
  return shard === null || shardOf(run, shard.count) === shard.index;
}

/** The shard (0-based) that runs `run` when the plan is split into `count` shards. */
export function shardOf(run: PlannedRun, count: number): number {
  return run.pair % count;
}

/** A share of an experiment's runs: shard `index` (0-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}
