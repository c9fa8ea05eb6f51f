import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { placesCsv, seriesCsv, summaryJson } from './runFiles.ts';
import type { RunResult } from '../engine/simulation.ts';
import { contentHash } from '../base/hash.ts';
import type { Scenario } from '../engine/scenario.ts';
import { writeFileAtomic } from '../base/atomicWrite.ts';
import { provenance } from './provenance.ts';

export interface RunTiming {
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
}

/**
 * Writes a run's results folder: `series.csv`, `summary.json`, `places.csv` (byte-identical on rerun) and
 * `manifest.json` (provenance, the resolved scenario and its hash, the seed, timings — the only
 * place timestamps live). Each file is written atomically; the manifest last, so a folder with a
 * manifest is complete.
 */
export function writeRunFolder(dir: string, scenario: Scenario, scenarioFile: string, result: RunResult, timing: RunTiming, command: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, 'series.csv'), seriesCsv(result));
  writeFileAtomic(join(dir, 'summary.json'), summaryJson(result, scenario.name));
  writeFileAtomic(join(dir, 'places.csv'), placesCsv(result));
  const manifest = {
    kind: 'ronghe-run',
    ...provenance(),
    command,
    scenarioFile,
    scenarioHash: contentHash(scenario),
    seed: result.seed,
    years: result.years,
    recordEvery: scenario.recordEvery,
    files: ['series.csv', 'summary.json', 'places.csv'],
    ...timing,
    scenario,
  };
  writeFileAtomic(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
