import type { Rng } from './rng.ts';

/**
 * Walker's alias table over a range of weights: O(n) to build, O(1) per draw. Used to pick the
 * resident a new need arises to, in proportion to each resident's need rate.
 */
export class AliasTable {
  readonly total: number;
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: Float64Array) {
    const n = weights.length;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i];
    this.total = total;
    if (n === 0 || total <= 0) return;
    const scaled = this.prob;
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let ns = 0;
    let nl = 0;
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i] * n) / total;
      if (scaled[i] < 1) small[ns++] = i;
      else large[nl++] = i;
    }
    while (ns > 0 && nl > 0) {
      const s = small[--ns];
      const l = large[nl - 1];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) {
        nl--;
        small[ns++] = l;
      }
    }
    // Leftovers are 1 up to rounding error.
    while (nl > 0) scaled[large[--nl]] = 1;
    while (ns > 0) scaled[small[--ns]] = 1;
  }

  /** An index in [0, n), drawn with probability weight/total (two uniforms). */
  draw(rng: Rng): number {
    return this.pick(rng(), rng());
  }

  /** The index that uniforms u (the column) and v (the coin) pick, as `draw` does with them. */
  pick(u: number, v: number): number {
    const i = Math.floor(u * this.prob.length);
    return v < this.prob[i] ? i : this.alias[i];
  }
}
