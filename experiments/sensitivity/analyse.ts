/**
 * The sensitivity indices of a Morris or Sobol' experiment, computed from its `runs.csv` (so a
 * merged folder gets them exactly as a single-machine run) and written to `sensitivity.csv`:
 * per arm, outcome of interest, parameter and index, the estimate with its bootstrap interval.
 * The output at a point is the mean over replicates of the outcome's final-year value; every
 * point runs the same replicate seeds (common random numbers, see plan.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvFile } from '../../output/csvFile.ts';
import type { Experiment, SensitivitySweep } from '../design/types.ts';
import type { IndexEstimate } from './bootstrap.ts';
import { morrisIndices } from './morris.ts';
import { morrisDelta, morrisDesign } from '../design/morrisDesign.ts';
import { sobolIndices } from './sobol.ts';
import { RUNS_TABLE, SENSITIVITY_TABLE } from '../../output/names.ts';

/** The index that ranks parameters: μ* for Morris, the total-order index for Sobol'. */
export const RANKING_INDEX = { morris: 'mu_star', sobol: 'ST' } as const;

/** One row of `sensitivity.csv`. */
export interface SensitivityRow extends IndexEstimate {
  arm: string;
  outcome: string;
  method: 'morris' | 'sobol';
  parameter: string;
  /** `mu_star`, `mu`, `sigma` (Morris); `S1`, `ST` (Sobol'). */
  index: string;
  confidence: number;
  /** 1 for the parameter with the largest ranking index (see {@link RANKING_INDEX}) of its arm and outcome. */
  rank: number;
}

/** Whether the experiment's sweep is a sensitivity design. */
export function isSensitivity(experiment: Pick<Experiment, 'sweep'>): experiment is { sweep: SensitivitySweep } {
  return experiment.sweep?.kind === 'morris' || experiment.sweep?.kind === 'sobol';
}

/**
 * Computes the indices from `<dir>/runs.csv` and writes `<dir>/sensitivity.csv` atomically.
 * @returns the rows written, in file order: arm, outcome, parameter in design order, index
 */
export function writeSensitivity(dir: string, experiment: Experiment): SensitivityRow[] {
  if (!isSensitivity(experiment)) throw new Error(`experiment "${experiment.name}" has no Morris or Sobol' design`);
  const sweep = experiment.sweep as SensitivitySweep;
  const outputs = pointMeans(join(dir, RUNS_TABLE), experiment);
  const rows: SensitivityRow[] = [];
  for (const arm of experiment.arms) {
    for (const outcome of experiment.outcomes) {
      const y = outputs.get(`${arm.name}\n${outcome.metric}`) ?? new Float64Array(0);
      rows.push(...indicesOf(sweep, experiment.seed, y, arm.name, outcome.metric));
    }
  }
  const csv = new CsvFile(join(dir, SENSITIVITY_TABLE), ['arm', 'outcome', 'method', 'parameter', 'index', 'estimate', 'ci_low', 'ci_high', 'confidence', 'n', 'rank']);
  for (const r of rows) csv.row([r.arm, r.outcome, r.method, r.parameter, r.index, r.estimate, r.ciLow, r.ciHigh, r.confidence, r.n, r.rank]);
  csv.commit();
  return rows;
}

/** The rows of one arm and outcome, from the output at every point of the design. */
export function indicesOf(sweep: SensitivitySweep, seed: number, y: Float64Array, arm: string, outcome: string): SensitivityRow[] {
  const options = { resamples: sweep.bootstrap, confidence: sweep.confidence, seed };
  const k = sweep.parameters.length;
  const perParameter: [string, IndexEstimate][][] =
    sweep.kind === 'morris'
      ? morrisIndices(morrisDesign(seed, sweep.trajectories, sweep.levels, k), y, morrisDelta(sweep.levels), options).map((m) => [['mu_star', m.muStar], ['mu', m.mu], ['sigma', m.sigma]])
      : sobolIndices(y, k, options).map((s) => [['S1', s.first], ['ST', s.total]]);
  const ranking = RANKING_INDEX[sweep.kind];
  const key = perParameter.map((indices) => indices.find(([name]) => name === ranking)![1].estimate);
  // Largest first; undefined (NaN) last; ties in design order.
  const order = key.map((_, i) => i).sort((a, b) => (Number.isNaN(key[a]!) ? 1 : 0) - (Number.isNaN(key[b]!) ? 1 : 0) || key[b]! - key[a]! || a - b);
  const rank = new Array<number>(k);
  order.forEach((i, position) => (rank[i] = position + 1));
  return perParameter.flatMap((indices, i) =>
    indices.map(([index, e]) => ({ arm, outcome, method: sweep.kind, parameter: sweep.parameters[i]!.name, index, ...e, confidence: sweep.confidence, rank: rank[i]! })),
  );
}

/**
 * Mean over replicates of every outcome of interest at every point, by `arm\noutcome`, read from
 * runs.csv (columns: arm, point, the swept parameters, replicate, seed, metric, value) in file
 * order, so the sums run in the same order on every machine. NaN where no replicate has a value.
 */
function pointMeans(file: string, experiment: Experiment): Map<string, Float64Array> {
  const size = pointCount(experiment.sweep as SensitivitySweep);
  const wanted = new Set(experiment.outcomes.map((o) => o.metric));
  const sums = new Map<string, Float64Array>();
  const counts = new Map<string, Float64Array>();
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l]!;
    if (line === '') continue;
    const cells = line.split(',');
    const metric = cells[cells.length - 2]!;
    if (!wanted.has(metric)) continue;
    const value = Number(cells[cells.length - 1]);
    if (!Number.isFinite(value)) continue; // NA: the run produced no value
    const key = `${cells[0]}\n${metric}`;
    if (!sums.has(key)) {
      sums.set(key, new Float64Array(size));
      counts.set(key, new Float64Array(size));
    }
    const point = Number(cells[1]);
    sums.get(key)![point] += value;
    counts.get(key)![point]++;
  }
  const means = new Map<string, Float64Array>();
  for (const [key, sum] of sums) {
    const count = counts.get(key)!;
    means.set(key, sum.map((s, p) => (count[p]! > 0 ? s / count[p]! : NaN)));
  }
  return means;
}

function pointCount(sweep: SensitivitySweep): number {
  return sweep.kind === 'morris' ? sweep.trajectories * (sweep.parameters.length + 1) : sweep.samples * (sweep.parameters.length + 2);
}

/** The rows of a folder's `sensitivity.csv` (none when it has no such file). */
export function readSensitivity(dir: string): SensitivityRow[] {
  const file = join(dir, SENSITIVITY_TABLE);
  if (!existsSync(file)) return [];
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((cell, c) => [names[c], cell]));
    const number = (name: string) => (cells[name] === 'NA' ? NaN : Number(cells[name]));
    return {
      arm: cells.arm!,
      outcome: cells.outcome!,
      method: cells.method as SensitivityRow['method'],
      parameter: cells.parameter!,
      index: cells.index!,
      estimate: number('estimate'),
      ciLow: number('ci_low'),
      ciHigh: number('ci_high'),
      confidence: number('confidence'),
      n: number('n'),
      rank: number('rank'),
    };
  });
}
