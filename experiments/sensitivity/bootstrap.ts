/**
 * Percentile bootstrap (Efron & Tibshirani 1993): an index is recomputed on resamples drawn with
 * replacement from the units it averages over (Morris trajectories, Saltelli rows), and the
 * interval is the central `confidence` share of the recomputed values.
 */
import { stream, type Rng } from '../../engine/core/rng.ts';
import { quantile } from '../analysis/stats/index.ts';

/** An index: its estimate on all units, its bootstrap interval, and how many units it used. */
export interface IndexEstimate {
  estimate: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

/**
 * The resampling stream. Every analysis of a folder draws the same resamples (one stream name),
 * so the interval of one outcome does not depend on which other outcomes were analysed.
 */
export function bootstrapStream(seed: number): Rng {
  return stream(seed, 'sensitivityBootstrap', 0);
}

/** `n` indices drawn uniformly with replacement from 0 … n − 1. */
export function resample(rng: Rng, n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * n);
  return out;
}

/** The central `confidence` interval of bootstrap replicates (type-7 quantiles; non-finite skipped). */
export function percentileInterval(replicates: Float64Array, confidence: number): [number, number] {
  const sorted = Float64Array.from(replicates).sort();
  const tail = (1 - confidence) / 2;
  return [quantile(sorted, tail), quantile(sorted, 1 - tail)];
}
