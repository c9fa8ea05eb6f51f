/**
 * Saltelli's (2002, 2010) design for first- and total-order Sobol' indices: two independent
 * samples A and B of N points in the unit cube, and for every factor i the matrix AB⁽ⁱ⁾ — A with
 * column i taken from B. N (k + 2) model runs estimate all 2k indices.
 *
 * Saltelli's scheme usually draws A and B from a Sobol' low-discrepancy sequence. No maintained
 * npm package provides one, and a hand-copied table of direction numbers is easy to get subtly
 * wrong, so ronghe draws them pseudo-randomly from a named seeded stream: the estimates converge
 * as 1/√N rather than about 1/N, which more samples make up for, and the rows are independent,
 * which the bootstrap intervals assume.
 */
import { stream } from '../../engine/core/rng.ts';

/** Points per row of the design: A, the k rows AB⁽ⁱ⁾, B. */
export function saltelliBlock(factors: number): number {
  return factors + 2;
}

/**
 * The design's points in the unit cube, row by row: for row j, `A_j`, then `AB⁽¹⁾_j … AB⁽ᵏ⁾_j`,
 * then `B_j` (so point j(k + 2) + m; a row's runs sit together in the plan). Drawn from
 * `stream(seed, 'saltelli', 0)` only: for each row, the k coordinates of A_j, then those of B_j.
 */
export function saltelliDesign(seed: number, samples: number, factors: number): number[][] {
  const rng = stream(seed, 'saltelli', 0);
  const points: number[][] = [];
  for (let j = 0; j < samples; j++) {
    const a = Array.from({ length: factors }, () => rng());
    const b = Array.from({ length: factors }, () => rng());
    points.push(a);
    for (let i = 0; i < factors; i++) points.push(a.map((v, c) => (c === i ? b[i]! : v)));
    points.push(b);
  }
  return points;
}
