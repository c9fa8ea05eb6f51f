/**
 * Policy design loader: JSON in; a validated, fully resolved, deep-frozen {@link Design} and its
 * base scenario out. Every problem is reported at once in one {@link InputError} (exit code 2),
 * each with its JSON path, what was expected, what was found and a hint — including lever
 * settings the scenario would reject and caps no package can meet, so that nothing fails after
 * the search has started.
 */
import { lazyValidator } from '../../base/ajv.ts';
import { errors, ScenarioError, type InputIssue } from '../../base/errors.ts';
import { copyInput, readInputFile } from '../../base/inputFile.ts';
import { deepFreeze, describeValue, isWithin, listOf, tidy } from '../../base/wording.ts';
import { KIND_NAMES } from '../../engine/interventions/registry.ts';
import { BUILTIN_METRICS } from '../../engine/metrics/builtins.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { validationIssues, type SchemaWording } from '../../scenarios/ajvIssues.ts';
import { loadReferencedScenario, parseScenario } from '../../scenarios/loader.ts';
import { homesOfKey, type SchemaNode } from '../../scenarios/schema.ts';
import { rangeEndIssues, type RunSettings } from '../design/rangeEnds.ts';
import { sensitivityParameter, type ParameterData } from '../design/resolve.ts';
import { rangeParameterIssues } from '../design/rules.ts';
import { keyHomesOf, noPatternMatch, resolveLocalRef } from '../design/schemaIssues.ts';
import experimentSchema from '../experiment.schema.json' with { type: 'json' };
import schemaJson from '../design.schema.json' with { type: 'json' };
import { constraintIssues } from './budgetRules.ts';
import { leverIssues, startIssues } from './leverRules.ts';
import { leverScenarioIssues, type PlacedLever } from './leverScenarios.ts';
import { objectiveIssues, reevaluationIssues, uncertaintyPathIssues } from './objectiveRules.ts';
import { resolveConstraints, resolveDesign, resolveLever, type DesignData } from './resolve.ts';
import type { Design } from './types.ts';

/** A policy design ready to search. */
export interface LoadedDesign {
  /** Resolved and deep-frozen. */
  design: Design;
  /** The design file, as the user named it. */
  file: string;
  /** The base scenario file, resolved against the design file's folder. */
  scenarioPath: string;
  /** The base scenario as loaded (resolved, defaults filled; no lever added). */
  baseScenario: Scenario;
}

/** The design schema (draft 2020-12). */
const designSchema = schemaJson as unknown as SchemaNode;
const DEFS = (schemaJson as unknown as { $defs: Record<string, SchemaNode> }).$defs;
/** Lever and target names: identifiers in variable names and table columns. */
const IDENTIFIER = DEFS.lever!.properties!.name!.pattern;
const KEY_HOMES = keyHomesOf(designSchema);

/**
 * The design validator, compiled on first use. Only the experiment schema's definitions are
 * added (for the uncertain parameters): its arm interventions refer to the scenario schema,
 * which need not be compiled here.
 */
const validator = lazyValidator(schemaJson, (ajv) => {
  ajv.addSchema({ $id: (experimentSchema as { $id: string }).$id, $defs: (experimentSchema as { $defs: unknown }).$defs as object });
});

/**
 * Reads, validates and resolves a policy design file and its base scenario.
 * @param path - path of the JSON file, as the user gave it (shown in messages)
 * @throws {InputError} listing every problem of the file (and of its scenario file)
 */
export function loadDesign(path: string): LoadedDesign {
  return readInputFile(path, 'design', parseDesign);
}

/**
 * {@link loadDesign} for data already parsed. The input is not modified.
 * @param file - the file name to show in messages
 * @param baseDir - the folder `scenario` is relative to (the design file's)
 * @throws {InputError} listing every problem found
 */
export function parseDesign(json: unknown, file: string, baseDir: string): LoadedDesign {
  const data = copyInput(json, file, 'design');
  const issues = validationIssues(validator(), data, DESIGN_WORDING);
  issues.push(...rangeParameterIssues(data, '/uncertainty/parameters', issues));
  issues.push(...uncertaintyPathIssues(data, issues));
  issues.push(...leverIssues(data, issues));
  issues.push(...reevaluationIssues(data, issues));

  const { path: scenarioPath, scenario: base, unreadable, issues: scenarioIssues = [] } = loadReferencedScenario(data, issues, baseDir, 'design');
  if (unreadable) issues.push(unreadable);
  issues.push(...scenarioIssues);
  if (base === undefined) throw errors.invalidFile('design', file, issues);
  issues.push(...objectiveIssues(data, [...BUILTIN_METRICS, ...base.metrics.map((m) => m.name)], issues));
  if (!issues.some((i) => i.path === '' || isWithin(i.path, '/years') || isWithin(i.path, '/recordEvery'))) {
    const d = data as DesignData;
    const runs: RunSettings = { years: d.years ?? base.years, recordEvery: d.recordEvery ?? base.recordEvery };
    issues.push(...startIssues(data, runs.years, issues));
    issues.push(...scenarioChecks(data, runs, base, scenarioPath, issues));
  }
  if (issues.length > 0) throw errors.invalidFile('design', file, issues);
  return deepFreeze({ design: resolveDesign(data, base), file, scenarioPath, baseScenario: base });
}

/**
 * The checks that compose scenarios or plan packages, each when what it reads is sound: the base
 * scenario over the design's horizon, the ends of the uncertainty ranges, every lever's settings,
 * and the constraints against the levers' plans.
 */
function scenarioChecks(data: unknown, runs: RunSettings, base: Scenario, scenarioPath: string, reported: readonly InputIssue[]): InputIssue[] {
  const horizon = horizonIssues(runs, base, scenarioPath);
  // Every lever and range would fail the same way on a base scenario the horizon breaks.
  if (horizon.length > 0) return horizon;
  const issues: InputIssue[] = [];
  const clean = (at: string) => !reported.some((i) => isWithin(i.path, at) || isWithin(at, i.path));
  const d = data as Partial<DesignData>;
  const parameters = d.uncertainty?.parameters;
  if (Array.isArray(parameters) && !reported.some((i) => isWithin('/uncertainty/parameters', i.path))) {
    // Each sound parameter is checked; the others have their issues already.
    const ends = rangeEndIssues(parameters.map((p: ParameterData) => sensitivityParameter(p)), '/uncertainty/parameters', 'uncertainty range', runs, base, scenarioPath);
    issues.push(...ends.filter((issue) => clean(issue.path.split('/').slice(0, 4).join('/'))));
  }
  const levers = Array.isArray(d.levers) ? d.levers : [];
  const placed: PlacedLever[] = levers.flatMap((lever, i) => (clean(`/levers/${i}`) ? [{ lever: resolveLever(lever), at: `/levers/${i}` }] : []));
  issues.push(...leverScenarioIssues(placed, data, runs, base, scenarioPath));
  if (placed.length > 0 && placed.length === levers.length && d.constraints !== undefined && clean('/constraints') && !issues.some((i) => isWithin(i.path, '/levers'))) {
    issues.push(...constraintIssues(placed.map((p) => p.lever), resolveConstraints(d.constraints), runs.years, base));
  }
  return issues;
}

/** The base scenario must accept the design's horizon and recording interval (e.g. its own interventions' ends). */
function horizonIssues(runs: RunSettings, base: Scenario, scenarioPath: string): InputIssue[] {
  if (runs.years === base.years && runs.recordEvery === base.recordEvery) return [];
  try {
    parseScenario({ ...base, ...runs }, scenarioPath);
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues.map((issue) => ({
      path: '/years',
      expected: issue.expected,
      found: `${tidy(runs.years)} years, while ${issue.path} of the base scenario has ${issue.found}`,
      hint: `${issue.hint} (The base scenario ${scenarioPath} is run over the design's "years".)`,
    }));
  }
}

// ---------------------------------------------------------------- wording

/** How to add each required field, by generic path. */
const ADD_HINTS: Readonly<Record<string, string>> = {
  '/name': 'Add "name": "my-design" at the top level (lower-case letters, digits, _ and -).',
  '/scenario': 'Add "scenario": the base scenario file, relative to the folder of this file, e.g. "../scenarios/small.json".',
  '/levers': 'Add "levers": a list of at least one lever, e.g. [{"kind": "digitalRollout", "params": {"trainingReachPerYear": {"min": 0, "max": 0.4}}}].',
  '/objectives': 'Add "objectives": two to four metrics, e.g. ["group_gap_unmet_share", "cost_total"].',
  '/levers/<i>/kind': `Add "kind": one of ${listOf(KIND_NAMES, true)}.`,
  '/levers/<i>/targets/<i>/name': 'Give the target a "name", e.g. "north" (letters, digits and _, starting with a letter).',
  '/objectives/<i>/metric': 'Add "metric": the name of a built-in metric or of one of the base scenario\'s metrics.',
  '/uncertainty/parameters': 'Add "parameters": the uncertain values, e.g. [{"name": "threshold", "path": "/digital/skillThreshold", "min": 0.25, "max": 0.45}].',
};

/** Wording for fields that take several types, and for objects with special content. */
const TYPE_WORDING: Readonly<Record<string, { expected?: string; hint: string }>> = {
  '': { expected: 'an object (the design)', hint: 'A design file holds one JSON object, e.g. {"name": "my-design", "scenario": "../scenarios/small.json", "levers": [{"kind": "digitalRollout", "params": {"trainingReachPerYear": {"min": 0, "max": 0.4}}}], "objectives": ["group_gap_unmet_share", "cost_total"]} (see experiments/README.md, "Policy design files").' },
  '/levers/<i>/start': { expected: 'a number of years, or a range {"min": …, "max": …}', hint: 'For example 1 (a fixed start), or {"min": 0, "max": 2} for the search to choose a whole year in.' },
  '/levers/<i>/targets/<i>': { expected: '"all", "rural", "urban", or a named target {"name": …, …}', hint: 'For example "rural", or {"name": "north", "townships": [0, 1]}.' },
  '/levers/<i>/params': { hint: 'Write an object from parameter names to ranges, e.g. {"trainingReachPerYear": {"min": 0, "max": 0.4}}, or leave it out.' },
  '/levers/<i>/fixed': { hint: 'Write an object from parameter names to values, e.g. {"elderlyFriendly": true}, or leave it out.' },
  '/objectives/<i>': { expected: 'a metric name, or an object {"metric": …, "better": …, "percentile": …}', hint: 'For example "cost_total", or {"metric": "group_gap_unmet_share", "percentile": 90}.' },
  '/uncertainty': { hint: 'Write {"samples": 4, "parameters": [{"name": …, "path": …, "min": …, "max": …}]}, or leave it out for none.' },
};

/** What an empty (or too short) list should hold, by generic path. */
const EMPTY_LISTS: Readonly<Record<string, { expected: string; hint: string }>> = {
  '/levers': { expected: 'at least one lever', hint: 'Add a lever, e.g. {"kind": "digitalRollout", "params": {"trainingReachPerYear": {"min": 0, "max": 0.4}}}.' },
  '/objectives': { expected: 'at least 2 objectives (the search looks for the trade-offs between them)', hint: 'List two to four metrics, e.g. ["group_gap_unmet_share", "cost_total"]; to compare policies on one outcome, run an experiment instead.' },
  '/levers/<i>/targets': { expected: 'at least one target', hint: 'Leave "targets" out to aim the lever at everyone, or list choices such as ["all", "rural"].' },
  '/uncertainty/parameters': { expected: 'at least one parameter', hint: 'Add {"name": …, "path": …, "min": …, "max": …}, or leave "uncertainty" out.' },
};

function designPattern(path: string, data: unknown, schema: SchemaNode): InputIssue {
  if (schema.pattern !== IDENTIFIER) return noPatternMatch(path, data, schema);
  const suggestion = String(data).replace(/[^A-Za-z0-9_]+/g, '_').replace(/^[^A-Za-z]+/, '').slice(0, 32).replace(/_+$/, '');
  return {
    path,
    expected: 'a name made of letters, digits and _, starting with a letter, at most 32 characters',
    found: describeValue(data),
    hint: `For example "${suggestion || (path.includes('/targets/') ? 'north' : 'digital')}" (it names columns of the result tables).`,
  };
}

/** A key of the scenario's, written in the design: where to put it instead. */
function scenarioKeyHint(key: string): string | undefined {
  if (homesOfKey(key).length === 0) return undefined;
  return `"${key}" is a scenario parameter: change it in the base scenario file, or make it uncertain under "uncertainty".`;
}

/** What differs from a scenario file's wording. */
const DESIGN_WORDING: SchemaWording = {
  addHints: ADD_HINTS,
  types: TYPE_WORDING,
  emptyList: (path) => EMPTY_LISTS[path] ?? { expected: 'a list with at least one item', hint: 'Add an item, or leave the field out.' },
  keyHomes: (key) => KEY_HOMES.get(key) ?? [],
  unknownKeyHint: scenarioKeyHint,
  pattern: designPattern,
  resolve: (node) => resolveLocalRef(node, DEFS),
};

