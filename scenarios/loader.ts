/**
 * Scenario loader: JSON in, a validated, fully default-filled, deep-frozen {@link Scenario} out.
 * Every problem found is reported at once in one {@link ScenarioError}; nothing else is thrown
 * for bad input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { BUILTIN_METRICS } from '../engine/metrics/builtins.ts';
import { UserMetricError, compileUserMetrics, type UserMetricSpec } from '../engine/metrics/userMetrics.ts';
import { ajvIssues } from './ajvIssues.ts';
import { ScenarioError, type InputIssue } from './errors.ts';
import { parseJsonText } from './jsonText.ts';
import { scenarioSchema } from './schema.ts';
import { semanticIssues } from './semantic.ts';
import type { Scenario } from './types.ts';
import { closest, escapePointer, preview } from './wording.ts';

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
  const copy = copyJson(json);
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(path, [readIssue(path, error)]);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ScenarioError(path, [parsed.issue]);
  return parseScenario(parsed.value, path);
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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------- input copy

type CopyResult = { ok: true; value: unknown } | { ok: false; issues: InputIssue[] };

/**
 * A deep copy of plain JSON data, so that default filling leaves the caller's object alone.
 * Anything JSON cannot hold (functions, NaN, class instances, cycles, absurd nesting) is reported;
 * properties set to `undefined` are dropped and -0 becomes 0, as through `JSON.stringify`.
 */
function copyJson(input: unknown): CopyResult {
  const issues: InputIssue[] = [];
  const ancestors = new Set<object>();
  const bad = (path: string, expected: string, found: string, hint: string): undefined => {
    issues.push({ path, expected, found, hint });
    return undefined;
  };
  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return bad(path, 'a finite number', String(value), 'JSON has no NaN or Infinity; write a number.');
      return value === 0 ? 0 : value; // -0 becomes 0, as it would through JSON.stringify
    }
    if (typeof value !== 'object') {
      return bad(path, 'a JSON value', `a ${typeof value}`, 'Pass data as parsed from JSON: objects, lists, strings, numbers, booleans, null.');
    }
    if (depth > MAX_DEPTH) return bad(path, `at most ${MAX_DEPTH} levels of nesting`, 'deeper nesting', 'Check the brackets.');
    if (ancestors.has(value)) return bad(path, 'a value without cycles', 'an object that contains itself', 'Pass data as parsed from JSON.');
    const proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      return bad(path, 'a plain JSON object', `a ${value.constructor?.name ?? 'non-plain'} object ${preview(value)}`, 'Pass data as parsed from JSON.');
    }
    ancestors.add(value);
    let result: unknown;
    if (Array.isArray(value)) {
      result = Array.from(value as unknown[], (item, i) => copy(item, `${path}/${i}`, depth + 1) ?? null);
    } else {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        // defineProperty keeps a key such as "__proto__" an ordinary own property
        Object.defineProperty(out, key, { value: copy(item, `${path}/${escapePointer(key)}`, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      result = out;
    }
    ancestors.delete(value);
    return result;
  };
  const value = copy(input, '', 0);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

// ---------------------------------------------------------------- file errors

function readIssue(path: string, error: unknown): InputIssue {
  const code = (error as NodeJS.ErrnoException).code;
  const full = resolve(path);
  if (code === 'ENOENT') {
    return { path: '', expected: 'an existing scenario file', found: `no file at ${full}`, hint: missingFileHint(full) };
  }
  if (code === 'EISDIR') {
    return { path: '', expected: 'a scenario file', found: `${full} is a directory`, hint: `Name a .json file inside it, e.g. ${path.replace(/\/$/, '')}/small.json.` };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { path: '', expected: 'a readable scenario file', found: `no permission to read ${full}`, hint: 'Check the file permissions (ls -l), or copy the file somewhere readable.' };
  }
  return { path: '', expected: 'a readable scenario file', found: `${full} could not be read (${code ?? String(error)})`, hint: 'Check the path and that the file is a readable text file.' };
}

/** Suggests a similar file name in the same directory, or lists the JSON files there. */
function missingFileHint(full: string): string {
  let names: string[];
  try {
    names = readdirSync(dirname(full)).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
  } catch {
    return `Check the path: the directory ${dirname(full)} does not exist either.`;
  }
  const similar = closest(basename(full), names);
  if (similar !== undefined) return `Did you mean ${resolve(dirname(full), similar)}?`;
  if (names.length === 0) return `Check the path: ${dirname(full)} holds no .json files.`;
  const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
  return `Check the path; JSON files in ${dirname(full)}: ${shown}.`;
}
