/**
 * The library API of ronghe: what `import { ... } from 'ronghe'` gives, and what the `ronghe`
 * command itself calls. In layers, as the data flows: load a scenario; run it (one run, or one
 * run written to a results folder); run an experiment over arms and replications, merge its
 * shards, reproduce its runs; check the model against stylised facts; build a report. Every
 * function that reads a user's file throws an {@link InputError} (a subclass of it) that names
 * each problem with its path, what was expected, what was found and how to fix it.
 */

import type * as Calibration from './experiments/calibration/runner.ts';
import type * as Design from './experiments/search/runner.ts';
import type * as Merge from './experiments/run/merge.ts';
import type * as Reproduce from './experiments/run/reproduce.ts';
import type * as Runner from './experiments/run/runner.ts';
import type * as Sensitivity from './experiments/sensitivity/analyse.ts';
import type * as Patterns from './patterns/runner.ts';

// Scenarios: load and validate, with defaults filled and the result frozen.
export { loadScenario, parseScenario } from './scenarios/loader.ts';
export type { Scenario, InterventionSpec, Target, Cost, UserMetricSpec } from './engine/scenario.ts';

// The engine: one seeded run.
export { createSimulation, run, Simulation, type RunOptions, type RunResult, type SeriesPoint } from './engine/simulation.ts';
export { INTERVENTION_KINDS } from './engine/interventions/registry.ts';
/** Planned spending per year of a scenario's interventions, and the factor a `scaleDown` budget scales their intensities by (docs/ODD.md §7.19). */
export { spendingPlan, budgetFactor, type SpendingPlan, type PlannedCost } from './engine/resources/budget.ts';
export { BUILTIN_METRICS } from './engine/metrics/builtins.ts';
export { METRIC_FAMILIES, type MetricFamily } from './engine/metrics/catalogue.ts';
export { metricLabel, metricLabels } from './engine/metrics/labels.ts';
export { betterDirection, type Better } from './engine/metrics/direction.ts';
export { ENGINE_VERSION } from './engine/version.ts';

// One run's results folder.
export { runToFolder, writeRunFolder, type RunToFolderOptions, type RunManifest, type RunTiming } from './output/runFolder.ts';
export { seriesCsv, summaryJson, placesCsv, formatNumber } from './output/runFiles.ts';
export * as resultFiles from './output/names.ts';
export { prepareFolder } from './base/prepareFolder.ts';

// Experiments: arms x replications (and sweeps, sensitivity designs) on worker threads.
export { loadExperiment, parseExperiment, type LoadedExperiment } from './experiments/design/loader.ts';
export { loadDesign, parseDesign, type LoadedDesign } from './experiments/search/loader.ts';
export type { Design } from './experiments/search/types.ts';
export type { Experiment } from './experiments/design/types.ts';
export type { ExperimentOptions, ExperimentResult } from './experiments/run/runner.ts';
export type { MergeResult } from './experiments/run/merge.ts';
export type { ReproduceResult } from './experiments/run/reproduce.ts';
export type { SensitivityRow } from './experiments/sensitivity/analyse.ts';
export type { CalibrationOptions, CalibrationResult } from './experiments/calibration/runner.ts';
export type { PatternRunOptions } from './patterns/runner.ts';

/*
 * The functions that run many simulations on worker threads load their machinery (the worker
 * pool, statistics, sensitivity indices) on first use, so that a command which needs none of it
 * (`ronghe run`, `ronghe validate`) starts as fast as before this entry point existed.
 */

/** Runs an experiment file: arms x replications on worker threads, resumable, into a results folder (experiments/README.md). */
export const runExperiment: typeof Runner.runExperiment = async (...args) => (await import('./experiments/run/runner.ts')).runExperiment(...args);
/** Merges the shards of a split experiment into one folder, checking they are one complete set. */
export const mergeShards = async (...args: Parameters<typeof Merge.mergeShards>): Promise<Merge.MergeResult> => (await import('./experiments/run/merge.ts')).mergeShards(...args);
/** Reruns a sample of an experiment's runs and checks they are byte-identical to the recorded ones. */
export const reproduceRuns: typeof Reproduce.reproduceRuns = async (...args) => (await import('./experiments/run/reproduce.ts')).reproduceRuns(...args);
/** The sensitivity indices of a Morris or Sobol' experiment folder (sensitivity.csv). */
export const readSensitivity = async (...args: Parameters<typeof Sensitivity.readSensitivity>): Promise<Sensitivity.SensitivityRow[]> => (await import('./experiments/sensitivity/analyse.ts')).readSensitivity(...args);
/** Runs a calibration file (APMC): posterior, fit per target, calibrated scenario (docs/sensitivity.md). */
export const runCalibration: typeof Calibration.runCalibration = async (...args) => (await import('./experiments/calibration/runner.ts')).runCalibration(...args);
/** Runs a policy design file: NSGA-II over packages of levers under a budget, the final front re-evaluated on fresh seeds (experiments/README.md). */
export const runDesign: typeof Design.runDesign = async (...args) => (await import('./experiments/search/runner.ts')).runDesign(...args);
export type { DesignResult, DesignOptions } from './experiments/search/runner.ts';

// Pattern-oriented validation: the model against stylised facts.
/** Measures and judges the stylised-fact patterns on the given seeds (docs/patterns.md). */
export const runPatterns: typeof Patterns.runPatterns = async (...args) => (await import('./patterns/runner.ts')).runPatterns(...args);
export { PATTERNS } from './patterns/registry.ts';

// Reports.
export { buildReport, type ReportOptions, type BuiltReport } from './viz/report.ts';

// Errors a user's input can raise.
export { InputError, ScenarioError, ExperimentError, type InputIssue } from './base/errors.ts';
