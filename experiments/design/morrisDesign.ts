/**
 * Morris's (1991) one-at-a-time design: `r` trajectories through a grid of `p` levels on the unit
 * cube, each of k + 1 points, each step moving one factor by Δ = p / (2(p − 1)) up or down. The
 * elementary effect of the factor moved is the change of the output over Δ.
 */
import { stream } from '../../engine/core/rng.ts';

/** One step of a trajectory: which factor moved, and whether it went up (+1) or down (−1). */
export interface MorrisStep {
  factor: number;
  sign: 1 | -1;
}

/** A trajectory: k + 1 points of the unit cube, and the k steps between them. */
export interface MorrisTrajectory {
  points: number[][];
  steps: MorrisStep[];
}

/** The step Δ on the unit interval for `levels` levels: p / (2(p − 1)), e.g. 2/3 for 4 levels. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/**
 * The design's trajectories, drawn from `stream(seed, 'morris', 0)` only. For each trajectory in
 * turn: a base level for every factor, uniform on the p/2 levels from which a step of Δ stays in
 * [0, 1]; a direction for every factor (up or down, equally likely); the order in which the
 * factors move (a Fisher-Yates shuffle). A factor going down starts Δ higher. Levels are kept as
 * whole numbers and divided by p − 1 at the end, so values are exact grid levels.
 *
 * @param levels - p, even and at least 2
 * @param factors - k, the number of parameters
 */
export function morrisDesign(seed: number, trajectories: number, levels: number, factors: number): MorrisTrajectory[] {
  if (!(levels >= 2 && levels % 2 === 0)) throw new RangeError(`morrisDesign: levels must be even and at least 2, got ${levels}`);
  const rng = stream(seed, 'morris', 0);
  const half = levels / 2; // Δ in grid steps
  const out: MorrisTrajectory[] = [];
  for (let t = 0; t < trajectories; t++) {
    const base = Array.from({ length: factors }, () => Math.floor(rng() * half));
    const signs = Array.from({ length: factors }, (): 1 | -1 => (rng() < 0.5 ? 1 : -1));
    const order = Array.from({ length: factors }, (_, i) => i);
    for (let i = factors - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const level = base.map((b, i) => (signs[i] === 1 ? b : b + half));
    const points = [level.map((l) => l / (levels - 1))];
    const steps: MorrisStep[] = [];
    for (const factor of order) {
      level[factor] += signs[factor]! * half;
      points.push(level.map((l) => l / (levels - 1)));
      steps.push({ factor, sign: signs[factor]! });
    }
    out.push({ points, steps });
  }
  return out;
}
