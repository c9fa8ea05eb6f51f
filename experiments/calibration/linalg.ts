/**
 * The little linear algebra APMC needs: a weighted covariance matrix, its Cholesky factor, and
 * the log density of a multivariate normal through that factor. Matrices are arrays of rows;
 * dimensions are the number of calibrated parameters (a handful), so nothing here is hot.
 */

/** Weighted mean and covariance (weights normalised; the biased, "population" form). */
export function weightedCovariance(points: readonly (readonly number[])[], weights: readonly number[]): { mean: number[]; cov: number[][] } {
  const k = points[0]?.length ?? 0;
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(k).fill(0);
  points.forEach((p, i) => p.forEach((v, c) => (mean[c]! += (weights[i]! / total) * v)));
  const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  points.forEach((p, i) => {
    const w = weights[i]! / total;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) cov[a]![b]! += w * (p[a]! - mean[a]!) * (p[b]! - mean[b]!);
  });
  return { mean, cov };
}

/**
 * The lower-triangular L with L·Lᵀ = m, or null when m is not positive definite (e.g. a
 * parameter that no longer varies among the particles).
 */
export function cholesky(m: readonly (readonly number[])[]): number[][] | null {
  const k = m.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i]![j]!;
      for (let c = 0; c < j; c++) sum -= l[i]![c]! * l[j]![c]!;
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i]![i] = Math.sqrt(sum);
      } else {
        l[i]![j] = sum / l[j]![j]!;
      }
    }
  }
  return l;
}

/** log N(x; μ, LLᵀ), for the Cholesky factor L of the covariance. */
export function logNormalDensity(x: readonly number[], mu: readonly number[], l: readonly (readonly number[])[]): number {
  const k = x.length;
  // Solve L z = x − μ by forward substitution; the quadratic form is zᵀz.
  const z = new Array<number>(k);
  let logDet = 0;
  for (let i = 0; i < k; i++) {
    let s = x[i]! - mu[i]!;
    for (let c = 0; c < i; c++) s -= l[i]![c]! * z[c]!;
    z[i] = s / l[i]![i]!;
    logDet += Math.log(l[i]![i]!);
  }
  const q = z.reduce((a, v) => a + v * v, 0);
  return -0.5 * q - logDet - (k / 2) * Math.log(2 * Math.PI);
}
