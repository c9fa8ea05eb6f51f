/**
 * Parameters of the reference Schelling model, and the two sizes of the ABMFrameworksComparison
 * declaration (JuliaDynamics/ABMFrameworksComparison, Schelling/DECLARATION.md and its
 * benchmark scripts): a finite (non-periodic) grid, one agent per cell, two equal groups placed
 * at random, a Chebyshev neighbourhood of the given radius, 20 steps.
 */
export interface SchellingParams {
  /** Grid width and height in cells. */
  readonly width: number;
  readonly height: number;
  /** Number of agents; the first half is group 0, the rest group 1. Fewer than width x height. */
  readonly agents: number;
  /** Chebyshev radius of the neighbourhood (1: the 8 surrounding cells; 2: 24 cells). */
  readonly radius: number;
  /** The model's "minimum to be happy": similar neighbours an agent needs to become happy. */
  readonly minSimilar: number;
  /** Steps a benchmark run takes. */
  readonly steps: number;
}

/** small: 40 x 40, 1,000 agents, radius 1, happy with >= 3 similar neighbours, 20 steps. */
export const SMALL: SchellingParams = Object.freeze({ width: 40, height: 40, agents: 1000, radius: 1, minSimilar: 3, steps: 20 });

/** large: 100 x 100, 8,000 agents, radius 2, happy with >= 8 similar neighbours, 20 steps. */
export const LARGE: SchellingParams = Object.freeze({ width: 100, height: 100, agents: 8000, radius: 2, minSimilar: 8, steps: 20 });

export const SIZES = Object.freeze({ small: SMALL, large: LARGE });
export type SizeName = keyof typeof SIZES;

/** Checks parameters at the public boundary; throws a message naming the field. */
export function checkParams(p: SchellingParams): void {
  const ints: (keyof SchellingParams)[] = ['width', 'height', 'agents', 'radius', 'minSimilar', 'steps'];
  for (const k of ints) {
    if (!Number.isInteger(p[k]) || p[k] < 0) throw new RangeError(`schelling: ${k} must be a non-negative integer, got ${p[k]}`);
  }
  if (p.width < 1 || p.height < 1) throw new RangeError('schelling: width and height must be at least 1');
  if (p.agents >= p.width * p.height) throw new RangeError(`schelling: agents must be fewer than the ${p.width * p.height} cells, got ${p.agents}`);
}
