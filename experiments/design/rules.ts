/**
 * Checks across fields of an experiment that JSON Schema cannot express: unique arm names, a
 * baseline that names an arm, one sweep design with unique parameter names and paths and valid
 * ranges, override pointers, outcomes that name known metrics once.
 *
 * They run on the default-filled data even when the schema found problems, so that all problems
 * are reported at once; a check is skipped when a value it reads already has a schema issue.
 */
import type { InputIssue } from '../../base/errors.ts';
import { closest, describeValue, escapePointer, isWithin, listOf, preview, tidy, valueAt } from '../../base/wording.ts';
import { notAPointer } from '../../base/jsonPointer.ts';

/** Most points a sweep may have. */
export const MAX_POINTS = 100_000;
/** The sweep designs, each a key of `sweep`. */
const DESIGNS = ['grid', 'latinHypercube', 'morris', 'sobol', 'points'];

/** Scenario values that the experiment itself sets, so overrides and sweeps may not. */
const RESERVED: Readonly<Record<string, string>> = {
  '/years': 'Set the horizon of every run with the experiment\'s own "years" (top level).',
  '/recordEvery': 'Set the recording interval with the experiment\'s own "recordEvery" (top level).',
  '/seed': 'Run seeds are derived from the experiment\'s "seed", the sweep point and the replicate; the scenario\'s seed is not used.',
};

/**
 * Reads values for checks, refusing those with schema issues, and gathers the checks' issues
 * (shared with the other files' cross-field checks, e.g. a policy design's).
 */
export class Context {
  readonly issues: InputIssue[] = [];

  constructor(readonly data: unknown, private readonly reported: readonly InputIssue[]) {}

  /** The value at `path`, or undefined if absent or already reported (there or above). */
  get(path: string): unknown {
    return this.reported.some((issue) => isWithin(path, issue.path)) ? undefined : valueAt(this.data, path);
  }

  /** The list at `path`, or [] if it is not one. */
  list(path: string): unknown[] {
    const value = this.get(path);
    return Array.isArray(value) ? value : [];
  }

  /** Adds an issue found. */
  add(issue: InputIssue): void {
    this.issues.push(issue);
  }
}

/**
 * Cross-field issues of default-filled experiment data (outcome names excepted: see
 * {@link outcomeIssues}, which needs the base scenario).
 * @param schemaIssues - issues already found; checks touching their paths are skipped
 */
export function ruleIssues(data: unknown, schemaIssues: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, schemaIssues);
  checkArms(ctx);
  const swept = checkSweep(ctx);
  checkOverrides(ctx, swept);
  checkOutcomeRepeats(ctx);
  return ctx.issues;
}

function checkArms(ctx: Context): void {
  const names: string[] = [];
  let complete = true;
  ctx.list('/arms').forEach((_, i) => {
    const name = ctx.get(`/arms/${i}/name`);
    if (typeof name !== 'string') return void (complete = false);
    const first = names.indexOf(name);
    if (first >= 0) {
      ctx.add({
        path: `/arms/${i}/name`,
        expected: 'a name no other arm uses',
        found: `the string ${preview(name)}, also the name of arm ${first}`,
        hint: 'Rename one of the two arms: arm names name the run files and the rows of the result tables.',
      });
    }
    names.push(name);
  });
  const baseline = ctx.get('/baseline');
  if (typeof baseline !== 'string' || !complete || names.length === 0 || names.includes(baseline)) return;
  const suggestion = closest(baseline, names);
  ctx.add({
    path: '/baseline',
    expected: `the name of one of the arms: ${listOf([...new Set(names)], true)}`,
    found: describeValue(baseline),
    hint: suggestion !== undefined ? `Did you mean "${suggestion}"?` : 'Name one of the arms, or leave "baseline" out to compare with the first arm.',
  });
}

/** Checks the sweep design; returns the swept paths with the names of their parameters. */
function checkSweep(ctx: Context): Map<string, string> {
  const swept = new Map<string, string>();
  const sweep = ctx.get('/sweep');
  if (sweep === null || typeof sweep !== 'object' || Array.isArray(sweep)) return swept;
  const kinds = DESIGNS.filter((k) => Object.hasOwn(sweep, k));
  if (kinds.length !== 1) {
    ctx.add({
      path: '/sweep',
      expected: `exactly one design: ${listOf(DESIGNS, true).replace(/ and /, ' or ')}`,
      found: kinds.length === 0 ? describeValue(sweep) : kinds.length === 2 ? `both ${listOf(kinds, true)}` : `${listOf(kinds, true)} together`,
      hint: kinds.length === 0
        ? 'Add "grid": [{"name": …, "path": …, "values": […]}], "latinHypercube": {"samples": …, "parameters": […]}, "morris": {"trajectories": …, "parameters": […]} or "sobol": {"samples": …, "parameters": […]}, or leave "sweep" out for no sweep.'
        : 'An experiment has one sweep design: keep one of them, or make two experiments.',
    });
  }
  for (const at of ['/sweep/grid', ...DESIGNS.slice(1).map((k) => `/sweep/${k}/parameters`)]) {
    checkParameters(ctx, at, swept);
  }
  for (const kind of ['morris', 'sobol'] as const) {
    ctx.list(`/sweep/${kind}/parameters`).forEach((_, j) => checkDistribution(ctx, `/sweep/${kind}/parameters/${j}`));
    checkDesignSize(ctx, kind);
  }
  checkPointRows(ctx);
  const grid = ctx.list('/sweep/grid');
  const sizes = grid.map((_, j) => ctx.get(`/sweep/grid/${j}/values`)).map((v) => (Array.isArray(v) ? v.length : 1));
  const points = sizes.reduce((a, b) => a * b, 1);
  if (points > MAX_POINTS) {
    ctx.add({
      path: '/sweep/grid',
      expected: `at most ${MAX_POINTS} points (every combination of the values)`,
      found: `${sizes.join(' × ')} = ${points} points`,
      hint: 'Use fewer values, or sample the space with "latinHypercube" instead.',
    });
  }
  ctx.list('/sweep/latinHypercube/parameters').forEach((_, j) => checkRange(ctx, `/sweep/latinHypercube/parameters/${j}`));
  return swept;
}

/** Unique names and paths, and paths the experiment does not set itself. */
function checkParameters(ctx: Context, at: string, swept: Map<string, string>): void {
  const names: string[] = [];
  const paths: string[] = [];
  ctx.list(at).forEach((_, j) => {
    const name = ctx.get(`${at}/${j}/name`);
    const path = ctx.get(`${at}/${j}/path`);
    if (typeof name === 'string') {
      if (names.includes(name)) {
        ctx.add({ path: `${at}/${j}/name`, expected: 'a name no other parameter uses', found: `the string ${preview(name)}, also the name of parameter ${names.indexOf(name)}`, hint: 'Rename one of the two: parameter names are columns of the result tables.' });
      }
      names.push(name);
    }
    if (typeof path !== 'string') return;
    if (paths.includes(path)) {
      ctx.add({ path: `${at}/${j}/path`, expected: 'a path no other parameter uses', found: `the string ${preview(path)}, also the path of parameter ${paths.indexOf(path)}`, hint: 'Each parameter sets its own value of the scenario: list the values of one parameter together.' });
    }
    paths.push(path);
    const reserved = reservedIssue(`${at}/${j}/path`, path);
    if (reserved) ctx.add(reserved);
    if (typeof name === 'string') swept.set(path, name);
  });
}

function checkRange(ctx: Context, at: string): void {
  const min = ctx.get(`${at}/min`);
  const max = ctx.get(`${at}/max`);
  if (typeof min !== 'number' || typeof max !== 'number') return;
  if (min >= max) {
    ctx.add({ path: `${at}/max`, expected: `a number above min (${tidy(min)})`, found: describeValue(max), hint: 'max is the upper end of the range: raise it, or swap min and max.' });
  }
  if (ctx.get(`${at}/scale`) === 'log' && min <= 0) {
    ctx.add({ path: `${at}/min`, expected: 'a number above 0 (the scale is "log")', found: describeValue(min), hint: 'A log scale needs a positive range; use "scale": "linear" for a range that includes 0 or negative values.' });
  }
  if (ctx.get(`${at}/integer`) === true) {
    for (const [key, value, near] of [['min', min, Math.ceil(min)], ['max', max, Math.floor(max)]] as const) {
      if (Number.isInteger(value)) continue;
      ctx.add({ path: `${at}/${key}`, expected: 'a whole number ("integer" is true)', found: describeValue(value), hint: `Use ${near}, or set "integer": false.` });
    }
  }
}

/**
 * The range and distribution of a sensitivity (or calibration) parameter at `at`: min below max,
 * a positive range on a log scale, and exactly the fields its distribution uses (a triangle's
 * mode inside the range; a normal's mean and sd).
 */
function checkDistribution(ctx: Context, at: string): void {
  const min = ctx.get(`${at}/min`);
  const max = ctx.get(`${at}/max`);
  const distribution = ctx.get(`${at}/distribution`) ?? 'uniform';
  const ranged = typeof min === 'number' && typeof max === 'number';
  if (ranged && min >= max) {
    ctx.add({ path: `${at}/max`, expected: `a number above min (${tidy(min)})`, found: describeValue(max), hint: 'max is the upper end of the range: raise it, or swap min and max.' });
  }
  if (distribution === 'logUniform' && typeof min === 'number' && min <= 0) {
    ctx.add({ path: `${at}/min`, expected: 'a number above 0 (the distribution is "logUniform")', found: describeValue(min), hint: 'A log scale needs a positive range; use "uniform" for a range that includes 0 or negative values.' });
  }
  const uses: Record<string, string[]> = { uniform: [], logUniform: [], triangular: ['mode'], normal: ['mean', 'sd'] };
  const own = uses[String(distribution)];
  if (own === undefined) return; // the schema reported it
  for (const key of ['mode', 'mean', 'sd']) {
    const value = ctx.get(`${at}/${key}`);
    if (own.includes(key) && value === undefined && valueAt(ctx.data, `${at}/${key}`) === undefined) {
      const example = key === 'mode' ? '"mode": the most likely value, between min and max' : key === 'mean' ? '"mean": the centre of the normal before truncation' : '"sd": its standard deviation (above 0)';
      ctx.add({ path: `${at}/${key}`, expected: `the field "${key}" (the distribution is "${String(distribution)}")`, found: 'nothing (the field is missing)', hint: `Add ${example}, or choose another distribution.` });
    } else if (!own.includes(key) && valueAt(ctx.data, `${at}/${key}`) !== undefined) {
      const whose = key === 'mode' ? '"triangular"' : '"normal"';
      ctx.add({ path: `${at}/${key}`, expected: `no "${key}" with the distribution "${String(distribution)}"`, found: describeValue(valueAt(ctx.data, `${at}/${key}`)), hint: `"${key}" belongs to the ${whose} distribution: set "distribution": ${whose}, or remove "${key}".` });
    }
  }
  const mode = ctx.get(`${at}/mode`);
  if (distribution === 'triangular' && ranged && typeof mode === 'number' && (mode < min || mode > max)) {
    ctx.add({ path: `${at}/mode`, expected: `a number from min to max (${tidy(min)} to ${tidy(max)})`, found: describeValue(mode), hint: 'The peak of a triangle lies inside its range.' });
  }
}

/**
 * Issues of a list of range parameters outside a sweep (a calibration's prior): unique names and
 * paths, values the scenario may take (not years, recordEvery, seed), ranges and distributions.
 * @param at - the list's path, e.g. `/parameters`
 * @param reported - issues already found; checks touching their paths are skipped
 */
export function rangeParameterIssues(data: unknown, at: string, reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  checkParameters(ctx, at, new Map());
  ctx.list(at).forEach((_, j) => checkDistribution(ctx, `${at}/${j}`));
  return ctx.issues;
}

/** A Morris or Saltelli design of at most {@link MAX_POINTS} points. */
function checkDesignSize(ctx: Context, kind: 'morris' | 'sobol'): void {
  const count = ctx.get(`/sweep/${kind}/${kind === 'morris' ? 'trajectories' : 'samples'}`);
  const k = ctx.list(`/sweep/${kind}/parameters`).length;
  if (typeof count !== 'number' || k === 0) return;
  const points = kind === 'morris' ? count * (k + 1) : count * (k + 2);
  if (points <= MAX_POINTS) return;
  ctx.add({
    path: `/sweep/${kind}/${kind === 'morris' ? 'trajectories' : 'samples'}`,
    expected: `a design of at most ${MAX_POINTS} points`,
    found: `${count} × (${k} parameters + ${kind === 'morris' ? 1 : 2}) = ${points} points`,
    hint: kind === 'morris' ? 'Use fewer trajectories (10 to 50 is usual), or screen fewer parameters.' : 'Use fewer samples, or screen the parameters with "morris" first and keep the influential ones.',
  });
}

/** Every row of an explicit list of points gives one value per parameter. */
function checkPointRows(ctx: Context): void {
  const k = ctx.list('/sweep/points/parameters').length;
  if (k === 0) return;
  ctx.list('/sweep/points/values').forEach((row, i) => {
    if (!Array.isArray(row) || row.length === k || ctx.get(`/sweep/points/values/${i}`) === undefined) return;
    ctx.add({ path: `/sweep/points/values/${i}`, expected: `${k} value${k === 1 ? '' : 's'}, one per parameter in order`, found: `${row.length} value${row.length === 1 ? '' : 's'}`, hint: 'Each row gives the values of the parameters listed in "parameters", in that order.' });
  });
}

function checkOverrides(ctx: Context, swept: ReadonlyMap<string, string>): void {
  ctx.list('/arms').forEach((_, i) => {
    const overrides = ctx.get(`/arms/${i}/overrides`);
    if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) return;
    for (const pointer of Object.keys(overrides)) {
      const at = `/arms/${i}/overrides/${escapePointer(pointer)}`;
      if (!pointer.startsWith('/')) {
        ctx.add({ path: at, expected: 'a JSON pointer starting with "/" as the key', ...notAPointer(pointer) });
        continue;
      }
      const reserved = reservedIssue(at, pointer);
      if (reserved) ctx.add(reserved);
      const parameter = swept.get(pointer);
      if (parameter !== undefined) {
        ctx.add({
          path: at,
          expected: 'a value the sweep does not also set',
          found: `${preview(pointer)}, also swept by parameter "${parameter}"`,
          hint: 'Sweep values are applied after the overrides, so this override would never be used: remove it, or remove the parameter from the sweep.',
        });
      }
    }
  });
}

/** An issue if `pointer` lies in what the experiment sets itself (years, recordEvery, seed). */
function reservedIssue(path: string, pointer: string): InputIssue | undefined {
  const reserved = Object.keys(RESERVED).find((r) => isWithin(pointer, r));
  if (reserved === undefined) return undefined;
  return { path, expected: 'a scenario value other than years, recordEvery and seed', found: preview(pointer), hint: RESERVED[reserved]! };
}

/** The metric of each outcome with the path to report it at (undefined where unreadable). */
function outcomeMetrics(ctx: Context): ({ metric: string; path: string } | undefined)[] {
  return ctx.list('/outcomes').map((item, k) => {
    if (typeof item === 'string') return ctx.get(`/outcomes/${k}`) === undefined ? undefined : { metric: item, path: `/outcomes/${k}` };
    const metric = ctx.get(`/outcomes/${k}/metric`);
    return typeof metric === 'string' ? { metric, path: `/outcomes/${k}/metric` } : undefined;
  });
}

function checkOutcomeRepeats(ctx: Context): void {
  const seen: string[] = [];
  for (const outcome of outcomeMetrics(ctx)) {
    if (outcome === undefined) continue;
    if (seen.includes(outcome.metric)) {
      ctx.add({ path: outcome.path, expected: 'a metric not listed before', found: `the string ${preview(outcome.metric)}, also outcome ${seen.indexOf(outcome.metric)}`, hint: 'Remove the repeated outcome.' });
    }
    seen.push(outcome.metric);
  }
}

/**
 * Outcomes that name no metric of the runs.
 * @param metrics - the built-in metric names and the base scenario's own metrics
 * @param reported - issues already found; outcomes with issues are skipped
 */
export function outcomeIssues(data: unknown, metrics: readonly string[], reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  for (const outcome of outcomeMetrics(ctx)) {
    if (outcome === undefined || metrics.includes(outcome.metric)) continue;
    const suggestion = closest(outcome.metric, metrics);
    ctx.add({
      path: outcome.path,
      expected: 'a built-in metric or one of the base scenario\'s metrics',
      found: describeValue(outcome.metric),
      hint: suggestion !== undefined
        ? `Did you mean "${suggestion}"?`
        : 'Built-in metrics are listed in engine/metrics/builtins.ts (e.g. participation, gap_participation, satisfaction, cost); define others in the base scenario\'s "metrics".',
    });
  }
  return ctx.issues;
}
