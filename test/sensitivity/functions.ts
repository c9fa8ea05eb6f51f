/**
 * Test functions of sensitivity analysis with known answers, evaluated on unit-cube points.
 */

/** Ishigami & Homma (1990) on [−π, π]³ with a = 7, b = 0.1. */
export function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

/**
 * The analytic Sobol' indices of the Ishigami function (Saltelli et al. 2008, §4.3; a = 7,
 * b = 0.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 − 1/50).
 */
export function ishigamiIndices(a = 7, b = 0.1): { first: number[]; total: number[] } {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = (1 + (b * pi4) / 5) ** 2 / 2;
  const v2 = a ** 2 / 8;
  const v13 = b ** 2 * pi8 * (1 / 18 - 1 / 50);
  const v = v1 + v2 + v13;
  return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/**
 * Sobol's G function: Π (|4u_i − 2| + a_i) / (1 + a_i). The smaller a_i, the more u_i matters;
 * with a = (0, 1, 4.5, 9, 99, 99) the importance order is u1 > u2 > u3 > u4 > {u5, u6} (Saltelli
 * et al. 2008, §3.6, the example used to show Morris's μ*).
 */
export const G_COEFFICIENTS = [0, 1, 4.5, 9, 99, 99];

export function gFunction(u: readonly number[]): number {
  return u.reduce((product, v, i) => product * ((Math.abs(4 * v - 2) + G_COEFFICIENTS[i]!) / (1 + G_COEFFICIENTS[i]!)), 1);
}
