/**
 * From a position in the unit interval to a parameter's value: the inverse of the cumulative
 * distribution of its range. Designs (Morris levels, Saltelli samples, calibration particles)
 * work in the unit cube, where every parameter is uniform, and map each coordinate through this
 * function only when a scenario is composed, so one design serves every distribution.
 */
import jstatModule from 'jstat';
import type { SensitivityParameter } from './types.ts';

const { jStat } = jstatModule;

/**
 * The value at cumulative probability `u` in [0, 1] of the parameter's distribution, always in
 * [min, max]:
 * - `uniform`: `min + u·(max − min)`;
 * - `logUniform`: uniform in log space, `exp(ln min + u·(ln max − ln min))`;
 * - `triangular`: the triangle on [min, max] peaking at `mode`;
 * - `normal`: N(mean, sd²) truncated to [min, max], so both ends are finite (Morris levels reach
 *   0 and 1, and a scenario must never receive an infinite value).
 */
export function valueAt(parameter: SensitivityParameter, u: number): number {
  const { min, max } = parameter;
  const t = u < 0 ? 0 : u > 1 ? 1 : u;
  const d = parameter.distribution;
  let x: number;
  switch (d.kind) {
    case 'uniform':
      x = min + t * (max - min);
      break;
    case 'logUniform':
      x = Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min)));
      break;
    case 'triangular': {
      const width = max - min;
      const split = (d.mode - min) / width;
      x = t < split ? min + Math.sqrt(t * width * (d.mode - min)) : max - Math.sqrt((1 - t) * width * (max - d.mode));
      break;
    }
    case 'normal': {
      const lo = jStat.normal.cdf(min, d.mean, d.sd);
      const hi = jStat.normal.cdf(max, d.mean, d.sd);
      const p = lo + t * (hi - lo);
      // At the very ends the quantile is infinite or loses precision: the bounds themselves.
      x = p <= 0 ? min : p >= 1 ? max : jStat.normal.inv(p, d.mean, d.sd);
      break;
    }
  }
  return x < min ? min : x > max ? max : x; // guards against rounding at the ends
}
