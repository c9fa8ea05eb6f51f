/// <reference path="./jstat.d.ts" />
import jstatModule from 'jstat';

/** Confidence level of every interval in the experiment statistics (two-sided). */
export const CONFIDENCE = 0.95;

const UPPER = 1 - (1 - CONFIDENCE) / 2;
const Z = jstatModule.jStat.normal.inv(UPPER, 0, 1);

// jstat's t quantile is good to ~5e-8 but degrades for very large df (1.9570 instead of 1.9600
// at df = 1e8). From df = 100 on, the Cornish-Fisher expansion in 1/df (Abramowitz & Stegun
// 26.7.5, four terms) is accurate to < 1e-10, so it takes over there.
const EXPANSION_FROM_DF = 100;
const Z2 = Z * Z;
const G1 = (Z * (Z2 + 1)) / 4;
const G2 = (Z * ((5 * Z2 + 16) * Z2 + 3)) / 96;
const G3 = (Z * (((3 * Z2 + 19) * Z2 + 17) * Z2 - 15)) / 384;
const G4 = (Z * ((((79 * Z2 + 776) * Z2 + 1482) * Z2 - 1920) * Z2 - 945)) / 92160;

/**
 * Two-sided critical value of Student's t at {@link CONFIDENCE}: the quantile
 * `1 - (1 - CONFIDENCE) / 2` with `df` degrees of freedom (R: `qt(0.975, df)`).
 *
 * @param df Degrees of freedom, > 0 (`Infinity` gives the normal quantile).
 * @throws RangeError when `df` is not > 0.
 */
export function tCritical(df: number): number {
  if (!(df > 0)) throw new RangeError(`tCritical: df = ${df} is not > 0`);
  if (df < EXPANSION_FROM_DF) return jstatModule.jStat.studentt.inv(UPPER, df);
  const v = 1 / df;
  return Z + v * (G1 + v * (G2 + v * (G3 + v * G4)));
}
