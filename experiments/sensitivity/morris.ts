/**
 * Morris elementary effects: for every trajectory and factor, the change of the output over the
 * step Δ (in the unit cube, so effects of parameters with different units compare); per factor,
 * their mean μ, the mean of their absolute values μ* (Campolongo et al. 2007: the measure of
 * importance, immune to effects of opposite sign cancelling) and their standard deviation σ
 * (non-linearity and interactions). Intervals: trajectories resampled with replacement.
 */
import { bootstrapStream, percentileInterval, resample, type IndexEstimate } from './bootstrap.ts';
import type { MorrisTrajectory } from '../design/morrisDesign.ts';

/** μ*, μ and σ of one factor. */
export interface MorrisIndices {
  muStar: IndexEstimate;
  mu: IndexEstimate;
  sigma: IndexEstimate;
}

/** Bootstrap settings and the seed of the resampling stream. */
export interface BootstrapOptions {
  resamples: number;
  confidence: number;
  seed: number;
}

/**
 * The elementary effects, `effects[trajectory][factor]`: sign · (y_after − y_before) / Δ; NaN
 * where an output is missing (a failed run).
 * @param outputs - the output at every point of the design, in design order (trajectory-major)
 */
export function elementaryEffects(design: readonly MorrisTrajectory[], outputs: ArrayLike<number>, delta: number): Float64Array[] {
  return design.map((trajectory, t) => {
    const first = t * trajectory.points.length;
    const effects = new Float64Array(trajectory.steps.length).fill(NaN);
    trajectory.steps.forEach((step, s) => {
      effects[step.factor] = (step.sign * (outputs[first + s + 1]! - outputs[first + s]!)) / delta;
    });
    return effects;
  });
}

/** μ*, μ and σ of every factor, with bootstrap intervals (see the module comment). */
export function morrisIndices(design: readonly MorrisTrajectory[], outputs: ArrayLike<number>, delta: number, options: BootstrapOptions): MorrisIndices[] {
  const effects = elementaryEffects(design, outputs, delta);
  const factors = design[0]?.steps.length ?? 0;
  const r = effects.length;
  const replicates = Array.from({ length: factors }, () => ({ muStar: new Float64Array(options.resamples), mu: new Float64Array(options.resamples), sigma: new Float64Array(options.resamples) }));
  const rng = bootstrapStream(options.seed);
  for (let b = 0; b < options.resamples; b++) {
    const pick = resample(rng, r);
    for (let i = 0; i < factors; i++) {
      const m = moments(pick, effects, i);
      replicates[i]!.muStar[b] = m.muStar;
      replicates[i]!.mu[b] = m.mu;
      replicates[i]!.sigma[b] = m.sigma;
    }
  }
  const all = Uint32Array.from({ length: r }, (_, t) => t);
  return Array.from({ length: factors }, (_, i) => {
    const m = moments(all, effects, i);
    const interval = (name: 'muStar' | 'mu' | 'sigma'): IndexEstimate => {
      const [ciLow, ciHigh] = percentileInterval(replicates[i]![name], options.confidence);
      return { estimate: m[name], ciLow, ciHigh, n: m.n };
    };
    return { muStar: interval('muStar'), mu: interval('mu'), sigma: interval('sigma') };
  });
}

/** Mean, mean absolute value and SD (n − 1) of factor i's effects over the picked trajectories. */
function moments(pick: Uint32Array, effects: readonly Float64Array[], i: number): { mu: number; muStar: number; sigma: number; n: number } {
  let n = 0;
  let sum = 0;
  let sumAbs = 0;
  for (const t of pick) {
    const e = effects[t]![i]!;
    if (!Number.isFinite(e)) continue;
    n++;
    sum += e;
    sumAbs += Math.abs(e);
  }
  if (n === 0) return { mu: NaN, muStar: NaN, sigma: NaN, n };
  const mu = sum / n;
  let ss = 0;
  for (const t of pick) {
    const e = effects[t]![i]!;
    if (Number.isFinite(e)) ss += (e - mu) ** 2;
  }
  return { mu, muStar: sumAbs / n, sigma: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN, n };
}
