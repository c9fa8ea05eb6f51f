import { createHash } from 'node:crypto';
import { seriesCsv, summaryJson } from '../../engine/output/runFiles.ts';
import { run } from '../../engine/simulation.ts';
import { testScenario } from '../fixtures.ts';

/** The golden run: small.json scaled to 4,000 residents, 1 year, with two interventions, seed 2024. */
export function goldenRun(): { summary: string; seriesSha256: string } {
  const scenario = testScenario({
    residents: 4000,
    years: 1,
    interventions: [
      { kind: 'gridManagement', start: 0.25 },
      { kind: 'fengqiaoMediation', start: 0.5, end: 0.75 },
    ],
  });
  const result = run(scenario, { seed: 2024 });
  return { summary: summaryJson(result, 'golden'), seriesSha256: createHash('sha256').update(seriesCsv(result)).digest('hex') };
}

export const GOLDEN_FILE = new URL('./golden-run.json', import.meta.url);
