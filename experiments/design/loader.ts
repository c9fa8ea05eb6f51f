/**
 * Experiment loader: JSON in; a validated, fully resolved, deep-frozen {@link Experiment}, its base
 * scenario and its sweep points out. Every problem found is reported at once in one
 * {@link ExperimentError}, including those of the scenario that any (arm, sweep point) would run,
 * so that nothing fails after runs have started.
 */
import { resolve } from 'node:path';
import { BUILTIN_METRICS } from '../../engine/metrics/builtins.ts';
import { errors, type InputIssue } from '../../base/errors.ts';
import { copyInput, readInputFile } from '../../base/inputFile.ts';
import { loadReferencedScenario } from '../../scenarios/loader.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { deepFreeze, describeValue, isWithin } from '../../base/wording.ts';
import { issueKey, tryComposeScenario, type ComposeFiles } from './compose.ts';
import { resolveExperiment } from './resolve.ts';
import { outcomeIssues, ruleIssues } from './rules.ts';
import { armInterventionIssues, experimentSchema, schemaIssues } from './schemaIssues.ts';
import { sweepPoints, type SweepPoint } from './sweep.ts';
import type { Arm, Experiment } from './types.ts';

/** Placeholder file name for experiments not read from a file. */
const NO_FILE = '<experiment>';
/** What scenario composition reads (besides the root): problems there prevent checking the composed scenarios. */
const COMPOSED_FROM = ['/years', '/recordEvery', '/seed', '/arms', '/sweep'];
/** Bounds of `replications`, from the schema (also for the command-line override). */
const REPLICATIONS = (experimentSchema.properties!.replications as { minimum: number; maximum: number });

/** An experiment ready to plan and run. */
export interface LoadedExperiment {
  /** Resolved and deep-frozen (replications from the options when given). */
  experiment: Experiment;
  /** The experiment file, as the user named it. */
  file: string;
  /** The base scenario file, resolved against the experiment file's folder. */
  scenarioPath: string;
  /** The base scenario as loaded (not yet composed with any arm). */
  baseScenario: Scenario;
  /** The sweep points, in design order (one point without values when nothing is swept). */
  points: readonly SweepPoint[];
}

/** Options of {@link loadExperiment} and {@link parseExperiment}. */
export interface ExperimentOptions {
  /** Replaces the file's replications (e.g. from the command line). */
  replications?: number;
  /** Replaces the file's base scenario (a path relative to the working folder, e.g. from --scenario). */
  scenario?: string;
  /** Replaces the file's horizon in years (e.g. from --years). */
  years?: number;
}

/**
 * Reads, validates and resolves an experiment file and its base scenario.
 * @param path - path of the JSON file, as the user gave it (shown in messages)
 * @throws {ExperimentError} if the file is missing, unreadable, not JSON, or not a valid
 *   experiment, or if the scenario of some arm and sweep point is invalid
 * @throws {ScenarioError} if the experiment is valid but its base scenario file is not
 */
export function loadExperiment(path: string, options: ExperimentOptions = {}): LoadedExperiment {
  return readInputFile(path, 'experiment', (json, file, baseDir) => parseExperiment(json, file, baseDir, options));
}

/**
 * Validates experiment data, loads its base scenario and checks the scenario of every (arm,
 * sweep point) pair. The input is not modified.
 * @param json - the parsed experiment file
 * @param file - the file name to show in messages
 * @param baseDir - the folder the `scenario` path is relative to (the experiment file's)
 * @throws {ExperimentError} listing every problem found (base scenario problems included, marked
 *   with the scenario file's name, when the experiment has problems of its own)
 * @throws {ScenarioError} if only the base scenario file has problems
 */
export function parseExperiment(json: unknown, file: string = NO_FILE, baseDir = '.', options: ExperimentOptions = {}): LoadedExperiment {
  const data = withOptions(copyInput(json, file, 'experiment'), options);
  const issues = schemaIssues(data);
  issues.push(...ruleIssues(data, issues));
  issues.push(...replicationIssues(options.replications));

  const base = loadReferencedScenario(data, issues, baseDir, 'experiment');
  const scenarioPath = base.path;
  if (base.unreadable) issues.push(base.unreadable);
  if (base.scenario) issues.push(...outcomeIssues(data, [...BUILTIN_METRICS, ...base.scenario.metrics.map((m) => m.name)], issues));
  const baseScenario = base.scenario;
  const blocked = issues.some((issue) => issue.path === '' || COMPOSED_FROM.some((path) => isWithin(issue.path, path)));
  if (baseScenario === undefined || blocked) {
    // the runs' scenarios cannot be composed, which would have checked the arms' interventions
    issues.push(...armInterventionIssues(data));
    const baseIssues = base.issues ?? [];
    if (issues.length === 0 && baseIssues.length > 0) throw errors.invalidFile('scenario', scenarioPath, baseIssues);
    throw errors.invalidFile('experiment', file, [...issues, ...baseIssues]);
  }

  // what composition reads is valid: check every run's scenario, even if other fields have problems
  const valid = issues.length === 0;
  const draft = resolveExperiment(valid ? data : { ...(data as object), outcomes: [] }, baseScenario, valid ? options.replications : undefined);
  const files = { experiment: file, scenario: scenarioPath };
  const experiment = deepFreeze({ ...draft, arms: draft.arms.map((arm) => ({ ...arm, interventions: filledInterventions(baseScenario, draft, arm, files) })) });
  const points = deepFreeze(sweepPoints(experiment));
  issues.push(...composeAll(baseScenario, experiment, points, files));
  if (issues.length > 0) throw errors.invalidFile('experiment', file, issues);
  return deepFreeze({ experiment, file, scenarioPath, baseScenario, points });
}

/** The arm's interventions with every default filled, as in the composed scenarios (as written if they are invalid). */
function filledInterventions(base: Scenario, experiment: Experiment, arm: Arm, files: ComposeFiles): Arm['interventions'] {
  const composed = tryComposeScenario(base, { ...experiment, sweep: null }, { ...arm, overrides: {} }, { index: 0, values: {} }, files);
  return composed.ok ? composed.scenario.interventions.slice(base.interventions.length) : arm.interventions;
}

/** Composes every (arm, point) pair; each distinct problem once, in arm then point order. */
function composeAll(base: Scenario, experiment: Experiment, points: readonly SweepPoint[], files: { experiment: string; scenario: string }): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const arm of experiment.arms) {
    for (const point of points) {
      const composed = tryComposeScenario(base, experiment, arm, point, files);
      if (composed.ok) continue;
      for (const issue of composed.issues) {
        const key = issueKey(issue);
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push(issue);
      }
    }
  }
  return issues;
}

/** The replications option, checked like the file's field. */
/**
 * The file's data with the command-line replacements applied. They are validated like the file's
 * own values (a bad --years is reported at /years), and enter the experiment's identity.
 */
function withOptions(data: unknown, options: ExperimentOptions): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const out = { ...(data as Record<string, unknown>) };
  if (options.scenario !== undefined) out.scenario = resolve(options.scenario);
  if (options.years !== undefined) out.years = options.years;
  return out;
}

function replicationIssues(replications: number | undefined): InputIssue[] {
  if (replications === undefined) return [];
  const { minimum, maximum } = REPLICATIONS;
  if (Number.isInteger(replications) && replications >= minimum && replications <= maximum) return [];
  return [{
    path: '/replications',
    expected: `an integer from ${minimum} to ${maximum}`,
    found: `${describeValue(replications)} (given as an option, e.g. --replications)`,
    hint: 'Give a whole number of runs per arm and sweep point, or leave the option out to use the file\'s "replications".',
  }];
}
