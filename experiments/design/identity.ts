import { ENGINE_VERSION } from '../../engine/version.ts';
import { canonicalJson, contentHash } from '../../base/hash.ts';
import type { Scenario } from '../../engine/scenario.ts';
import type { Experiment } from './types.ts';

/**
 * What makes two result folders the same experiment: the resolved design (the experiment without
 * the number of replications, so replicates can be added, and without the base scenario's path,
 * so the same files give the same identity from any folder or machine), the resolved base
 * scenario's content and the engine version. Runs from different identities are never mixed.
 */
export interface Identity {
  /** SHA-256 over the three parts below; its first 8 hex digits name the default folder. */
  hash: string;
  experimentHash: string;
  scenarioHash: string;
  engineVersion: string;
}

export function identityOf(experiment: Experiment, baseScenario: Scenario): Identity {
  const experimentHash = contentHash(design(experiment));
  const scenarioHash = contentHash(baseScenario);
  return { hash: contentHash({ experimentHash, scenarioHash, engineVersion: ENGINE_VERSION }), experimentHash, scenarioHash, engineVersion: ENGINE_VERSION };
}

function design(experiment: Experiment): Omit<Experiment, 'replications' | 'scenario'> {
  const { replications: _replications, scenario: _scenario, ...rest } = experiment;
  return rest;
}

/**
 * What differs between a folder's experiment and this one, in words naming the fields (for the
 * message refusing to mix them); empty when they are the same experiment.
 */
export function identityDifferences(before: { identity: Identity; experiment: Experiment }, now: { identity: Identity; experiment: Experiment }): string[] {
  if (before.identity.hash === now.identity.hash) return [];
  const out: string[] = [];
  if (before.identity.experimentHash !== now.identity.experimentHash) {
    const a = design(before.experiment) as Record<string, unknown>;
    const b = design(now.experiment) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
    out.push(`the experiment differs in ${fields.map((f) => `"${f}"`).join(', ') || 'its design'}`);
  }
  if (before.identity.scenarioHash !== now.identity.scenarioHash) out.push('the base scenario differs');
  if (before.identity.engineVersion !== now.identity.engineVersion) out.push(`the engine version differs (${before.identity.engineVersion} then, ${now.identity.engineVersion} now)`);
  return out;
}
