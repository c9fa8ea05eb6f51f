import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { placesCsv, seriesCsv, summaryJson } from './runFiles.ts';
import { createSimulation, type RunResult } from '../engine/simulation.ts';
import { contentHash } from '../base/hash.ts';
import type { Scenario } from '../engine/scenario.ts';
import { writeFileAtomic } from '../base/atomicWrite.ts';
import { prepareFolder } from '../base/prepareFolder.ts';
import { provenance } from './provenance.ts';
import { MANIFEST_FILE, PLACES_FILE, RUN_FILES, SERIES_FILE, SUMMARY_FILE } from './names.ts';

/** `manifest.json` of a run folder: provenance, the resolved scenario and its hash, the seed, timings. */
export interface RunManifest extends ReturnType<typeof provenance>, RunTiming {
  kind: 'ronghe-run';
  command: string;
  scenarioFile: string;
  scenarioHash: string;
  seed: number;
  years: number;
  recordEvery: string;
  /** The files of the folder beside the manifest. */
  files: string[];
  scenario: Scenario;
}

/** When a run started and finished (ISO 8601) and how long it took. */
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
  writeFileAtomic(join(dir, SERIES_FILE), seriesCsv(result));
  writeFileAtomic(join(dir, SUMMARY_FILE), summaryJson(result, scenario.name));
  writeFileAtomic(join(dir, PLACES_FILE), placesCsv(result));
  const manifest: RunManifest = {
    kind: 'ronghe-run',
    ...provenance(),
    command,
    scenarioFile,
    scenarioHash: contentHash(scenario),
    seed: result.seed,
    years: result.years,
    recordEvery: scenario.recordEvery,
    files: [...RUN_FILES],
    ...timing,
    scenario,
  };
  writeFileAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
}

/** Options of {@link runToFolder}. */
export interface RunToFolderOptions {
  /** The results folder, created if missing. */
  dir: string;
  /** Run seed; default: the scenario's. */
  seed?: number;
  /** The scenario file as the user named it, recorded in the manifest; default `<scenario>` (built in code). */
  scenarioFile?: string;
  /** The command that made the run, recorded in the manifest; default: none recorded. */
  command?: string;
  /** Called as the run advances, with the share of the horizon done (0..1). */
  onProgress?: (share: number) => void;
}

/**
 * Runs one seeded simulation and writes its complete results folder ({@link writeRunFolder}):
 * what `ronghe run` does, for a library user. Returns the result and how long the run took.
 * @throws {InputError} when the folder cannot be used (a file in the way, no permission, ...)
 */
export function runToFolder(scenario: Scenario, options: RunToFolderOptions): { result: RunResult; timing: RunTiming } {
  prepareFolder(options.dir, 'results folder');
  const startedAt = new Date();
  const result = createSimulation(scenario, { seed: options.seed ?? scenario.seed }).run(options.onProgress);
  const finishedAt = new Date();
  const timing: RunTiming = { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), wallSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000 };
  writeRunFolder(options.dir, scenario, options.scenarioFile ?? '<scenario>', result, timing, options.command ?? '');
  return { result, timing };
}
