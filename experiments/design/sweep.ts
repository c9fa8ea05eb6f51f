/**
 * The points of an experiment's sweep design: every combination of a grid, the samples of a
 * Latin hypercube, a Morris or Saltelli design drawn from the master seed, or an explicit list.
 * Every arm runs at every point.
 */
import { stream } from '../../engine/core/rng.ts';
import { valueAt } from './distributions.ts';
import { morrisDesign } from './morrisDesign.ts';
import { saltelliBlock, saltelliDesign } from './saltelliDesign.ts';
import type { Experiment, GridParameter, RangeParameter, SensitivityParameter, Sweep } from './types.ts';

/** A value a swept parameter takes. */
export type SweepValue = number | boolean | string;

/** One point of the design. */
export interface SweepPoint {
  /** Position in the design, from 0. */
  index: number;
  /** The swept values by parameter name (`{}` when nothing is swept). */
  values: Record<string, SweepValue>;
}

/**
 * The points of the experiment's sweep, in design order; one point with no values when nothing
 * is swept. Deterministic: a Latin hypercube is drawn only from the stream
 * `stream(experiment.seed, 'latinHypercube', 0)`.
 */
export function sweepPoints(experiment: Pick<Experiment, 'seed' | 'sweep'>): SweepPoint[] {
  const sweep = experiment.sweep;
  if (sweep === null) return [{ index: 0, values: {} }];
  switch (sweep.kind) {
    case 'grid':
      return gridPoints(sweep.parameters);
    case 'latinHypercube':
      return latinHypercubePoints(experiment.seed, sweep.samples, sweep.parameters);
    case 'morris':
      return unitPoints(morrisDesign(experiment.seed, sweep.trajectories, sweep.levels, sweep.parameters.length).flatMap((t) => t.points), sweep.parameters);
    case 'sobol':
      return unitPoints(saltelliDesign(experiment.seed, sweep.samples, sweep.parameters.length), sweep.parameters);
    case 'points':
      return sweep.values.map((row, index) => ({ index, values: Object.fromEntries(sweep.parameters.map((p, k) => [p.name, row[k]!])) }));
  }
}

/** Points of the unit cube mapped to parameter values through each parameter's distribution. */
function unitPoints(units: readonly (readonly number[])[], parameters: readonly SensitivityParameter[]): SweepPoint[] {
  return units.map((u, index) => ({ index, values: Object.fromEntries(parameters.map((p, k) => [p.name, valueAt(p, u[k]!)])) }));
}

/** How many points a sweep has (a grid's size without building it). */
export function sweepSize(sweep: Sweep | null): number {
  if (sweep === null) return 1;
  switch (sweep.kind) {
    case 'latinHypercube':
      return sweep.samples;
    case 'morris':
      return sweep.trajectories * (sweep.parameters.length + 1);
    case 'sobol':
      return sweep.samples * saltelliBlock(sweep.parameters.length);
    case 'points':
      return sweep.values.length;
    case 'grid':
      return sweep.parameters.reduce((n, p) => n * p.values.length, 1);
  }
}

/**
 * The point's values by JSON pointer (`path` of each parameter), in the sweep's parameter order:
 * what scenario composition applies and what run seeds are derived from.
 */
export function valuesByPath(experiment: Pick<Experiment, 'sweep'>, point: SweepPoint): Record<string, SweepValue> {
  const out: Record<string, SweepValue> = {};
  for (const parameter of experiment.sweep?.parameters ?? []) {
    const value = point.values[parameter.name];
    if (value === undefined) throw new Error(`sweep point ${point.index} has no value for parameter "${parameter.name}"`);
    Object.defineProperty(out, parameter.path, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Every combination of the parameters' values, row-major: the first parameter varies slowest and
 * the last fastest, each through its values in the order written. Point `i` takes value
 * `floor(i / (n_{k+1} · … · n_last)) mod n_k` of parameter `k`.
 */
export function gridPoints(parameters: readonly GridParameter[]): SweepPoint[] {
  const size = parameters.reduce((n, p) => n * p.values.length, 1);
  const points: SweepPoint[] = [];
  for (let index = 0; index < size; index++) {
    const values: Record<string, SweepValue> = {};
    let rest = index;
    for (let k = parameters.length - 1; k >= 0; k--) {
      const p = parameters[k]!;
      values[p.name] = p.values[rest % p.values.length]!;
      rest = Math.floor(rest / p.values.length);
    }
    points.push({ index, values: ordered(values, parameters) });
  }
  return points;
}

/**
 * A Latin hypercube of `samples` points. For each parameter, in order: its unit range is cut into
 * `samples` equal strata; a Fisher-Yates shuffle (for i from samples-1 down to 1, swap item i with
 * item floor(u·(i+1))) assigns one stratum to each point, then one uniform draw per point, in
 * point order, places the value inside its stratum. The position t in [0, 1) is mapped to the
 * range: linear `min + t·(max - min)`, log `exp(ln min + t·(ln max - ln min))`. Integer parameters
 * map t onto [min, max + 1) (in log space for `log`) and round down, so each whole number from
 * min to max is equally likely on a linear scale.
 */
export function latinHypercubePoints(seed: number, samples: number, parameters: readonly RangeParameter[]): SweepPoint[] {
  const rng = stream(seed, 'latinHypercube', 0);
  const columns = parameters.map((parameter) => {
    const strata = Array.from({ length: samples }, (_, i) => i);
    for (let i = samples - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    return strata.map((stratum) => scaled(parameter, (stratum + rng()) / samples));
  });
  return Array.from({ length: samples }, (_, index) => {
    const values: Record<string, SweepValue> = {};
    parameters.forEach((p, k) => (values[p.name] = columns[k]![index]!));
    return { index, values };
  });
}

/** The value at position t in [0, 1) of a parameter's range. */
function scaled(p: RangeParameter, t: number): number {
  const top = p.integer ? p.max + 1 : p.max;
  const x = p.scale === 'log'
    ? Math.exp(Math.log(p.min) + t * (Math.log(top) - Math.log(p.min)))
    : p.min + t * (top - p.min);
  const value = p.integer ? Math.floor(x) : x;
  return Math.min(p.max, Math.max(p.min, value)); // guards against rounding at the ends
}

/** The values in parameter order (keys inserted in that order). */
function ordered(values: Record<string, SweepValue>, parameters: readonly { name: string }[]): Record<string, SweepValue> {
  const out: Record<string, SweepValue> = {};
  for (const p of parameters) out[p.name] = values[p.name]!;
  return out;
}
