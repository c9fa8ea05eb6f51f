/**
 * The standard normal distribution's density and distribution function, for estimates made
 * without drawing (planned intervention use). Deterministic arithmetic only.
 */

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Standard normal distribution function Φ(z) = erfc(−z/√2)/2, with the Chebyshev fit of erfc
 * of Numerical Recipes (Press et al., 2007, §6.2.2; fractional error below 1.2e-7 everywhere).
 */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.5 * a);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfcA = t * Math.exp(-a * a + poly);
  return 0.5 * (x >= 0 ? erfcA : 2 - erfcA);
}
