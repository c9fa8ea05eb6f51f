/**
 * Scenario loader: JSON in, a validated, fully default-filled, deep-frozen {@link Scenario} out.
 * Every problem found is reported at once in one {@link ScenarioError}; nothing else is thrown
 * for bad input.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { BUILTIN_METRICS } from '../engine/metrics/builtins.ts';
import { UserMetricError, compileUserMetrics, type UserMetricSpec } from '../engine/metrics/userMetrics.ts';
import { ajvIssues } from './ajvIssues.ts';
import { ScenarioError, type InputIssue } from '../base/errors.ts';
import { readJsonFile } from '../base/jsonText.ts';
import { scenarioSchema } from './schema.ts';
import { semanticIssues } from './semantic.ts';
import type { Scenario } from '../engine/scenario.ts';
import { copyJson, deepFreeze } from '../base/wording.ts';

/** Placeholder file name for scenarios not read from a file. */
const NO_FILE = '<scenario>';
/** Deepest nesting accepted in input; a valid scenario is far shallower. */
const MAX_DEPTH = 64;

const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, useDefaults: true, verbose: true, strict: true });
ajv.addKeyword({ keyword: 'x-unit', schemaType: 'string', metaSchema: { type: 'string' } });
ajv.addKeyword({ keyword: 'x-source', schemaType: 'string', metaSchema: { type: 'string' } });
/** The compiled scenario validator, compiled on first use (commands that read no scenario skip it). */
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction => (compiled ??= ajv.compile(scenarioSchema));

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
  const copy = copyJson(json, MAX_DEPTH);
  if (!copy.ok) throw new ScenarioError(file, copy.issues);
  const data = copy.value;
  const validate = validator();
  const issues: InputIssue[] = validate(data) ? [] : ajvIssues(validate.errors ?? [], data);
  issues.push(...semanticIssues(data, issues));
  if (!issues.some((issue) => issue.path === '' || issue.path === '/metrics' || issue.path.startsWith('/metrics/'))) issues.push(...userMetricIssues(data));
  if (issues.length > 0) throw new ScenarioError(file, issues);
  return deepFreeze(finish(data as Record<string, unknown>));
}

/**
 * Reads, parses and validates a scenario file.
 * @param path - path of the JSON file, as the user gave it (shown in messages)
 * @throws {ScenarioError} if the file is missing, unreadable, not JSON, or not a valid scenario
 */
export function loadScenario(path: string): Scenario {
  const read = readJsonFile(path, 'scenario');
  if (!read.ok) throw new ScenarioError(path, [read.issue]);
  return parseScenario(read.value, path);
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
