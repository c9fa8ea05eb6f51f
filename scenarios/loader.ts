/**
 * Scenario loader: JSON in, a validated, fully default-filled, deep-frozen {@link Scenario} out.
 * Every problem found is reported at once in one {@link ScenarioError}; nothing else is thrown
 * for bad input.
 */
import { isAbsolute, join } from 'node:path';
import { BUILTIN_METRICS } from '../engine/metrics/builtins.ts';
import { UserMetricError, compileUserMetrics, type UserMetricSpec } from '../engine/metrics/userMetrics.ts';
import { lazyValidator } from '../base/ajv.ts';
import { validationIssues } from './ajvIssues.ts';
import { errors, issues as catalogue, ScenarioError, type FileKind, type InputIssue } from '../base/errors.ts';
import { copyInput, readInputFile } from '../base/inputFile.ts';
import { readJsonFile } from '../base/jsonText.ts';
import { scenarioSchema } from './schema.ts';
import { budgetIssues } from './budgetCheck.ts';
import { semanticIssues } from './semantic.ts';
import type { Scenario } from '../engine/scenario.ts';
import { deepFreeze, valueAt } from '../base/wording.ts';

/** Placeholder file name for scenarios not read from a file. */
const NO_FILE = '<scenario>';

/** The scenario validator, compiled on first use (commands that read no scenario skip it). */
const validator = lazyValidator(scenarioSchema);

/**
 * Validates scenario data and fills every default.
 *
 * The input is not modified. Checks: the JSON Schema (unknown keys, types, ranges, allowed values,
 * intervention params by kind), then cross-field rules (shares summing to 1, a buildable county
 * layout, intervention times and targets, unique metric names), then user metric expressions.
 *
 * @param json - the parsed scenario file
 * @param file - the file name to show in messages
 * @returns the scenario with every field filled, deep-frozen; `$schema` and `description` are dropped
 * @throws {ScenarioError} listing every problem found
 */
export function parseScenario(json: unknown, file: string = NO_FILE): Scenario {
  const data = copyInput(json, file, 'scenario');
  const issues = validationIssues(validator(), data);
  issues.push(...semanticIssues(data, issues));
  if (!issues.some((issue) => issue.path === '' || issue.path === '/metrics' || issue.path.startsWith('/metrics/'))) issues.push(...userMetricIssues(data));
  if (issues.length > 0) throw errors.invalidFile('scenario', file, issues);
  const scenario = finish(data as Record<string, unknown>);
  const overBudget = budgetIssues(scenario);
  if (overBudget.length > 0) throw errors.invalidFile('scenario', file, overBudget);
  return deepFreeze(scenario);
}

/**
 * Reads, parses and validates a scenario file.
 * @param path - path of the JSON file, as the user gave it (shown in messages)
 * @throws {ScenarioError} if the file is missing, unreadable, not JSON, or not a valid scenario
 */
export function loadScenario(path: string): Scenario {
  return readInputFile(path, 'scenario', (json) => parseScenario(json, path));
}

/** The base scenario an experiment or calibration file names, and what is wrong with it. */
export interface ReferencedScenario {
  /** The scenario file, resolved against the naming file's folder; '' when `/scenario` is unusable. */
  path: string;
  /** The scenario, when it is valid. */
  scenario?: Scenario;
  /** The file cannot be read: an issue of the naming file, at `/scenario`. */
  unreadable?: InputIssue;
  /** The scenario file's own problems (not JSON, or not a valid scenario), in its own terms, each naming the file. */
  issues?: readonly InputIssue[];
}

/**
 * Loads the scenario that an experiment or calibration file names at `/scenario` (a path relative
 * to that file's folder), unless that field is not a string or already has a problem.
 * @param reported - the naming file's problems found so far
 */
export function loadReferencedScenario(data: unknown, reported: readonly InputIssue[], baseDir: string, kind: FileKind): ReferencedScenario {
  const name = valueAt(data, '/scenario');
  if (typeof name !== 'string' || reported.some((i) => i.path === '/scenario')) return { path: '' };
  const path = isAbsolute(name) ? name : join(baseDir, name);
  const read = readJsonFile(path, 'scenario');
  if (!read.ok && read.unreadable) return { path, unreadable: catalogue.unreadableScenario(read.issue, kind, baseDir) };
  // Each issue names the scenario file, for the error of the experiment or calibration that names it.
  const inScenario = (issues: readonly InputIssue[]) => issues.map((issue) => ({ ...issue, file: issue.file ?? path }));
  if (!read.ok) return { path, issues: inScenario([read.issue]) };
  try {
    return { path, scenario: parseScenario(read.value, path) };
  } catch (error) {
    if (error instanceof ScenarioError) return { path, issues: inScenario(error.issues) };
    throw error;
  }
}

/** Problems in user-defined metric expressions (syntax, unknown names, disallowed constructs). */
function userMetricIssues(data: unknown): InputIssue[] {
  try {
    compileUserMetrics((data as { metrics: UserMetricSpec[] }).metrics, BUILTIN_METRICS);
    return [];
  } catch (error) {
    if (error instanceof UserMetricError) return [...error.issues];
    throw error;
  }
}

/** Fills what JSON Schema defaults cannot (labels default to the name) and drops editor-only keys. */
function finish(data: Record<string, unknown>): Scenario {
  const { $schema: _schema, description: _description, name, labels, ...rest } = data;
  const given = (labels ?? {}) as { zh?: string; en?: string };
  const filled = { zh: given.zh ?? (name as string), en: given.en ?? (name as string) };
  return { name, labels: filled, ...rest } as unknown as Scenario;
}
