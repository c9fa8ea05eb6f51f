/**
 * The public library API of ronghe, in layers: load a scenario, create a simulation, step or run
 * it, read its series and summary, write its files. The CLI is a thin layer over these.
 */
export { loadScenario, parseScenario } from '../scenarios/loader.ts';
export { InputError, ScenarioError, type InputIssue } from '../base/errors.ts';
export type { Scenario, InterventionSpec, Target } from './scenario.ts';
export { createSimulation, run, Simulation, type RunOptions, type RunResult, type SeriesPoint } from './simulation.ts';
export { INTERVENTION_KINDS } from './interventions/registry.ts';
export type { InterventionKind } from './interventions/kind.ts';
export { BUILTIN_METRICS } from './metrics/builtins.ts';
export { METRIC_FAMILIES } from './metrics/catalogue.ts';
export { metricLabel, metricLabels } from './metrics/labels.ts';
export { seriesCsv, summaryJson, formatNumber } from '../output/runFiles.ts';
export { ENGINE_VERSION } from './version.ts';
