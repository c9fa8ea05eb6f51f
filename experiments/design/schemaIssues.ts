/**
 * Validation of an experiment file against `experiment.schema.json`, with ajv's errors worded for
 * people by scenarios/ajvIssues.ts: arm interventions exactly as in a scenario file, the rest with
 * the experiment's own {@link EXPERIMENT_WORDING} for unknown and missing keys, names, pointers,
 * empty lists and the fields that take several types.
 */
import { lazyValidator } from '../../base/ajv.ts';
import { ajvIssues, validationIssues, type SchemaWording } from '../../scenarios/ajvIssues.ts';
import type { InputIssue } from '../../base/errors.ts';
import { homesOfKey, scenarioSchema, type SchemaNode } from '../../scenarios/schema.ts';
import { describeValue, valueAt } from '../../base/wording.ts';
import schemaJson from '../experiment.schema.json' with { type: 'json' };
import { notAPointer } from '../../base/jsonPointer.ts';

/** The experiment schema (draft 2020-12). */
export const experimentSchema: SchemaNode = schemaJson as unknown as SchemaNode;

const DEFS = (schemaJson as unknown as { $defs: Record<string, SchemaNode> }).$defs;
const NAME_PATTERN = DEFS.name!.pattern;
const PARAMETER_PATTERN = DEFS.parameterName!.pattern;

const SCENARIO_SCHEMA_URL = new URL('../scenarios/scenario.schema.json', String(experimentSchema.$id)).href;

/**
 * The experiment validator (defaults filled in place). Arm interventions are accepted as they are
 * here: compiling the scenario's intervention schema a second time costs more than a second, and
 * each run's composed scenario is validated anyway, which checks them with the base scenario in
 * view (see {@link armInterventionIssues} for when that cannot happen).
 */
const validator = lazyValidator(withoutArmInterventions(experimentSchema));

function withoutArmInterventions(schema: SchemaNode): object {
  const copy = structuredClone(schema) as { $defs: { arm: { properties: { interventions: { items: unknown } } } } };
  copy.$defs.arm.properties.interventions.items = {};
  return copy;
}

/** A validator of `{interventions: [...]}` by the scenario schema's intervention definition. */
const interventionsValidator = lazyValidator(
  { $id: new URL('arm-interventions.json', String(experimentSchema.$id)).href, type: 'object', properties: { interventions: DEFS.arm!.properties!.interventions! } },
  (ajv) => ajv.addSchema(scenarioSchema, SCENARIO_SCHEMA_URL),
);

/**
 * Validates experiment data against the schema and fills the defaults it declares (in place).
 * Arm interventions are not checked here (see {@link validator}).
 * @returns the issues found, worded for people; empty when the data is valid
 */
export function schemaIssues(data: unknown): InputIssue[] {
  return validationIssues(validator(), data, EXPERIMENT_WORDING);
}

/**
 * Checks the arms' interventions against the scenario schema alone, worded exactly as in a
 * scenario file, for when the scenarios of the runs cannot be composed (the base scenario or the
 * arms have problems) and would otherwise not be checked. Compiled on first use (slow).
 */
export function armInterventionIssues(data: unknown): InputIssue[] {
  const arms = valueAt(data, '/arms');
  if (!Array.isArray(arms)) return [];
  const validate = interventionsValidator();
  const issues: InputIssue[] = [];
  arms.forEach((arm, i) => {
    const interventions = valueAt(arm, '/interventions');
    if (!Array.isArray(interventions)) return;
    const root = { interventions: structuredClone(interventions) };
    if (validate(root)) return;
    for (const issue of ajvIssues(validate.errors ?? [], root)) issues.push({ ...issue, path: `/arms/${i}${issue.path}` });
  });
  return issues;
}

// ---------------------------------------------------------------- keys

/** Where each key of the experiment lives, as generic paths (`/arms/<i>`); '' is the top level. */
const KEY_HOMES: ReadonlyMap<string, readonly string[]> = keyHomesOf(experimentSchema);

/**
 * Where each key of a file's schema lives, as generic paths (`/arms/<i>`; '' is the top level),
 * following the schema's local `$ref`s: for "move it there" hints about a key written in the
 * wrong object.
 */
export function keyHomesOf(schema: SchemaNode): ReadonlyMap<string, readonly string[]> {
  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  const homes = new Map<string, string[]>();
  const walk = (node: SchemaNode, path: string, seen: ReadonlySet<SchemaNode>): void => {
    if (seen.has(node)) return;
    const next = new Set(seen).add(node);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      homes.set(key, [...(homes.get(key) ?? []), path]);
      walk(resolveLocalRef(child, defs), `${path}/${key}`, next);
    }
    const items = node.items as SchemaNode | undefined;
    if (items) walk(resolveLocalRef(items, defs), `${path}/<i>`, next);
  };
  walk(schema, '', new Set());
  return homes;
}

/** A local `$ref` (`#/$defs/x`) resolved, merged with its siblings; other nodes as they are. */
export function resolveLocalRef(node: SchemaNode, defs: Readonly<Record<string, SchemaNode>>): SchemaNode {
  const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1] : undefined;
  return ref !== undefined && defs[ref] ? { ...defs[ref], ...node } : node;
}

/** A `$ref` of the experiment schema resolved. */
function resolveRef(node: SchemaNode): SchemaNode {
  return resolveLocalRef(node, DEFS);
}

/** A key of the scenario's, written in the experiment: where to put it instead. */
function scenarioKeyHint(key: string): string | undefined {
  const homes = homesOfKey(key);
  if (homes.length === 0) return undefined;
  const pointer = `${homes[0]}/${key}`;
  return `"${key}" is a scenario parameter: change it in the base scenario file, or in an arm with "overrides": {"${pointer}${pointer.split('/').length <= 2 ? '/…' : ''}": …}.`;
}

/** How to add each required field, by generic path. */
const ADD_HINTS: Readonly<Record<string, string>> = {
  '/name': 'Add "name": "my-experiment" at the top level (lower-case letters, digits, _ and -).',
  '/scenario': 'Add "scenario": the base scenario file, relative to the folder of this file, e.g. "../scenarios/small.json".',
  '/arms': 'Add "arms": a list of at least one arm, e.g. [{"name": "baseline"}, {"name": "grid", "interventions": [{"kind": "gridManagement"}]}].',
  '/arms/<i>/name': 'Give the arm a "name", e.g. "baseline" (lower-case letters, digits, _ and -).',
  '/sweep/grid/<i>/values': 'Add "values": the list of values to try, e.g. [0.1, 0.2, 0.3].',
  '/outcomes/<i>/metric': 'Add "metric": the name of a built-in metric or of one of the base scenario\'s metrics.',
};

// ---------------------------------------------------------------- values

/** Wording for fields that take several types, and for lists and objects with special content. */
const TYPE_WORDING: Readonly<Record<string, { expected?: string; hint: string }>> = {
  '': { expected: 'an object (the experiment)', hint: 'An experiment file holds one JSON object, e.g. {"name": "levers", "scenario": "../scenarios/small.json", "arms": [{"name": "baseline"}]}.' },
  '/sweep': { expected: 'an object naming one design ({"grid": […]}, {"latinHypercube": {…}}, {"morris": {…}}, {"sobol": {…}} or {"points": {…}}), or null', hint: 'Leave "sweep" out for no sweep; experiments/README.md shows the grid and Latin hypercube, docs/sensitivity.md the Morris and Sobol\' designs.' },
  '/outcomes': { hint: 'Write a list of metric names, e.g. ["participation", "gap_participation"], or leave it out for the headline set.' },
  '/outcomes/<i>': { expected: 'a metric name, or an object {"metric": …, "better": …}', hint: 'For example "participation", or {"metric": "gap_participation", "better": "zero"}.' },
  '/arms': { hint: 'Write a list of arms, e.g. [{"name": "baseline"}, {"name": "grid", "interventions": [{"kind": "gridManagement"}]}].' },
  '/arms/<i>/overrides': { hint: 'Write an object from JSON pointers to new values, e.g. {"/digital/skillThreshold": 0.3}, or leave it out.' },
  '/sweep/grid/<i>/values/<i>': { expected: 'a number, true or false, or a string', hint: 'A swept value replaces one value of the scenario; to vary a list or an object, use one arm per variant with "overrides".' },
};

/**
 * A string that does not match its pattern: an experiment-style name (also a calibration's or a
 * design's), a parameter name, or a JSON pointer.
 */
export function noPatternMatch(path: string, data: unknown, schema: SchemaNode): InputIssue {
  const text = String(data);
  if (schema.pattern === NAME_PATTERN) {
    const suggestion = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64).replace(/[^a-z0-9]+$/, '');
    return {
      path,
      expected: 'a name made of lower-case letters, digits, _ and -, starting with a letter or digit, at most 64 characters',
      found: describeValue(data),
      hint: `For example "${suggestion || (path === '/name' ? 'my-experiment' : 'baseline')}".`,
    };
  }
  if (schema.pattern === PARAMETER_PATTERN) {
    const suggestion = text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '');
    return {
      path,
      expected: 'a name made of lower-case letters, digits and _, starting with a letter',
      found: describeValue(data),
      hint: `For example "${suggestion || 'mobilisation'}" (it names a column of the result tables).`,
    };
  }
  return { path, expected: 'a JSON pointer starting with "/"', ...notAPointer(text) };
}

/** What an empty list should hold, by generic path. */
const EMPTY_LISTS: Readonly<Record<string, { expected: string; hint: string }>> = {
  '/arms': { expected: 'at least one arm', hint: 'Add an arm, e.g. {"name": "baseline"} for the base scenario as it is.' },
  '/outcomes': { expected: 'at least one outcome', hint: 'List metric names, or leave "outcomes" out for the headline set.' },
  '/sweep/grid': { expected: 'at least one parameter', hint: 'Add {"name": …, "path": …, "values": […]}, or leave "sweep" out for no sweep.' },
  '/sweep/grid/<i>/values': { expected: 'at least one value', hint: 'List the values to try, e.g. [0.1, 0.2, 0.3].' },
  '/sweep/latinHypercube/parameters': { expected: 'at least one parameter', hint: 'Add {"name": …, "path": …, "min": …, "max": …}, or leave "sweep" out for no sweep.' },
  '/sweep/morris/parameters': { expected: 'at least one parameter', hint: 'Add {"name": …, "path": …, "min": …, "max": …} for each parameter to screen.' },
  '/sweep/sobol/parameters': { expected: 'at least one parameter', hint: 'Add {"name": …, "path": …, "min": …, "max": …} for each parameter to analyse.' },
};

/** What differs from a scenario file's wording. */
const EXPERIMENT_WORDING: SchemaWording = {
  addHints: ADD_HINTS,
  types: TYPE_WORDING,
  emptyList: (path) => EMPTY_LISTS[path] ?? { expected: 'a list with at least one item', hint: 'Add an item, or leave the field out.' },
  keyHomes: (key) => KEY_HOMES.get(key) ?? [],
  unknownKeyHint: scenarioKeyHint,
  pattern: noPatternMatch,
  resolve: resolveRef,
};
