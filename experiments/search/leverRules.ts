/**
 * Checks of a design's levers that JSON Schema cannot express: a known intervention kind, unique
 * lever and target names, searched parameters the kind declares as numbers, ranges that hold more
 * than one value and lie within the kind's declared bounds, fixed parameters the kind declares
 * with values of their type, and starts before the horizon. Whether the lever's settings give a
 * valid scenario is checked against the base scenario afterwards (leverScenarios.ts).
 *
 * Like the experiment's cross-field checks, they run on the default-filled data even when the
 * schema found problems, and skip a value that already has one.
 */
import type { InputIssue } from '../../base/errors.ts';
import { closest, describeValue, escapePointer, listOf, preview, tidy, valueAt } from '../../base/wording.ts';
import type { InterventionKind, ParamDef } from '../../engine/interventions/kind.ts';
import { INTERVENTION_KINDS, KIND_NAMES } from '../../engine/interventions/registry.ts';
import { expectedOf } from '../../scenarios/ajvIssues.ts';
import type { SchemaNode } from '../../scenarios/schema.ts';
import { Context } from '../design/rules.ts';

type NumberDef = Exclude<ParamDef, { type: 'boolean' }>;

/**
 * Issues of the levers that need no base scenario (starts are checked by {@link startIssues}).
 * @param reported - issues already found; checks touching their paths are skipped
 */
export function leverIssues(data: unknown, reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  const names: string[] = [];
  ctx.list('/levers').forEach((_, i) => {
    const at = `/levers/${i}`;
    const kindName = ctx.get(`${at}/kind`);
    checkLeverName(ctx, at, kindName, names);
    if (typeof kindName !== 'string') return;
    const kind = INTERVENTION_KINDS[kindName];
    if (kind === undefined) return void ctx.add(unknownKind(`${at}/kind`, kindName));
    checkParams(ctx, at, kind);
    checkFixed(ctx, at, kind);
    checkTargetNames(ctx, at);
  });
  return ctx.issues;
}

function unknownKind(path: string, kind: string): InputIssue {
  const suggestion = closest(kind, KIND_NAMES);
  return {
    path,
    expected: `an intervention kind: ${listOf(KIND_NAMES)}`,
    found: describeValue(kind),
    hint: `${suggestion !== undefined ? `Did you mean "${suggestion}"? ` : ''}scenarios/README.md says what each kind changes and what it consumes.`,
  };
}

/** Lever names (the kind by default) are unique. */
function checkLeverName(ctx: Context, at: string, kind: unknown, names: string[]): void {
  const given = ctx.get(`${at}/name`);
  const name = valueAt(ctx.data, `${at}/name`) === undefined ? kind : given;
  if (typeof name !== 'string') return;
  const first = names.indexOf(name);
  if (first >= 0) {
    ctx.add({
      path: given === undefined ? at : `${at}/name`,
      expected: 'a lever name no other lever uses',
      found: `${preview(name)}${given === undefined ? ' (the kind, the default name)' : ''}, also the name of lever ${first}`,
      hint: 'Give the levers distinct "name"s: names head the search\'s variables and table columns (two levers of one kind need names).',
    });
  }
  names.push(name);
}

/** Searched parameters: numeric ones the kind declares, each with a range worth searching. */
function checkParams(ctx: Context, at: string, kind: InterventionKind): void {
  const params = ctx.get(`${at}/params`);
  if (params === null || typeof params !== 'object') return;
  const numeric = Object.keys(kind.params).filter((p) => kind.params[p]!.type !== 'boolean');
  for (const param of Object.keys(params)) {
    const path = `${at}/params/${escapePointer(param)}`;
    const def = Object.hasOwn(kind.params, param) ? kind.params[param]! : undefined;
    if (def === undefined) {
      ctx.add(unknownParam(path, param, kind.kind, numeric, 'numeric parameter'));
    } else if (def.type === 'boolean') {
      ctx.add({
        path,
        expected: `a numeric parameter of ${kind.kind}: ${listOf(numeric)}`,
        found: `the switch "${param}" (true or false)`,
        hint: `Switches are not searched: put it in "fixed", e.g. "fixed": {"${param}": true}, or make two levers, one with each setting.`,
      });
    } else if (ctx.get(path) !== undefined) {
      checkRange(ctx, path, { kind: kind.kind, param, def });
    }
  }
}

function unknownParam(path: string, param: string, kind: string, known: readonly string[], what: string): InputIssue {
  const suggestion = closest(param, known);
  return {
    path,
    expected: `a ${what} of ${kind}: ${listOf(known)}`,
    found: `the unknown parameter "${param}"`,
    hint: suggestion !== undefined ? `Did you mean "${suggestion}"? Names are case-sensitive.` : `Remove "${param}"; scenarios/README.md lists the parameters of ${kind}.`,
  };
}

/** A searched parameter's range: within the declared bounds, whole numbers when declared so, more than one value. */
function checkRange(ctx: Context, path: string, p: { kind: string; param: string; def: NumberDef }): void {
  const min = ctx.get(`${path}/min`);
  const max = ctx.get(`${path}/max`);
  const given = ctx.get(`${path}/integer`);
  if (given === false && p.def.type === 'integer') {
    ctx.add({ path: `${path}/integer`, expected: `true, or nothing: ${p.kind} takes whole numbers of ${p.param}`, found: describeValue(given), hint: 'Remove "integer": the search tries whole numbers only.' });
  }
  if (typeof min !== 'number' || typeof max !== 'number') return;
  for (const [end, value] of [['min', min], ['max', max]] as const) {
    if (!outside(p.def, value)) continue;
    ctx.add({
      path: `${path}/${end}`,
      expected: `${expectedOf(p.def as unknown as SchemaNode)} (the bounds ${p.kind} declares for ${p.param})`,
      found: describeValue(value),
      hint: `Keep the range within the declared bounds (scenarios/README.md, "Parameters of each kind").`,
    });
  }
  const integer = given === true || p.def.type === 'integer';
  const low = integer ? Math.ceil(min) : min;
  const high = integer ? Math.floor(max) : max;
  const fix = (value: number) => `fix it under "fixed", e.g. "fixed": {"${p.param}": ${tidy(value)}}, and remove it from "params"`;
  if (min > max) {
    ctx.add({ path: `${path}/max`, expected: `a number above min (${tidy(min)})`, found: describeValue(max), hint: 'max is the upper end of the range: raise it, or swap min and max.' });
  } else if (low > high) {
    ctx.add({ path, expected: `a range holding whole numbers (${p.param} takes whole numbers)`, found: `${tidy(min)} to ${tidy(max)}, which holds none`, hint: `Widen the range to hold at least two whole numbers, or ${fix(Math.round(min))}.` });
  } else if (low === high) {
    const found = min === max ? `min and max both ${tidy(min)}` : `${tidy(min)} to ${tidy(max)}, which holds the whole number ${low} only`;
    ctx.add({ path, expected: 'a range of more than one value (min below max)', found, hint: `A range of one value leaves the search nothing to choose: ${fix(low)}.` });
  }
}

/** Whether a value breaks a parameter's declared bounds. */
function outside(def: NumberDef, v: number): boolean {
  return (def.minimum !== undefined && v < def.minimum) || (def.maximum !== undefined && v > def.maximum)
    || (def.exclusiveMinimum !== undefined && v <= def.exclusiveMinimum) || (def.exclusiveMaximum !== undefined && v >= def.exclusiveMaximum);
}

/** Fixed parameters: declared by the kind, not also searched, of the declared type (bounds: by the scenario check). */
function checkFixed(ctx: Context, at: string, kind: InterventionKind): void {
  const fixed = ctx.get(`${at}/fixed`);
  if (fixed === null || typeof fixed !== 'object' || Array.isArray(fixed)) return;
  const params = ctx.get(`${at}/params`);
  for (const [param, value] of Object.entries(fixed)) {
    const path = `${at}/fixed/${escapePointer(param)}`;
    const def = Object.hasOwn(kind.params, param) ? kind.params[param]! : undefined;
    if (def === undefined) {
      ctx.add(unknownParam(path, param, kind.kind, Object.keys(kind.params), 'parameter'));
    } else if (params !== null && typeof params === 'object' && Object.hasOwn(params, param)) {
      ctx.add({ path, expected: 'a parameter not also searched under "params"', found: `"${param}", also searched under "params"`, hint: `Keep one of the two: "params" lets the search choose ${param}, "fixed" sets it for every package.` });
    } else if (def.type === 'boolean' ? typeof value !== 'boolean' : typeof value !== 'number') {
      const expected = def.type === 'boolean' ? `true or false (${param} is a switch)` : expectedOf(def as unknown as SchemaNode);
      ctx.add({ path, expected, found: describeValue(value), hint: `Write ${def.type === 'boolean' ? 'true or false' : 'a number'} without quotes. ${def.description.en}` });
    }
  }
}

/** Target choices have unique names (a shortcut is its own name). */
function checkTargetNames(ctx: Context, at: string): void {
  const names: string[] = [];
  ctx.list(`${at}/targets`).forEach((target, j) => {
    const path = typeof target === 'string' ? `${at}/targets/${j}` : `${at}/targets/${j}/name`;
    const name = ctx.get(path);
    if (typeof name !== 'string') return;
    if (names.includes(name)) {
      ctx.add({ path, expected: 'a target name no other target of the lever uses', found: `${preview(name)}, also the name of target ${names.indexOf(name)}`, hint: 'Remove the repeated target, or rename it: target names say which target a package chose.' });
    }
    names.push(name);
  });
}

/**
 * Starts before the horizon: a fixed start, or a range whose ends are in order, below the
 * horizon, and (for whole years) hold a whole number.
 */
export function startIssues(data: unknown, years: number, reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  const horizon = `below the horizon (${tidy(years)} year${years === 1 ? '' : 's'})`;
  const hint = 'A lever must start before the runs end: start earlier, or lengthen the runs with "years".';
  ctx.list('/levers').forEach((_, i) => {
    const path = `/levers/${i}/start`;
    const start = ctx.get(path);
    if (typeof start === 'number') {
      if (start >= years) ctx.add({ path, expected: `a start ${horizon}`, found: describeValue(start), hint });
      return;
    }
    const min = ctx.get(`${path}/min`);
    const max = ctx.get(`${path}/max`);
    if (typeof min !== 'number' || typeof max !== 'number') return;
    if (min > max) {
      ctx.add({ path: `${path}/max`, expected: `a number of at least min (${tidy(min)})`, found: describeValue(max), hint: 'max is the latest start: raise it, or swap min and max.' });
    } else if (max >= years) {
      ctx.add({ path: `${path}/max`, expected: `a start ${horizon}`, found: describeValue(max), hint });
    } else if (ctx.get(`${path}/integer`) !== false && Math.ceil(min) > Math.floor(max)) {
      ctx.add({ path, expected: 'a range holding a whole number of years ("integer" is true)', found: `${tidy(min)} to ${tidy(max)}, which holds none`, hint: 'Widen the range, or set "integer": false to start at any time in it.' });
    }
  });
  return ctx.issues;
}
