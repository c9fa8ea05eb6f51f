import { ENGINE_VERSION } from '../engine/version.ts';
import { contentHash } from '../scenarios/hash.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Experiment } from './types.ts';

/**
 * What makes two result folders the same experiment: the resolved experiment (all but the number
 * of replications, so replicates can be added to a folder), the resolved base scenario and the
 * engine version. Runs from different identities are never mixed in one folder.
 */
export interface Identity {
  /** SHA-256 over the three parts below; its first 8 hex digits name the default folder. */
  hash: string;
  experimentHash: string;
  scenarioHash: string;
  engineVersion: string;
}

export function identityOf(experiment: Experiment, baseScenario: Scenario): Identity {
  const { replications: _replications, ...design } = experiment;
  const experimentHash = contentHash(design);
  const scenarioHash = contentHash(baseScenario);
  return { hash: contentHash({ experimentHash, scenarioHash, engineVersion: ENGINE_VERSION }), experimentHash, scenarioHash, engineVersion: ENGINE_VERSION };
}

/** Which parts of two identities differ, in words (for the message refusing to mix them). */
export function identityDifferences(a: Identity, b: Identity): string[] {
  const out: string[] = [];
  if (a.experimentHash !== b.experimentHash) out.push('the experiment file differs');
  if (a.scenarioHash !== b.scenarioHash) out.push('the base scenario differs');
  if (a.engineVersion !== b.engineVersion) out.push(`the engine version differs (${a.engineVersion} vs ${b.engineVersion})`);
  return out;
}
