/**
 * The scenario of one run: the base scenario, with the experiment's horizon and recording
 * interval, the arm's interventions appended, the arm's overrides and the sweep point's values
 * applied, validated by the scenario loader. Problems are reported against the experiment file's
 * paths (see {@link mapIssue}).
 */
import { errors, ScenarioError, type InputIssue } from '../../base/errors.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { closest, escapePointer, isWithin, listOf, splitPointer, tidy, valueAt } from '../../base/wording.ts';
import { setAtPointer, toPointer } from '../../base/jsonPointer.ts';
import type { SweepPoint } from './sweep.ts';
import type { Arm, Experiment } from './types.ts';

/** File names for messages: the experiment file, and its base scenario file. */
export interface ComposeFiles {
  experiment?: string;
  scenario?: string;
}

const POINTER_EXPECTED = 'a JSON pointer to a value in the scenario (its parent must exist)';

/** The outcome of {@link tryComposeScenario}. */
export type Composed = { ok: true; scenario: Scenario } | { ok: false; issues: InputIssue[] };

/** A value the experiment changed in the scenario, and where the experiment file says so. */
interface Change {
  pointer: string;
  /** Path of the value in the experiment file. */
  at: string;
  /** Path of the pointer in the experiment file (for an override, the same as `at`). */
  pathAt: string;
  /** For hints, e.g. `sweep parameter "x" sets it to 0.3`. */
  what: string;
  /** Latin hypercube values differ from point to point: such issues are merged by path. */
  sampled: boolean;
}

/**
 * Composes and validates the scenario of one (arm, sweep point) of an experiment. Pure and
 * deterministic: the same inputs give an identical scenario.
 *
 * Order: a copy of `base`; `years` and `recordEvery` from the experiment; the arm's interventions
 * appended to the base scenario's; the arm's overrides, in the order written; the point's values
 * by path, in parameter order; validation by {@link parseScenario}.
 *
 * @param base - the resolved base scenario (not modified)
 * @param arm - one of `experiment.arms` (found by name)
 * @param point - one of the experiment's sweep points
 * @returns the composed scenario, deep-frozen
 * @throws {ExperimentError} listing every problem, at the experiment file's paths
 */
export function composeScenario(base: Scenario, experiment: Experiment, arm: Arm, point: SweepPoint, files: ComposeFiles = {}): Scenario {
  const composed = tryComposeScenario(base, experiment, arm, point, files);
  if (!composed.ok) throw errors.invalidFile('experiment', files.experiment ?? '<experiment>', composed.issues);
  return composed.scenario;
}

/** {@link composeScenario}, returning the problems instead of throwing them. */
export function tryComposeScenario(base: Scenario, experiment: Experiment, arm: Arm, point: SweepPoint, files: ComposeFiles = {}): Composed {
  const armIndex = experiment.arms.findIndex((a) => a.name === arm.name);
  if (armIndex < 0) throw new Error(`"${arm.name}" is not an arm of experiment "${experiment.name}"`);
  const armAt = `/arms/${armIndex}`;
  const data = structuredClone(base) as unknown as Record<string, unknown> & { interventions: unknown[] };
  data.years = experiment.years;
  data.recordEvery = experiment.recordEvery;
  const baseCount = data.interventions.length;
  data.interventions.push(...structuredClone(arm.interventions));

  const issues: InputIssue[] = [];
  const changes: Change[] = [];
  for (const [pointer, value] of Object.entries(arm.overrides)) {
    const at = `${armAt}/overrides/${escapePointer(pointer)}`;
    const problem = setAtPointer(data, pointer, structuredClone(value), baseCount);
    if (problem) issues.push({ path: at, expected: POINTER_EXPECTED, ...problem });
    else changes.push({ pointer, at, pathAt: at, what: `arm "${arm.name}" overrides it`, sampled: false });
  }
  for (const change of sweepChanges(experiment, point)) {
    const problem = setAtPointer(data, change.pointer, change.value, baseCount);
    if (problem) issues.push({ path: change.pathAt, expected: POINTER_EXPECTED, ...problem });
    else changes.push(change);
  }

  try {
    const scenario = parseScenario(data, files.scenario ?? '<scenario>');
    return issues.length === 0 ? { ok: true, scenario } : { ok: false, issues };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const context: MapContext = { data, base, experiment, arm, armAt, baseCount, changes, scenarioFile: files.scenario ?? 'the base scenario file' };
    for (const issue of error.issues) issues.push(mapIssue(issue, context));
    return { ok: false, issues };
  }
}

/** The sweep point's values as changes, in parameter order. */
function sweepChanges(experiment: Experiment, point: SweepPoint): (Change & { value: unknown })[] {
  const sweep = experiment.sweep;
  if (sweep === null) return [];
  const valueOf = (name: string): number | boolean | string => {
    const value = point.values[name];
    if (value === undefined) throw new Error(`sweep point ${point.index} has no value for parameter "${name}"`);
    return value;
  };
  if (sweep.kind === 'grid') {
    return sweep.parameters.map((parameter, j) => {
      const value = valueOf(parameter.name);
      const v = parameter.values.indexOf(value);
      const at = `/sweep/grid/${j}`;
      return { pointer: parameter.path, value, at: v < 0 ? at : `${at}/values/${v}`, pathAt: `${at}/path`, what: `sweep parameter "${parameter.name}" sets it to ${JSON.stringify(value)}`, sampled: false };
    });
  }
  if (sweep.kind === 'points') {
    return sweep.parameters.map((parameter, j) => {
      const value = valueOf(parameter.name);
      const at = `/sweep/points/values/${point.index}/${j}`;
      return { pointer: parameter.path, value, at, pathAt: `/sweep/points/parameters/${j}/path`, what: `parameter "${parameter.name}" of point ${point.index} sets it to ${JSON.stringify(value)}`, sampled: false };
    });
  }
  const design = SAMPLED[sweep.kind];
  return sweep.parameters.map((parameter, j) => {
    const value = valueOf(parameter.name);
    const at = `/sweep/${sweep.kind}/parameters/${j}`;
    const shown = typeof value === 'number' ? tidy(value) : JSON.stringify(value);
    const what = `${design} parameter "${parameter.name}" (range ${tidy(parameter.min)} to ${tidy(parameter.max)}) sets it to ${shown} at point ${point.index}`;
    return { pointer: parameter.path, value, at, pathAt: `${at}/path`, what, sampled: true };
  });
}

/** Designs whose values are drawn from ranges (differing from point to point), as messages name them. */
const SAMPLED = { latinHypercube: 'Latin hypercube', morris: 'Morris', sobol: "Sobol'" } as const;

/**
 * A key for reporting each distinct problem once across all (arm, point) pairs: file, path,
 * expected, and found (except for sampled values, which differ from point to point).
 */
export function issueKey(issue: InputIssue): string {
  const sampled = /^\/sweep\/(latinHypercube|morris|sobol)\//.test(issue.path);
  return [issue.file ?? '', issue.path, issue.expected, sampled ? '' : issue.found].join('\n');
}

interface MapContext {
  data: unknown;
  base: Scenario;
  experiment: Experiment;
  arm: Arm;
  armAt: string;
  baseCount: number;
  changes: readonly Change[];
  scenarioFile: string;
}

/**
 * Moves an issue of the composed scenario to where the experiment file can fix it:
 * inside a changed value (override or sweep; the last change wins) → that entry of the experiment;
 * inside an appended intervention → `/arms/<i>/interventions/<k>`; a check on an object holding a
 * changed value (e.g. shares that must sum to 1) → that change, saying where the check is;
 * anything else → the scenario path in the base scenario file, saying so.
 */
function mapIssue(issue: InputIssue, ctx: MapContext): InputIssue {
  const p = issue.path;
  const inside = [...ctx.changes].reverse().find((c) => isWithin(p, c.pointer));
  if (inside) {
    if (isUnknownKey(issue) && p === inside.pointer) return { ...issue, path: inside.pathAt, hint: unknownKeyHint(p, ctx.data) };
    return inside.sampled
      ? { ...issue, path: inside.at, hint: `${capital(inside.what)}. ${issue.expected.startsWith('an integer') ? (inside.at.startsWith('/sweep/latinHypercube/') ? 'Set "integer": true for whole numbers' : 'Sensitivity designs sample continuous values: choose a parameter that takes any number in its range') : 'Keep min and max within the valid values'}. ${issue.hint}` }
      : { ...issue, path: inside.at + p.slice(inside.pointer.length) };
  }
  const appended = /^\/interventions\/(\d+)(\/.*)?$/.exec(p);
  if (appended && Number(appended[1]) >= ctx.baseCount) {
    return { ...issue, path: `${ctx.armAt}/interventions/${Number(appended[1]) - ctx.baseCount}${appended[2] ?? ''}` };
  }
  const below = p === '' ? undefined : ctx.changes.find((c) => isWithin(c.pointer, p));
  if (below) return { ...issue, path: below.at, hint: `${issue.hint} (The check is on ${p} of the scenario, which holds ${below.pointer}: ${below.what}.)` };
  const notes: string[] = [];
  if (ctx.experiment.years !== ctx.base.years) notes.push(`the experiment sets years to ${tidy(ctx.experiment.years)} (the scenario has ${tidy(ctx.base.years)})`);
  if (ctx.changes.length > 0) notes.push(`this run also changes ${listOf(ctx.changes.map((c) => c.pointer))}`);
  const from = `This value comes from the base scenario file ${ctx.scenarioFile}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`;
  return { ...issue, file: ctx.scenarioFile, hint: `${issue.hint} (${from})` };
}

function isUnknownKey(issue: InputIssue): boolean {
  return issue.found.startsWith('the unknown key') || issue.found.startsWith('the unknown parameter');
}

/** For an override or sweep path whose last key does not exist: the closest existing one. */
function unknownKeyHint(pointer: string, data: unknown): string {
  const keys = splitPointer(pointer);
  const parent = toPointer(keys.slice(0, -1));
  const container = valueAt(data, parent);
  const known = container !== null && typeof container === 'object' ? Object.keys(container).filter((k) => k !== keys[keys.length - 1]) : [];
  const suggestion = closest(keys[keys.length - 1]!, known);
  return suggestion !== undefined
    ? `There is no ${pointer} in the scenario. Did you mean "${toPointer([...keys.slice(0, -1), suggestion])}"? Keys are case-sensitive.`
    : `There is no ${pointer} in the scenario; the keys of ${parent || 'the top level'} are ${listOf(known)}.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
