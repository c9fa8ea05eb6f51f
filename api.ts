/**
 * The library API of ronghe: what `import { ... } from 'ronghe'` gives, and what the `ronghe`
 * command itself calls. In layers, as the data flows: load a scenario; run it (one run, or one
 * run written to a results folder); run an experiment over arms and replications, merge its
 * shards, reproduce its runs; check the model against stylised facts; build a report. Every
 * function that reads a user's file throws an {@link InputError} (a subclass of it) that names
 * each problem with its path, what was expected, what was found and how to fix it.
 */

// Scenarios: load and validate, with defaults filled and the result frozen.
export { loadScenario, parseScenario } from './scenarios/loader.ts';
export type { Scenario, InterventionSpec, Target, Cost, UserMetricSpec } from './engine/scenario.ts';

// The engine: one seeded run.
export { createSimulation, run, Simulation, type RunOptions, type RunResult, type SeriesPoint } from './engine/simulation.ts';
export { INTERVENTION_KINDS } from './engine/interventions/registry.ts';
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
export type { Experiment } from './experiments/design/types.ts';
export { runExperiment, type ExperimentOptions, type ExperimentResult } from './experiments/run/runner.ts';
export { mergeShards, type MergeResult } from './experiments/run/merge.ts';
export { reproduceRuns, type ReproduceResult } from './experiments/run/reproduce.ts';
export { readSensitivity, type SensitivityRow } from './experiments/sensitivity/analyse.ts';
export { runCalibration, type CalibrationOptions, type CalibrationResult } from './experiments/calibration/runner.ts';

// Pattern-oriented validation: the model against stylised facts.
export { runPatterns, type PatternRunOptions } from './patterns/runner.ts';
export { PATTERNS } from './patterns/registry.ts';

// Reports.
export { buildReport, type ReportOptions, type BuiltReport } from './viz/report.ts';

// Errors a user's input can raise.
export { InputError, ScenarioError, ExperimentError, type InputIssue } from './base/errors.ts';
