/**
 * A township's scratch for one day's need arrivals: four uniforms per need (resident column,
 * resident coin, category, cross-department), then the resident and category each resolves to.
 */
export class NeedDraws {
  uniforms = new Float64Array(4 * 256);
  resident = new Int32Array(256);
  category = new Uint8Array(256);
  /** Sink for the prefetching pass's reads (kept so that the compiler cannot drop them). */
  prefetched = 0;

  /** Grows the buffers to hold `n` needs. */
  reserve(n: number): this {
    if (n > this.resident.length) {
      const size = Math.max(n, 2 * this.resident.length);
      this.uniforms = new Float64Array(4 * size);
      this.resident = new Int32Array(size);
      this.category = new Uint8Array(size);
    }
    return this;
  }
}
