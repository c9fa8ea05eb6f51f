/**
 * Statistics of experiment results: pure functions of number arrays. Throughout, a value that
 * is not finite (NaN: the run produced none) is missing and skipped; sums run in index order,
 * so the same input gives the same bits.
 */
export { CONFIDENCE, describe, type Description } from './describe.ts';
export { tCritical } from './tCritical.ts';
export { quantile, p5p95, type Percentiles90 } from './quantile.ts';
export { pairedContrast, type PairedContrast } from './paired.ts';
