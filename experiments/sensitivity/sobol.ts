/**
 * First- and total-order Sobol' indices from Saltelli's design (see saltelliDesign.ts):
 * - first order (Saltelli et al. 2010, table 2 (b)): S_i = mean_j f(B)_j (f(AB⁽ⁱ⁾)_j − f(A)_j) / V;
 * - total order (Jansen 1999): S_Ti = mean_j (f(A)_j − f(AB⁽ⁱ⁾)_j)² / (2V);
 * with V the variance of the outputs of A and B together. S_i is the share of the output's
 * variance due to factor i alone; S_Ti adds every interaction it takes part in, so S_Ti ≈ 0
 * means the factor can be fixed anywhere in its range. Rows where an output is missing are
 * left out; intervals: rows resampled with replacement.
 */
import { bootstrapStream, percentileInterval, resample, type IndexEstimate } from './bootstrap.ts';
import type { BootstrapOptions } from './morris.ts';
import { saltelliBlock } from '../design/saltelliDesign.ts';

/** S_i and S_Ti of one factor. */
export interface SobolIndices {
  first: IndexEstimate;
  total: IndexEstimate;
}

/**
 * @param outputs - the output at every point of the design, in design order (row-major blocks
 *   `A_j, AB⁽¹⁾_j … AB⁽ᵏ⁾_j, B_j`)
 * @param factors - k
 */
export function sobolIndices(outputs: ArrayLike<number>, factors: number, options: BootstrapOptions): SobolIndices[] {
  const block = saltelliBlock(factors);
  const rows: number[] = [];
  for (let j = 0; j * block < outputs.length; j++) {
    let complete = true;
    for (let m = 0; m < block; m++) if (!Number.isFinite(outputs[j * block + m]!)) complete = false;
    if (complete) rows.push(j);
  }
  const at = (j: number, m: number): number => outputs[j * block + m]!;
  const estimate = (pick: ArrayLike<number>): { first: number[]; total: number[] } => {
    const n = pick.length;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += at(rows[pick[r]!]!, 0) + at(rows[pick[r]!]!, block - 1);
    const mean = sum / (2 * n);
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (at(rows[pick[r]!]!, 0) - mean) ** 2 + (at(rows[pick[r]!]!, block - 1) - mean) ** 2;
    const variance = ss / (2 * n);
    const first: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < factors; i++) {
      let s1 = 0;
      let st = 0;
      for (let r = 0; r < n; r++) {
        const j = rows[pick[r]!]!;
        const a = at(j, 0);
        const ab = at(j, 1 + i);
        s1 += at(j, block - 1) * (ab - a);
        st += (a - ab) ** 2;
      }
      // A constant output has no variance to share out: the indices are undefined.
      first.push(n > 0 && variance > 0 ? s1 / n / variance : NaN);
      total.push(n > 0 && variance > 0 ? st / (2 * n) / variance : NaN);
    }
    return { first, total };
  };
  const point = estimate(Uint32Array.from(rows.keys()));
  const firstReps = Array.from({ length: factors }, () => new Float64Array(options.resamples));
  const totalReps = Array.from({ length: factors }, () => new Float64Array(options.resamples));
  const rng = bootstrapStream(options.seed);
  for (let b = 0; b < options.resamples; b++) {
    const e = estimate(resample(rng, rows.length));
    for (let i = 0; i < factors; i++) {
      firstReps[i]![b] = e.first[i]!;
      totalReps[i]![b] = e.total[i]!;
    }
  }
  return Array.from({ length: factors }, (_, i) => {
    const [fLow, fHigh] = percentileInterval(firstReps[i]!, options.confidence);
    const [tLow, tHigh] = percentileInterval(totalReps[i]!, options.confidence);
    return {
      first: { estimate: point.first[i]!, ciLow: fLow, ciHigh: fHigh, n: rows.length },
      total: { estimate: point.total[i]!, ciLow: tLow, ciHigh: tHigh, n: rows.length },
    };
  });
}
