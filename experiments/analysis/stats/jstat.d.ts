/**
 * The part of jstat (no published types) that the statistics use. jstat is CommonJS, so under
 * ESM its `module.exports` arrives as the default export; `jStat` is a property of it.
 */
declare module 'jstat' {
  interface JStat {
    studentt: {
      /** Quantile of Student's t with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    normal: {
      /** Quantile of the normal distribution. */
      inv(p: number, mean: number, sd: number): number;
      /** Cumulative distribution function of the normal distribution. */
      cdf(x: number, mean: number, sd: number): number;
    };
  }
  const jstatModule: { jStat: JStat };
  export default jstatModule;
}
