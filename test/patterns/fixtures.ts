import type { Scenario } from '../../engine/scenario.ts';
import { judgePattern, type Pattern, type PatternResult } from '../../patterns/pattern.ts';
import { testScenario } from '../fixtures.ts';

/**
 * The reduced county the pattern tests run on: small.json at 8,000 residents (its 16 villages and
 * communities keep about 500 residents each), so that every pattern runs in seconds.
 */
export const REDUCED: Scenario = testScenario({ residents: 8000 });

/** Fixed seeds: the tests are deterministic; the criteria's margins make them meaningful. */
export const SEEDS = [1, 2];

/** Measures and judges a pattern on the given seeds (in this thread). */
export function check(pattern: Pattern, scenario: Scenario = REDUCED, seeds: readonly number[] = SEEDS): PatternResult {
  return judgePattern(pattern, seeds.map((seed) => ({ seed, values: pattern.measure(scenario, seed) })));
}

/** One line per check with its per-seed values, shown when an expectation fails. */
export function explain(result: PatternResult): string {
  return result.checks.map((c) => `${c.id}: ${c.perSeed.map((v) => v.toFixed(4)).join(', ')} (${c.criterion.en}) ${c.pass ? 'PASS' : 'FAIL'}`).join('\n');
}
