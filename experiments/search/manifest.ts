/**
 * A design folder's manifest (`design.json`): what `runDesign` records as it goes — provenance,
 * the resolved design and base scenario, the seeds, each generation of the search — and, at the
 * end, the status, the timing and the final packages. Written by runner.ts; read by the design
 * report (viz/designData.ts).
 */
import type { Scenario } from '../../engine/scenario.ts';
import type { Estimate } from './estimates.ts';
import type { GenerationRecord } from './outputs.ts';
import type { StageSeeds, StageWaiting } from './stage.ts';
import type { Design } from './types.ts';

/** Where a sharded or merge-only call stopped: the stage and why. */
export interface DesignWaiting {
  stage: string;
  reason: StageWaiting['reason'];
  detail: string;
  failures: number;
}

/**
 * A generation as recorded: its counts; `hypervolume` is NaN (written as null) until the search
 * ends and puts every generation on one scale.
 */
export type GenerationLine = Omit<GenerationRecord, 'front'>;

/** design.json: see the module comment. */
export interface DesignManifest {
  kind: 'ronghe-design';
  format: 1;
  /** `running` until the call returns; `waiting` when a shard or merge stopped before the end. */
  status: 'running' | 'waiting' | 'incomplete' | 'complete';
  /** Hash of the resolved design, the base scenario and the engine version. */
  identity: string;
  engineVersion: string;
  gitCommit: string;
  gitDirty: boolean | null;
  node: string;
  platform: string;
  /** The command line, as recorded. */
  command: string;
  designFile: string;
  scenarioFile: string;
  method: string;
  workers: number;
  startedAt: string;
  finishedAt: string | null;
  wallSeconds: number | null;
  design: Design;
  baseScenario: Scenario;
  /** The decision variables, in genome order. */
  variables: string[];
  seeds: { search: StageSeeds; fresh: StageSeeds };
  generations: GenerationLine[];
  /** Set when the call returns. */
  waiting?: DesignWaiting | null;
  packages?: { id: string; description: string; search: Estimate[]; fresh: Estimate[] | null }[];
  failedRuns?: number;
  files?: readonly string[];
}
