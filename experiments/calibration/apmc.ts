/**
 * APMC — adaptive population Monte Carlo ABC (Lenormand, Jabot & Deffuant 2013, "Adaptive
 * approximate Bayesian computation for complex models", Computational Statistics 28), a
 * sequential ABC designed for stochastic individual-based models: every generation runs a fixed
 * batch of simulations (a worker pool stays busy), the tolerance adapts by itself, and it stops
 * when new proposals rarely beat the last tolerance.
 *
 * Particles live in the unit cube: coordinate u_i is the prior's cumulative probability of
 * parameter i (distributions.ts maps it to a value), so the prior density is 1 inside the cube
 * and 0 outside, whatever the parameters' distributions, and a particle's importance weight is
 * 1 / Σ_j w̃_j φ_Σ(u − u_j).
 *
 * 1. Generation 0: N particles from the prior, weight 1; run; keep the N_α = ⌊αN⌋ closest, the
 *    tolerance ε being the largest kept distance.
 * 2. Generation t: propose N − N_α particles, each around a kept one picked with probability ∝
 *    its weight, perturbed by N(0, Σ) with Σ = 2 × the weighted covariance of the kept particles
 *    (Beaumont et al. 2009), redrawn until inside the cube; run; the acceptance rate is the share
 *    of new particles closer than ε; keep the N_α closest of kept ∪ new; new ε.
 * 3. Stop when the acceptance rate is at most `minAcceptance`, or after `maxGenerations`.
 *
 * This file is pure: simulations happen elsewhere; every random draw comes from
 * `stream(seed, 'apmc', generation)`.
 */
import { stream, normal, type Rng } from '../../engine/core/rng.ts';
import { cholesky, logNormalDensity, weightedCovariance } from './linalg.ts';

/** A particle: where it is (unit cube), its importance weight, and how far its runs were from the targets. */
export interface Particle {
  generation: number;
  /** Index within its generation (its sweep point). */
  index: number;
  u: number[];
  weight: number;
  distance: number;
}

/** Proposals redrawn at most this often before the perturbation is shrunk (a particle at a corner). */
const MAX_REDRAWS = 1000;

/** Generation 0: `count` particles drawn uniformly in the unit cube of `dimension`, weight 1. */
export function priorParticles(seed: number, count: number, dimension: number): Omit<Particle, 'distance'>[] {
  const rng = stream(seed, 'apmc', 0);
  return Array.from({ length: count }, (_, index) => ({ generation: 0, index, u: Array.from({ length: dimension }, () => rng()), weight: 1 }));
}

/** How many particles are kept each generation: ⌊αN⌋, at least 2 (a covariance needs two). */
export function keptCount(particles: number, alpha: number): number {
  return Math.max(2, Math.floor(alpha * particles));
}

/**
 * The `count` closest particles (ties: earlier generation, then lower index, so the choice never
 * depends on the order the list was built in) and the tolerance: the largest distance kept.
 */
export function keepClosest(particles: readonly Particle[], count: number): { kept: Particle[]; tolerance: number } {
  const sorted = [...particles].sort((a, b) => compareDistance(a.distance, b.distance) || a.generation - b.generation || a.index - b.index);
  const kept = sorted.slice(0, count);
  return { kept, tolerance: kept[kept.length - 1]?.distance ?? Infinity };
}

function compareDistance(a: number, b: number): number {
  if (a === b) return 0;
  if (Number.isNaN(a)) return 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

/**
 * Generation `generation`'s new particles: `count` proposals around the kept particles, with
 * their importance weights (see the module comment).
 */
export function proposeParticles(seed: number, generation: number, kept: readonly Particle[], count: number): Omit<Particle, 'distance'>[] {
  const rng = stream(seed, 'apmc', generation);
  const points = kept.map((p) => p.u);
  const weights = kept.map((p) => p.weight);
  const total = weights.reduce((a, b) => a + b, 0);
  const l = kernelFactor(points, weights);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  return Array.from({ length: count }, (_, index) => {
    const parent = pick(rng, cumulative);
    const u = perturb(rng, points[parent]!, l);
    let mixture = 0;
    points.forEach((p, j) => (mixture += (weights[j]! / total) * Math.exp(logNormalDensity(u, p, l))));
    return { generation, index, u, weight: 1 / mixture };
  });
}

/**
 * Cholesky factor of the kernel's covariance, 2 × the weighted covariance of the kept particles.
 * When it is singular (a coordinate no longer varies), a small variance is added along the
 * diagonal so that proposals can still move.
 */
export function kernelFactor(points: readonly (readonly number[])[], weights: readonly number[]): number[][] {
  const { cov } = weightedCovariance(points, weights);
  const doubled = cov.map((row) => row.map((v) => 2 * v));
  const l = cholesky(doubled);
  if (l !== null) return l;
  return cholesky(doubled.map((row, i) => row.map((v, j) => (i === j ? Math.max(v, 0) + 1e-6 : v))))
    ?? doubled.map((row, i) => row.map((v, j) => (i === j ? Math.sqrt(Math.max(v, 0) + 1e-6) : 0)));
}

/** An index drawn from a cumulative distribution. */
function pick(rng: Rng, cumulative: readonly number[]): number {
  const u = rng();
  const i = cumulative.findIndex((c) => u < c);
  return i < 0 ? cumulative.length - 1 : i;
}

/**
 * `centre` + L·z with z standard normal, redrawn until inside the unit cube (the prior's
 * support). After {@link MAX_REDRAWS} misses the step is halved, so a proposal always comes.
 */
function perturb(rng: Rng, centre: readonly number[], l: readonly (readonly number[])[]): number[] {
  let scale = 1;
  for (;;) {
    for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      const z = centre.map(() => normal(rng));
      const u = centre.map((c, i) => c + scale * l[i]!.reduce((s, lij, j) => s + lij * z[j]!, 0));
      if (u.every((v) => v >= 0 && v <= 1)) return u;
    }
    scale /= 2;
  }
}

/** The acceptance rate of a generation: the share of its new particles closer than the previous tolerance. */
export function acceptanceRate(fresh: readonly Particle[], tolerance: number): number {
  return fresh.length === 0 ? 0 : fresh.filter((p) => p.distance < tolerance).length / fresh.length;
}

/**
 * The distance of simulated values from the targets: the root mean square of the misfits, each in
 * units of its target's sd or tolerance. Infinite when a value is missing.
 */
export function distance(simulated: readonly number[], observed: readonly number[], scales: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < observed.length; j++) {
    const z = (simulated[j]! - observed[j]!) / scales[j]!;
    if (!Number.isFinite(z)) return Infinity;
    sum += z * z;
  }
  return Math.sqrt(sum / observed.length);
}

/** What one generation did. */
export interface Generation {
  generation: number;
  /** The particles it simulated, with their distances. */
  fresh: Particle[];
  /** Tolerance after it: the largest distance among the particles kept. */
  tolerance: number;
  /** Share of its particles closer than the previous tolerance (1 for generation 0). */
  acceptance: number;
  /** The particles kept after it (the posterior sample once the algorithm stops). */
  kept: Particle[];
}

/**
 * Kish's effective sample size of weighted particles, (Σw)² / Σw²: N for equal weights, near 1
 * when one particle carries the weight. Particles kept from early generations, proposed from a
 * wide kernel, can carry far larger weights than later ones (a weight is 1 / the proposal density,
 * which grows as the kernel narrows), so the posterior may rest on few particles.
 */
export function effectiveSampleSize(particles: readonly Particle[]): number {
  let sum = 0;
  let squares = 0;
  for (const p of particles) {
    sum += p.weight;
    squares += p.weight * p.weight;
  }
  return squares > 0 ? (sum * sum) / squares : 0;
}

/** The settings APMC reads. */
export interface ApmcOptions {
  particles: number;
  alpha: number;
  minAcceptance: number;
  maxGenerations: number;
}

/**
 * Runs APMC (see the module comment).
 * @param simulate - runs a generation's particles and returns each one's distance to the targets,
 *   in particle order
 * @param onGeneration - told after each generation (progress)
 * @returns every generation; the last one's `kept` is the posterior sample
 */
export async function apmc(
  seed: number,
  options: ApmcOptions,
  dimension: number,
  simulate: (generation: number, particles: readonly Omit<Particle, 'distance'>[]) => Promise<readonly number[]>,
  onGeneration?: (g: Generation) => void,
): Promise<Generation[]> {
  const keep = keptCount(options.particles, options.alpha);
  const generations: Generation[] = [];
  const run = async (generation: number, proposals: Omit<Particle, 'distance'>[]): Promise<Particle[]> => {
    const distances = await simulate(generation, proposals);
    return proposals.map((p, i) => ({ ...p, distance: distances[i]! }));
  };
  const first = await run(0, priorParticles(seed, options.particles, dimension));
  let { kept, tolerance } = keepClosest(first, keep);
  generations.push({ generation: 0, fresh: first, tolerance, acceptance: 1, kept });
  onGeneration?.(generations[0]!);
  for (let t = 1; t < options.maxGenerations; t++) {
    const fresh = await run(t, proposeParticles(seed, t, kept, options.particles - keep));
    const acceptance = acceptanceRate(fresh, tolerance);
    ({ kept, tolerance } = keepClosest([...kept, ...fresh], keep));
    generations.push({ generation: t, fresh, tolerance, acceptance, kept });
    onGeneration?.(generations[t]!);
    if (acceptance <= options.minAcceptance) break;
  }
  return generations;
}
