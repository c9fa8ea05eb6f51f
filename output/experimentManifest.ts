/**
 * `manifest.json` of an experiment folder: everything needed to rerun and to trust the results —
 * provenance of the code, the resolved experiment and base scenario, the plan with every run's
 * seed and, once finished, its digest, failures with the command that reruns them, and the only
 * timestamps of the folder. Written at the start (status `running`) and rewritten at the end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../base/atomicWrite.ts';
import { errors } from '../base/errors.ts';
import type { provenance } from './provenance.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Identity } from '../experiments/design/identity.ts';
import type { PlanPoint, Shard } from '../experiments/design/plan.ts';
import type { Experiment } from '../experiments/design/types.ts';
import { MANIFEST_FILE } from './names.ts';


/**
 * `running`: in progress or stopped early (resume by rerunning); `complete`: every planned run
 * done and the summaries written; `incomplete`: finished with failed runs (summaries cover the
 * runs that succeeded); `shard-complete`: a shard that ran all its runs (merge to summarise).
 */
export type ExperimentStatus = 'running' | 'complete' | 'incomplete' | 'shard-complete';

/** A run as listed in the manifest. `digest` is the SHA-256 of its run file, once it exists. */
export interface ManifestRun {
  id: string;
  arm: string;
  point: number;
  replicate: number;
  seed: number;
  digest: string | null;
}

/** A run that threw, with what reruns it alone. */
export interface RunFailure {
  id: string;
  seed: number;
  error: string;
  /** A command that reruns exactly this run in one process, showing the full error. */
  rerun: string;
}

export interface ExperimentManifest extends ReturnType<typeof provenance> {
  kind: 'ronghe-experiment';
  format: 1;
  status: ExperimentStatus;
  identity: Identity;
  command: string;
  experimentFile: string;
  scenarioFile: string;
  shard: Shard | null;
  workers: number;
  startedAt: string;
  finishedAt: string | null;
  wallSeconds: number | null;
  /** Files of the folder (beside `runs/`), for readers and the viewer. */
  files: string[];
  experiment: Experiment;
  baseScenario: Scenario;
  points: PlanPoint[];
  /** This folder's runs in plan order (a shard lists only its own). */
  runs: ManifestRun[];
  failures: RunFailure[];
  /** For a merged folder: the shards' manifests' provenance. */
  merged?: { shard: Shard; startedAt: string; finishedAt: string | null; gitCommit: string; node: string; workers: number }[];
}

/**
 * Reads a folder's manifest; `null` when there is none (or it is not an experiment's).
 * @throws {InputError} when it exists but cannot be read as JSON (e.g. damaged by a disk fault)
 */
export function readManifest(dir: string): ExperimentManifest | null {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw errors.unreadableManifest(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  let manifest: ExperimentManifest;
  try {
    manifest = JSON.parse(text) as ExperimentManifest;
  } catch (error) {
    throw errors.unreadableManifest(path, (error as Error).message);
  }
  return manifest !== null && typeof manifest === 'object' && manifest.kind === 'ronghe-experiment' ? manifest : null;
}


/** Writes the manifest atomically. */
export function writeManifest(dir: string, manifest: ExperimentManifest): void {
  writeFileAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
}
