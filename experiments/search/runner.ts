/**
 * `runDesign`: searches a design file's packages of levers with NSGA-II (nsga2.ts), each
 * generation's new packages run as one experiment (stage.ts, evaluator.ts) on the experiments'
 * worker pool with common random numbers, then re-evaluates the final front on fresh seeds
 * (front.ts) and writes the results (outputs.ts). Everything is a function of the files and the
 * seed — the search's random draws come from its own stream, and a generation's evaluation waits
 * for all its runs — so results are the same whatever the number of workers, and rerunning a
 * stopped design replays the same generations, reusing every run made.
 *
 * Folder (`results/<name>-<8 hex digits of the identity>` by default):
 * - `design.json`: provenance, the resolved design and scenario, the variables, per generation
 *   the search's progress, and the final packages; the only timestamps
 * - `stages/g<t>.json`, `stages/g<t>/`, `stages/fresh.json`, `stages/fresh/`: each stage's experiment file and folder
 * - `evaluations.csv`, `generations.csv`, `packages.csv`, `groups.csv`, `packages.json`, `front.experiment.json`
 * - `report.html` when the caller writes it (`finish`; `ronghe design` does, viz/report.ts)
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { displayPath } from '../../base/displayPath.ts';
import { lockFolder } from '../../base/folderLock.ts';
import { contentHash } from '../../base/hash.ts';
import { prepareFolder } from '../../base/prepareFolder.ts';
import { stream } from '../../engine/core/rng.ts';
import { ENGINE_VERSION } from '../../engine/version.ts';
import { DESIGN_FILES, DESIGN_MANIFEST, REPORT_FILE, STAGES_DIR } from '../../output/names.ts';
import { openOwnedFolder } from '../../output/ownedFolder.ts';
import { provenance } from '../../output/provenance.ts';
import type { ExperimentOptions } from '../run/runner.ts';
import { openWarmPool, RUN_WORKER, type WarmPool } from '../run/pool.ts';
import { Evaluator } from './evaluator.ts';
import { finalFront, reevaluate, type FinalPackage } from './front.ts';
import { loadDesign, type LoadedDesign } from './loader.ts';
import { nsga2, type Individual } from './nsga2.ts';
import { withHypervolumes, writeOutputs, type GenerationRecord } from './outputs.ts';
import { BASELINE, baselineGenome, decodePackage, designVariables } from './package.ts';
import { FRESH_STAGE, freshSeeds, searchSeeds, StageWaiting, type StageMode } from './stage.ts';
import type { DesignManifest, DesignWaiting } from './manifest.ts';
import type { Shard } from '../design/plan.ts';
import type { Design } from './types.ts';

/** What ronghe writes in a design folder; anything else is the user's. */
const OURS = new Set([DESIGN_MANIFEST, STAGES_DIR, ...DESIGN_FILES, REPORT_FILE]);

export interface DesignOptions {
  workers?: number;
  /** The folder; default `results/<name>-<hash>`. */
  out?: string;
  /** Delete the folder's earlier design results first. */
  fresh?: boolean;
  /**
   * Run only this share of the next stage with runs to make, then stop (a Slurm array task; the
   * design folder is not locked, so every task of the array can replay the search at once).
   */
  shard?: Shard | null;
  /** Make no runs: merge a stage whose shards are all done and go on to the next stage with runs to make. */
  mergeOnly?: boolean;
  /** The command line, recorded. */
  command?: string;
  signal?: AbortSignal;
  /** Once the folder is taken over, before any run. */
  onStart?: (info: { dir: string; design: Design; workers: number }) => void;
  /** Before a stage's runs start (`stage`: `g<t>` or `fresh`). */
  onStageStart?: (info: { dir: string; stage: string; planned: number; pending: number; workers: number }) => void;
  onRun?: ExperimentOptions['onRun'];
  /** After each generation of the search. */
  onGeneration?: (g: GenerationRecord, of: number) => void;
  /** When the design is done (not when waiting), before its folder is unlocked: e.g. writing its report. */
  finish?: (result: DesignResult) => void | Promise<void>;
}

export interface DesignResult {
  dir: string;
  design: Design;
  generations: GenerationRecord[];
  /** The final front's packages, with search and fresh estimates (empty while waiting). */
  packages: FinalPackage[];
  /** Candidates evaluated, packages run, runs made (all stages, fresh included). */
  evaluations: number;
  packagesRun: number;
  runs: number;
  /** Runs that failed (their packages count as infeasible). */
  failures: number;
  /** Where a sharded or merge-only call stopped: the stage and why; null when the design is done. */
  waiting: DesignWaiting | null;
}

/** Runs a design file: see the module comment and experiments/README.md. */
export async function runDesign(file: string, options: DesignOptions = {}): Promise<DesignResult> {
  const loaded = loadDesign(file);
  const { design, baseScenario } = loaded;
  const { scenario: _path, ...rest } = design;
  const identity = contentHash({ design: rest, scenario: baseScenario, engineVersion: ENGINE_VERSION });
  const dir = options.out === undefined ? resolve('results', `${design.name}-${identity.slice(0, 8)}`) : resolve(options.out);
  const startedAt = new Date();
  prepareFolder(dir, '--out');
  const shard = options.shard ?? null;
  // Array tasks replay the search side by side: only the stage shard folders they write are locked.
  const lock = shard === null ? lockFolder(dir, startedAt) : null;
  try {
    openOwnedFolder(dir, { kind: 'design', manifest: DESIGN_MANIFEST, ours: OURS }, identity, shard === null && (options.fresh ?? false));
    const manifest = startManifest(loaded, identity, designVariables(design).map((v) => v.name), options, startedAt);
    const write = () => writeFileAtomic(join(dir, DESIGN_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    // A shard task marks the folder as this design's once (its siblings may be writing at the same time), then leaves the manifest to unsharded calls.
    if (shard !== null && !existsSync(join(dir, DESIGN_MANIFEST))) write();
    const writeManifest = shard === null ? write : () => {};
    writeManifest();
    options.onStart?.({ dir, design, workers: options.workers ?? availableParallelism() });
    const mode: StageMode = shard !== null ? { kind: 'shard', shard } : options.mergeOnly ? { kind: 'merge' } : { kind: 'all' };
    const result = await search(dir, loaded, options, mode, manifest, writeManifest);
    const finishedAt = new Date();
    Object.assign(manifest, {
      status: result.waiting !== null ? 'waiting' : result.failures > 0 ? 'incomplete' : 'complete',
      waiting: result.waiting,
      finishedAt: finishedAt.toISOString(),
      wallSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
      generations: result.generations.map(({ front: _front, ...line }) => line),
      packages: result.packages.map((f) => ({ id: f.id, description: f.description, search: f.search, fresh: f.fresh })),
      failedRuns: result.failures,
      files: result.waiting === null ? DESIGN_FILES : [],
    } satisfies Partial<DesignManifest>);
    writeManifest();
    // The report is built while the folder is still locked, so nothing changes under it.
    if (result.waiting === null) await options.finish?.(result);
    return result;
  } finally {
    lock?.release();
  }
}

/** The search, the re-evaluation and the outputs; stops early (`waiting`) where the mode says. */
async function search(dir: string, loaded: LoadedDesign, options: DesignOptions, mode: StageMode, manifest: DesignManifest, writeManifest: () => void): Promise<DesignResult> {
  // One warm pool for every stage: starting threads and loading the worker again per generation
  // would cost more than many a generation's runs (bench:design).
  let warm: WarmPool | undefined;
  const pool = () => (warm ??= openWarmPool(RUN_WORKER, Math.max(1, options.workers ?? availableParallelism())));
  try {
    return await searchOn(dir, loaded, options, mode, manifest, writeManifest, pool);
  } finally {
    await warm?.pool.destroy().catch(() => {}); // already destroyed when a stop aborted it
  }
}

/** {@link search} on a pool opened when the first stage needs it. */
async function searchOn(dir: string, loaded: LoadedDesign, options: DesignOptions, mode: StageMode, manifest: DesignManifest, writeManifest: () => void, pool: () => WarmPool): Promise<DesignResult> {
  const { design } = loaded;
  const stages = join(dir, STAGES_DIR);
  const variables = designVariables(design);
  const evaluator = new Evaluator(loaded, stages, searchSeeds(design), (stage) => experimentOptions(options, stage, pool), mode);
  const generations: GenerationRecord[] = [];
  const result: DesignResult = { dir, design, generations, packages: [], evaluations: 0, packagesRun: 0, runs: 0, failures: 0, waiting: null };
  const onGeneration = (g: number, front: Individual[], population: Individual[]) => {
    const record = generationRecord(g, front, population, evaluator);
    generations.push(record);
    manifest.generations = generations.map(({ front: _front, ...line }) => line);
    writeManifest();
    options.onGeneration?.(record, design.search.generations);
  };
  try {
    const empty = baselineGenome(design);
    // Children are distinct packages, not merely distinct genomes: settings of unused levers do not count.
    const identity = (x: readonly number[]) => decodePackage(design, x).id;
    const settings = { populationSize: design.search.population, generations: design.search.generations, seeds: empty === null ? [] : [empty], identity };
    const found = await nsga2(variables, evaluator.evaluate, settings, stream(design.seed, 'nsga2', 0), onGeneration);
    withHypervolumes(design, generations, evaluator.candidates);
    result.packages = finalFront(loaded, found.front, evaluator);
    const freshFailures = await reevaluate(stages, loaded, result.packages, experimentOptions(options, FRESH_STAGE, pool), mode);
    if (mode.kind !== 'shard') writeOutputs(dir, loaded, variables, evaluator.candidates, generations, result.packages);
    result.failures = freshFailures;
    result.runs = result.packages.length > 0 ? (1 + result.packages.filter((f) => f.id !== BASELINE).length) * design.reevaluation.replications * freshSeeds(design).samples.length : 0;
  } catch (error) {
    if (!(error instanceof StageWaiting)) throw error;
    result.waiting = { stage: error.stage, reason: error.reason, detail: error.detail, failures: error.failures };
    result.packages = [];
  }
  result.failures += evaluator.stages.reduce((n, s) => n + s.failures, 0);
  result.runs += evaluator.stages.reduce((n, s) => n + s.runs, 0);
  result.evaluations = evaluator.candidates.length;
  result.packagesRun = evaluator.packages.size;
  return result;
}

/** A generation's line: its counts and its front's minimised objectives (hypervolume filled in at the end). */
function generationRecord(g: number, front: readonly Individual[], population: readonly Individual[], evaluator: Evaluator): GenerationRecord {
  const stage = evaluator.stages.find((s) => s.generation === g);
  const feasibleFront = front.filter((i) => i.violation <= 0);
  return {
    generation: g,
    evaluations: evaluator.candidates.filter((c) => c.generation <= g).length,
    newPackages: stage?.packages ?? 0,
    runs: stage?.runs ?? 0,
    feasible: population.filter((i) => i.violation <= 0).length,
    frontSize: feasibleFront.length,
    front: feasibleFront.map((i) => [...i.objectives]),
    hypervolume: NaN,
  };
}

/** The design's manifest as it starts: provenance, the design, the variables and seeds, no generation yet. */
function startManifest(loaded: LoadedDesign, identity: string, variables: string[], options: DesignOptions, startedAt: Date): DesignManifest {
  const { design, baseScenario } = loaded;
  return {
    kind: 'ronghe-design',
    format: 1,
    status: 'running',
    identity,
    ...provenance(),
    command: options.command ?? '',
    designFile: loaded.file,
    scenarioFile: displayPath(loaded.scenarioPath),
    method: 'NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002) with constraint-domination; final front re-evaluated on fresh seeds',
    workers: options.workers ?? availableParallelism(),
    startedAt: startedAt.toISOString(),
    finishedAt: null,
    wallSeconds: null,
    design,
    baseScenario,
    variables,
    seeds: { search: searchSeeds(design), fresh: freshSeeds(design) },
    generations: [],
  };
}

/** How one stage runs as an experiment: this design's options, named by stage. */
function experimentOptions(options: DesignOptions, stage: string, warm: () => WarmPool): ExperimentOptions {
  return {
    workers: options.workers,
    warm: warm(),
    command: options.command,
    signal: options.signal,
    onStart: (info) => options.onStageStart?.({ dir: info.dir, stage, planned: info.planned, pending: info.pending, workers: info.workers }),
    onRun: options.onRun,
  };
}
