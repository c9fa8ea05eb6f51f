import { ENGINE_VERSION } from '../engine/version.ts';
import { contentHash } from '../base/hash.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { PatternResult } from './pattern.ts';

/**
 * The patterns' results as JSON for tools and records: what was run (engine version, scenario
 * and its hash, seeds, the command) and, per pattern, every check with its per-seed values and
 * every seed's measurements. No timestamps, so a rerun writes the same bytes.
 */
export function patternsJson(results: readonly PatternResult[], scenario: Scenario, scenarioFile: string, command: string): string {
  return (
    JSON.stringify(
      {
        engineVersion: ENGINE_VERSION,
        command,
        scenario: { file: scenarioFile, name: scenario.name, hash: contentHash(scenario) },
        seeds: results[0]?.seeds ?? [],
        pass: results.every((r) => r.pass),
        patterns: results,
      },
      (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
      2,
    ) + '\n'
  );
}
