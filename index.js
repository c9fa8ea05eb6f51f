// The package entry for plain Node.js (`import { run } from 'ronghe'`). ronghe runs from its
// TypeScript sources through tsx's loader, as the `ronghe` command does (cli/bin.js); this file
// registers the loader, then gives the API declared in api.ts. The names below must be those
// api.ts exports (test/api/entry.test.ts checks it); the typings are built from api.ts
// (`npm run build:types`, run by `npm pack`).
import { register } from 'tsx/esm/api';

register();
const api = await import('./api.ts');

export const {
  loadScenario,
  parseScenario,
  createSimulation,
  run,
  Simulation,
  INTERVENTION_KINDS,
  spendingPlan,
  budgetFactor,
  BUILTIN_METRICS,
  METRIC_FAMILIES,
  metricLabel,
  metricLabels,
  betterDirection,
  ENGINE_VERSION,
  runToFolder,
  writeRunFolder,
  seriesCsv,
  summaryJson,
  placesCsv,
  formatNumber,
  prepareFolder,
  resultFiles,
  loadExperiment,
  parseExperiment,
  loadDesign,
  parseDesign,
  runExperiment,
  mergeShards,
  reproduceRuns,
  readSensitivity,
  runCalibration,
  runDesign,
  runPatterns,
  PATTERNS,
  buildReport,
  InputError,
  ScenarioError,
  ExperimentError,
} = api;
