/**
 * What a finished calibration reports: the posterior of each parameter (weighted mean, SD and
 * quantiles over the kept particles), and the fit per target (the kept particles' simulated
 * values, and runs of the calibrated scenario itself).
 */
import { describe } from '../analysis/stats/index.ts';
import type { Particle } from './apmc.ts';
import type { Calibration } from './types.ts';
import { valueAt } from '../design/distributions.ts';

/** The posterior of one parameter. */
export interface ParameterPosterior {
  name: string;
  path: string;
  mean: number;
  sd: number;
  q025: number;
  median: number;
  q975: number;
}

/** The fit of one target. */
export interface TargetFit {
  name: string;
  observed: number;
  scale: number;
  scaleKind: 'sd' | 'tolerance';
  /** Weighted mean and 2.5–97.5% range of the kept particles' simulated values. */
  posteriorMean: number;
  posteriorLow: number;
  posteriorHigh: number;
  /** Runs of the calibrated scenario: n, mean and its 95% CI. */
  checkN: number;
  checkMean: number;
  checkLow: number;
  checkHigh: number;
  /** (checkMean − observed) / scale. */
  z: number;
  /** Within the tolerance, or within 2 standard errors. */
  fits: boolean;
}

/** A particle's parameter values. */
export function particleValues(calibration: Calibration, particle: Pick<Particle, 'u'>): number[] {
  return calibration.parameters.map((p, i) => valueAt(p, particle.u[i]!));
}

/** The weighted posterior of every parameter over the kept particles. */
export function posteriorOf(calibration: Calibration, kept: readonly Particle[]): ParameterPosterior[] {
  const weights = kept.map((p) => p.weight);
  return calibration.parameters.map((parameter, i) => {
    const x = kept.map((p) => valueAt(parameter, p.u[i]!));
    const { mean, sd } = weightedMoments(x, weights);
    return { name: parameter.name, path: parameter.path, mean, sd, q025: weightedQuantile(x, weights, 0.025), median: weightedQuantile(x, weights, 0.5), q975: weightedQuantile(x, weights, 0.975) };
  });
}

/**
 * The fit per target.
 * @param simulated - the kept particles' simulated target values (replicate means), in `kept` order
 * @param check - the calibrated scenario's runs: `check[replicate][target]`
 */
export function fitOf(calibration: Calibration, kept: readonly Particle[], simulated: readonly (readonly number[])[], check: readonly (readonly number[])[]): TargetFit[] {
  const weights = kept.map((p) => p.weight);
  return calibration.targets.map((target, j) => {
    const x = simulated.map((row) => row[j]!);
    const finite = x.map((v, i) => (Number.isFinite(v) ? i : -1)).filter((i) => i >= 0);
    const fx = finite.map((i) => x[i]!);
    const fw = finite.map((i) => weights[i]!);
    const d = describe(Float64Array.from(check.map((row) => row[j]!)));
    const z = (d.mean - target.value) / target.scale;
    return {
      name: target.name,
      observed: target.value,
      scale: target.scale,
      scaleKind: target.scaleKind,
      posteriorMean: weightedMoments(fx, fw).mean,
      posteriorLow: weightedQuantile(fx, fw, 0.025),
      posteriorHigh: weightedQuantile(fx, fw, 0.975),
      checkN: d.n,
      checkMean: d.mean,
      checkLow: d.ciLow,
      checkHigh: d.ciHigh,
      z,
      fits: Math.abs(z) <= (target.scaleKind === 'sd' ? 2 : 1),
    };
  });
}

function weightedMoments(x: readonly number[], w: readonly number[]): { mean: number; sd: number } {
  const total = w.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return { mean: NaN, sd: NaN };
  const mean = x.reduce((s, v, i) => s + (w[i]! / total) * v, 0);
  const variance = x.reduce((s, v, i) => s + (w[i]! / total) * (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * The weighted quantile: the smallest value whose cumulative weight reaches p (the inverse of the
 * weighted empirical distribution); ties in value keep their input order.
 */
export function weightedQuantile(x: readonly number[], w: readonly number[], p: number): number {
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  const total = w.reduce((a, b) => a + b, 0);
  if (order.length === 0 || !(total > 0)) return NaN;
  let cumulative = 0;
  for (const i of order) {
    cumulative += w[i]!;
    if (cumulative >= p * total) return x[i]!;
  }
  return x[order[order.length - 1]!]!;
}
