import { createHash } from 'node:crypto';
import { canonicalJson } from '../../base/hash.ts';

/**
 * The seed of one run, derived from its identity: the experiment's master seed, the values of the
 * sweep point (by parameter path) and the replicate number. The arm is deliberately not part of
 * it: every arm runs replicate r of a point with the same seed (common random numbers), so arm
 * comparisons are paired. Nothing positional enters (no run counter, no point index), so adding
 * arms, sweep points or replicates never changes the seed of an existing run.
 *
 * @returns an integer in [0, 2^32), the first 32 bits of SHA-256 of the identity
 */
export function runSeed(masterSeed: number, pointValuesByPath: Readonly<Record<string, unknown>>, replicate: number): number {
  const digest = createHash('sha256').update(canonicalJson(['ronghe-run-seed', masterSeed, pointValuesByPath, replicate])).digest();
  return digest.readUInt32BE(0);
}
