import { createHash } from 'node:crypto';
import { seriesCsv, summaryJson } from '../../output/runFiles.ts';
import { run } from '../../engine/simulation.ts';
import { testScenario } from '../fixtures.ts';

/**
 * The golden run: small.json scaled to 6,000 residents, 1 year, seed 2024, with interventions
 * that switch on and off and cost money, so escalations, whistles (and the department time they
 * summon), mediation, grid workers' reporting duties and costs are all on the compared path:
 * costs computed from use for two of them, a stated cost for the third.
 */
export function goldenRun(): { summary: string; seriesSha256: string } {
  const scenario = testScenario({
    residents: 6000,
    years: 1,
    interventions: [
      { kind: 'gridManagement', start: 0.25 },
      { kind: 'fengqiaoMediation', start: 0.5, end: 0.75, cost: { fixed: 0, perYear: 50000 } },
      { kind: 'whistleCoordination', start: 0.1, target: { townships: [0, 1] } },
    ],
  });
  const result = run(scenario, { seed: 2024 });
  return { summary: summaryJson(result, 'golden'), seriesSha256: createHash('sha256').update(seriesCsv(result)).digest('hex') };
}

export const GOLDEN_FILE = new URL('./golden-run.json', import.meta.url);
