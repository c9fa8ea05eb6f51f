/**
 * Checks of a design's objectives, uncertainty and re-evaluation that JSON Schema cannot express:
 * objectives that name a metric of the runs, once, in a direction the search can pursue;
 * uncertain parameters outside the interventions (a package's interventions are its own, not the
 * scenario's); re-evaluation samples that match the uncertainty.
 */
import type { InputIssue } from '../../base/errors.ts';
import { closest, describeValue, isWithin, preview, valueAt } from '../../base/wording.ts';
import { betterDirection } from '../../engine/metrics/direction.ts';
import { Context } from '../design/rules.ts';
import { objectiveName } from './resolve.ts';

/**
 * Objectives that name no metric of the runs, have no direction, or repeat another's name.
 * @param metrics - the built-in metric names and the base scenario's own metrics
 * @param reported - issues already found; objectives with issues are skipped
 */
export function objectiveIssues(data: unknown, metrics: readonly string[], reported: readonly InputIssue[]): InputIssue[] {
  // Too few or too many objectives still leaves each one worth checking.
  const ctx = new Context(data, reported.filter((i) => i.path !== '/objectives' || !Array.isArray(valueAt(data, '/objectives'))));
  const names: string[] = [];
  ctx.list('/objectives').forEach((item, k) => {
    const at = `/objectives/${k}`;
    const written = typeof item === 'string';
    const metric = ctx.get(written ? at : `${at}/metric`);
    if (typeof metric !== 'string') return;
    if (!metrics.includes(metric)) return void ctx.add(unknownMetric(written ? at : `${at}/metric`, metric, metrics));
    const better = written ? undefined : ctx.get(`${at}/better`);
    const usual = betterDirection(metric);
    // A "better" with a schema issue is reported already; only a missing one is wrong here.
    if (better === undefined && valueAt(data, `${at}/better`) === undefined && (usual === 'none' || usual === 'one')) ctx.add(noDirection(at, metric, usual));
    const percentile = written ? undefined : ctx.get(`${at}/percentile`);
    if (percentile !== undefined && typeof percentile !== 'number') return;
    const name = objectiveName(metric, percentile);
    if (names.includes(name)) {
      ctx.add({ path: at, expected: 'an objective no other objective repeats (metric and statistic)', found: `${preview(name)}, also objective ${names.indexOf(name)}`, hint: 'Remove the repeated objective, or summarise it another way ("percentile").' });
    }
    names.push(name);
  });
  return ctx.issues;
}

function unknownMetric(path: string, metric: string, metrics: readonly string[]): InputIssue {
  const suggestion = closest(metric, metrics);
  return {
    path,
    expected: 'a built-in metric or one of the base scenario\'s metrics',
    found: describeValue(metric),
    hint: suggestion !== undefined
      ? `Did you mean "${suggestion}"?`
      : 'Built-in metrics are listed in docs/metrics.md (e.g. group_gap_unmet_share, gap_participation, cost_total); define others in the base scenario\'s "metrics".',
  };
}

function noDirection(path: string, metric: string, usual: 'none' | 'one'): InputIssue {
  const gap = metric.replace(/^ratio_/, 'gap_');
  return {
    path,
    expected: `an objective with "better" ("lower", "higher" or "zero"): ${metric} has no usual direction`,
    found: `${describeValue(metric)} without "better"`,
    hint: usual === 'one'
      ? `${metric} is a ratio, best at 1, which the search does not pursue: use {"metric": "${gap}", "better": "zero"}, or {"metric": "${metric}", "better": "higher"} where the rural value lags.`
      : `Say which way is better, e.g. {"metric": "${metric}", "better": "lower"} (or "higher", or "zero" for values best at 0).`,
  };
}

/** Uncertain parameters may not point into the interventions: a package's are not the scenario's. */
export function uncertaintyPathIssues(data: unknown, reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  ctx.list('/uncertainty/parameters').forEach((_, j) => {
    const path = ctx.get(`/uncertainty/parameters/${j}/path`);
    if (typeof path !== 'string' || !isWithin(path, '/interventions')) return;
    ctx.add({
      path: `/uncertainty/parameters/${j}/path`,
      expected: 'a JSON pointer to a scenario value outside /interventions',
      found: preview(path),
      hint: 'Each package brings its own interventions, after the base scenario\'s: let the search choose a lever\'s parameter with "params", or make the uncertainty about a value of the county (e.g. /digital/skillThreshold).',
    });
  });
  return ctx.issues;
}

/** Fresh uncertainty samples only with uncertainty, and at least one with it. */
export function reevaluationIssues(data: unknown, reported: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, reported);
  const samples = ctx.get('/reevaluation/samples');
  if (typeof samples !== 'number') return ctx.issues;
  const uncertain = valueAt(data, '/uncertainty') !== undefined;
  if (!uncertain && samples > 0) {
    ctx.add({ path: '/reevaluation/samples', expected: '0, or nothing: the design has no "uncertainty"', found: describeValue(samples), hint: 'Remove "samples", or add "uncertainty" with the parameters to draw.' });
  } else if (uncertain && samples === 0) {
    ctx.add({ path: '/reevaluation/samples', expected: 'at least 1 (the design has "uncertainty")', found: describeValue(samples), hint: 'Remove "samples" to draw as many as "uncertainty" does, or give a number of fresh draws.' });
  }
  return ctx.issues;
}
