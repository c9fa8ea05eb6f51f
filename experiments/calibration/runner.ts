/**
 * `runCalibration`: fits a calibration file's parameters to its targets with APMC (apmc.ts),
 * running each generation as an experiment (generation.ts), then checks the calibrated scenario
 * with its own runs and writes the results. Everything is a function of the files and the seed,
 * so rerunning a stopped calibration redoes the same generations and reuses every run made.
 *
 * Folder (`results/<name>-<8 hex digits of the identity>` by default):
 * - `calibration.json`: provenance, the resolved calibration and scenario, per generation the
 *   runs, tolerance and acceptance rate, the posterior and the fit; the only timestamps
 * - `generations/g<t>.json` and `generations/g<t>/`: each generation's experiment file and folder
 * - `check.json`, `check/`: runs of the calibrated scenario
 * - `generations.csv`, `particles.csv`, `posterior.csv`, `fit.csv`; `calibrated.json` (a scenario)
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { displayPath } from '../../base/displayPath.ts';
import { prepareFolder } from '../../base/prepareFolder.ts';
import { provenance } from '../../output/provenance.ts';
import { ENGINE_VERSION } from '../../engine/version.ts';
import { contentHash } from '../../base/hash.ts';
import { CsvFile } from '../../output/csvFile.ts';
import { lockFolder } from '../../base/folderLock.ts';
import { openOwnedFolder } from '../../output/ownedFolder.ts';
import type { ExperimentOptions } from '../run/runner.ts';
import { apmc, distance, effectiveSampleSize, type Generation, type Particle } from './apmc.ts';
import { writeCalibratedScenario } from './calibratedScenario.ts';
import { batchValues, replicateMeans, runBatch } from './generation.ts';
import { loadCalibration, type LoadedCalibration } from './loader.ts';
import { fitOf, particleValues, posteriorOf, type ParameterPosterior, type TargetFit } from './summary.ts';
import type { Calibration } from './types.ts';
import { CALIBRATED_SCENARIO, CALIBRATION_MANIFEST, CALIBRATION_TABLES, CHECK_DIR, CHECK_FILE, FIT_TABLE, GENERATIONS_DIR, GENERATIONS_TABLE, PARTICLES_TABLE, POSTERIOR_TABLE } from '../../output/names.ts';

/** What ronghe writes in a calibration folder; anything else is the user's. */
const OURS = new Set([CALIBRATION_MANIFEST, CALIBRATED_SCENARIO, GENERATIONS_DIR, CHECK_DIR, CHECK_FILE, ...CALIBRATION_TABLES]);

export interface CalibrationOptions {
  workers?: number;
  /** The folder; default `results/<name>-<hash>`. */
  out?: string;
  /** Delete the folder's earlier calibration results first. */
  fresh?: boolean;
  /** The command line, recorded. */
  command?: string;
  signal?: AbortSignal;
  /** Before a batch's runs start (`batch`: `g<t>` or `check`). */
  onBatchStart?: (info: { dir: string; batch: string; planned: number; pending: number; workers: number }) => void;
  onRun?: ExperimentOptions['onRun'];
  /** After each generation. */
  onGeneration?: (g: GenerationSummary) => void;
}

/** A generation as recorded. */
export interface GenerationSummary {
  generation: number;
  runs: number;
  tolerance: number;
  acceptance: number;
  /** Effective sample size of the particles kept after it (see `effectiveSampleSize`), and how many were kept. */
  ess: number;
  kept: number;
}

export interface CalibrationResult {
  dir: string;
  calibration: Calibration;
  generations: GenerationSummary[];
  posterior: ParameterPosterior[];
  fit: TargetFit[];
  /** The calibrated scenario file. */
  scenarioFile: string;
  /** Runs that failed (their particles count as infinitely far). */
  failures: number;
}

/** Runs a calibration file: see the module comment and docs/sensitivity.md. */
export async function runCalibration(file: string, options: CalibrationOptions = {}): Promise<CalibrationResult> {
  const loaded = loadCalibration(file);
  const { calibration, baseScenario } = loaded;
  // Like an experiment's identity: the design without the scenario's path, its content, the engine.
  const { scenario: _path, ...design } = calibration;
  const identity = contentHash({ calibration: design, scenario: baseScenario, engineVersion: ENGINE_VERSION });
  const dir = options.out === undefined ? resolve('results', `${calibration.name}-${identity.slice(0, 8)}`) : resolve(options.out);
  const startedAt = new Date();
  prepareFolder(dir, '--out');
  const lock = lockFolder(dir, startedAt);
  try {
    openOwnedFolder(dir, { kind: 'calibration', manifest: CALIBRATION_MANIFEST, ours: OURS }, identity, options.fresh ?? false);
    const manifest = startManifest(loaded, identity, options, startedAt);
    const writeManifest = () => writeFileAtomic(join(dir, CALIBRATION_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    writeManifest();

    const { targets, replications } = calibration;
    const observed = targets.map((t) => t.value);
    const scales = targets.map((t) => t.scale);
    const simulated = new Map<string, number[]>(); // `${generation}:${index}` → replicate means per target
    let failures = 0;
    const batchOptions = (batch: string) => experimentOptions(options, batch);
    const summaries: GenerationSummary[] = [];
    const generations = await apmc(
      calibration.seed,
      calibration.method,
      calibration.parameters.length,
      async (generation, particles) => {
        const batch = { name: `g${generation}`, values: particles.map((p) => particleValues(calibration, p)), replications };
        const result = await runBatch(join(dir, GENERATIONS_DIR), loaded, batch, batchOptions(batch.name));
        options.signal?.throwIfAborted();
        failures += result.failures.length;
        const values = batchValues(result.dir, particles.length, replications, targets);
        return particles.map((p, i) => {
          const means = replicateMeans(values[i]!, targets.length);
          simulated.set(`${generation}:${p.index}`, means);
          return distance(means, observed, scales);
        });
      },
      (g: Generation) => {
        const summary = { generation: g.generation, runs: g.fresh.length * replications, tolerance: g.tolerance, acceptance: g.acceptance, ess: effectiveSampleSize(g.kept), kept: g.kept.length };
        summaries.push(summary);
        manifest.generations = summaries;
        writeManifest();
        options.onGeneration?.(summary);
      },
    );
    const last = generations[generations.length - 1]!;
    const posterior = posteriorOf(calibration, last.kept);
    const fitted = posterior.map((p) => p.mean);
    const check = await runBatch(dir, loaded, { name: 'check', values: [fitted], replications: calibration.method.checkReplications }, batchOptions('check'));
    options.signal?.throwIfAborted();
    failures += check.failures.length;
    const checkValues = batchValues(check.dir, 1, calibration.method.checkReplications, targets)[0]!;
    const fit = fitOf(calibration, last.kept, last.kept.map((p) => simulated.get(`${p.generation}:${p.index}`)!), checkValues);

    writeTables(dir, calibration, generations, simulated, summaries, posterior, fit);
    const scenarioFile = join(dir, CALIBRATED_SCENARIO);
    writeCalibratedScenario(scenarioFile, loaded, posterior, options.command ?? '');
    const finishedAt = new Date();
    Object.assign(manifest, {
      status: failures > 0 ? 'incomplete' : 'complete',
      finishedAt: finishedAt.toISOString(),
      wallSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
      posterior,
      fit,
      failedRuns: failures,
      files: [...CALIBRATION_TABLES, CALIBRATED_SCENARIO],
    });
    writeManifest();
    return { dir, calibration, generations: summaries, posterior, fit, scenarioFile, failures };
  } finally {
    lock.release();
  }
}

/** The calibration's manifest as it starts: provenance, the design, and no generation yet. */
function startManifest(loaded: LoadedCalibration, identity: string, options: CalibrationOptions, startedAt: Date): Record<string, unknown> {
  const { calibration, baseScenario } = loaded;
  return {
    kind: 'ronghe-calibration',
    format: 1,
    status: 'running',
    identity,
    ...provenance(),
    command: options.command ?? '',
    calibrationFile: loaded.file,
    scenarioFile: displayPath(loaded.scenarioPath),
    method: 'APMC (Lenormand, Jabot & Deffuant 2013)',
    workers: options.workers ?? availableParallelism(),
    startedAt: startedAt.toISOString(),
    finishedAt: null,
    wallSeconds: null,
    calibration,
    baseScenario,
    generations: [],
  };
}

/** How one batch of runs (a generation, or the check) runs as an experiment: this calibration's options, named by batch. */
function experimentOptions(options: CalibrationOptions, batch: string): ExperimentOptions {
  return {
    workers: options.workers,
    command: options.command,
    signal: options.signal,
    onStart: (info) => options.onBatchStart?.({ dir: info.dir, batch, planned: info.planned, pending: info.pending, workers: info.workers }),
    onRun: options.onRun,
  };
}

/** generations.csv, particles.csv, posterior.csv and fit.csv. */
function writeTables(dir: string, calibration: Calibration, generations: readonly Generation[], simulated: ReadonlyMap<string, number[]>, summaries: readonly GenerationSummary[], posterior: readonly ParameterPosterior[], fit: readonly TargetFit[]): void {
  const g = new CsvFile(join(dir, GENERATIONS_TABLE), ['generation', 'runs', 'tolerance', 'acceptance', 'ess', 'kept']);
  for (const s of summaries) g.row([s.generation, s.runs, s.tolerance, s.acceptance, s.ess, s.kept]);
  g.commit();

  const final = new Set(generations[generations.length - 1]!.kept.map((p) => `${p.generation}:${p.index}`));
  const particles = new CsvFile(join(dir, PARTICLES_TABLE), ['generation', 'particle', ...calibration.parameters.map((p) => p.name), ...calibration.targets.map((t) => `sim_${t.name}`), 'distance', 'weight', 'posterior']);
  for (const generation of generations) {
    for (const p of generation.fresh as Particle[]) {
      const key = `${p.generation}:${p.index}`;
      particles.row([p.generation, p.index, ...particleValues(calibration, p), ...simulated.get(key)!, p.distance, p.weight, final.has(key)]);
    }
  }
  particles.commit();

  const post = new CsvFile(join(dir, POSTERIOR_TABLE), ['parameter', 'path', 'distribution', 'prior_min', 'prior_max', 'mean', 'sd', 'q025', 'median', 'q975']);
  posterior.forEach((p, i) => {
    const prior = calibration.parameters[i]!;
    post.row([p.name, p.path, prior.distribution.kind, prior.min, prior.max, p.mean, p.sd, p.q025, p.median, p.q975]);
  });
  post.commit();

  const f = new CsvFile(join(dir, FIT_TABLE), ['target', 'metric', 'year', 'month', 'observed', 'scale_kind', 'scale', 'posterior_mean', 'posterior_low', 'posterior_high', 'check_n', 'check_mean', 'check_ci_low', 'check_ci_high', 'z', 'fits']);
  fit.forEach((t, j) => {
    const target = calibration.targets[j]!;
    f.row([t.name, target.metric, target.at?.year ?? 'final', target.at?.month ?? 'final', t.observed, t.scaleKind, t.scale, t.posteriorMean, t.posteriorLow, t.posteriorHigh, t.checkN, t.checkMean, t.checkLow, t.checkHigh, t.z, t.fits]);
  });
  f.commit();
}
