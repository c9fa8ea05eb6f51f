import { describe, expect, it } from 'vitest';
import { run } from '../../engine/simulation.ts';
import { testScenario } from '../fixtures.ts';

/** Mediations over the final year of a 2-year run of the small county, with or without the shared platform. */
function mediations(sharedPlatform: boolean): number {
  const interventions = [{ kind: 'digitalRollout', start: 0, params: { coverage: 0.99, sharedPlatform } }];
  return run(testScenario({ years: 2, interventions }), { seed: 5 }).summary.metrics.mediations;
}

describe('shared platform dispatch', () => {
  it('sends disputes to the mediators as any other channel does: mediations do not fall', () => {
    const without = mediations(false);
    const withPlatform = mediations(true);
    expect(without).toBeGreaterThan(200);
    // Same needs and reports (paired seed): the platform changes where reports go, not whether a
    // dispute whose parties agree is mediated. Bypassing the mediators cost 4-5% of mediations.
    expect(withPlatform).toBeGreaterThanOrEqual(without * 0.99);
  });
});
