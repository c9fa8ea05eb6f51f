/**
 * Constraints some package can meet, judged on plans as the search judges them
 * (constraints.ts). Each lever is planned alone at the corners of its parameter ranges (every
 * combination of each at its low and high end, or only all-low and all-high beyond
 * {@link MAX_CORNER_PARAMS} parameters), at its latest start, for every target: costs grow with
 * the parameters and shrink with a later start, so the corners hold its cheapest settings.
 * Two designs are refused: caps that no lever fits alone (the search could find nothing but the
 * base scenario), and caps that the required levers, in every package, miss together.
 */
import type { InputIssue } from '../../base/errors.ts';
import { listOf, yuanText } from '../../base/wording.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { constraintValues, packagePlanner, violation, type PackagePlan } from './constraints.ts';
import { leverPackage, rangeEnds } from './leverScenarios.ts';
import type { Constraints, Lever, Range } from './types.ts';

/** Most searched parameters whose every corner is planned (2^8 = 256 plans per target). */
export const MAX_CORNER_PARAMS = 8;

type Planner = ReturnType<typeof packagePlanner>;

/** One setting of a lever alone, its plan and the plan's value of each constraint. */
interface Candidate {
  words: string;
  plan: PackagePlan;
  values: { name: string; cap: number; value: number }[];
}

/**
 * Issues of constraints no package can meet.
 * @param levers - the design's levers, resolved
 * @param years - the runs' horizon
 */
export function constraintIssues(levers: readonly Lever[], constraints: Constraints, years: number, base: Scenario): InputIssue[] {
  const planner = packagePlanner(base, years);
  const caps = constraintValues(planner([]), constraints).map(({ name, cap }) => ({ name, cap }));
  if (caps.length === 0 || levers.length === 0) return [];
  const candidates = levers.map((lever) => leverCandidates(lever, constraints, planner));
  const issues = noLeverFits(levers, candidates, caps, constraints);
  const reported = new Set(issues.map((i) => i.path));
  const required = levers.map((lever, l) => ({ lever, candidates: candidates[l]! })).filter(({ lever }) => !lever.optional);
  if (required.length === 0) return issues;
  for (const { name, cap } of caps) {
    if (reported.has(capPath(name)) || reported.has('/constraints')) continue;
    const cheapest = required.map(({ lever, candidates: c }) => ({ lever, best: cheapestBy(c, name) }));
    const bound = requiredBound(name, cheapest.map(({ best }) => best), required.map(({ candidates: c }) => cheapestBy(c, 'total')), years);
    if (bound <= cap) continue;
    const names = listOf(cheapest.map(({ lever }) => lever.name));
    const each = cheapest.map(({ lever, best }) => `${lever.name} ${amount(name, best.value)}`).join('; ');
    issues.push({
      path: capPath(name),
      expected: `a cap the required levers fit together (levers with "optional": false are in every package)`,
      found: `${amount(name, cap)}; the required lever${cheapest.length === 1 ? '' : 's'} ${names} plan${cheapest.length === 1 ? 's' : ''} at least ${amount(name, bound)}${cheapest.length === 1 ? '' : ` together (${each})`} at the cheapest settings`,
      hint: 'Raise the cap, make some of these levers optional ("optional": true), or lower their ranges (lower minima, a later latest start, a smaller target): as it is, no package fits.',
    });
  }
  return issues;
}

/** Where each constraint is set in the file. */
function capPath(name: string): string {
  if (name === 'budget_total') return '/constraints/budget/total';
  if (name === 'budget_per_year') return '/constraints/budget/perYear';
  return `/constraints/staffDaysPerYear/${name.slice('staff_days_'.length)}`;
}

/** A constraint's value in words: yuan over the horizon or in a year, or staff-days a year. */
function amount(name: string, value: number): string {
  if (name === 'budget_total') return `${yuanText(value)} over the horizon`;
  if (name === 'budget_per_year') return `${yuanText(value)} in the most expensive year`;
  return `${Math.round(value).toLocaleString('en-US')} ${name.slice('staff_days_'.length)} staff-days a year`;
}

/** The lever alone at the corners of its ranges, its latest start, and each target. */
function leverCandidates(lever: Lever, constraints: Constraints, planner: Planner): Candidate[] {
  const params = Object.keys(lever.params);
  const masks = params.length <= MAX_CORNER_PARAMS ? Array.from({ length: 2 ** params.length }, (_, m) => m) : [0, 2 ** params.length - 1];
  const start = rangeEnds(lever.start).high;
  const out: Candidate[] = [];
  for (const mask of masks) {
    lever.targets.forEach((_, target) => {
      const corner = (param: string, range: Range) => {
        const high = params.length <= MAX_CORNER_PARAMS ? ((mask >> params.indexOf(param)) & 1) === 1 : mask !== 0;
        return high ? rangeEnds(range).high : rangeEnds(range).low;
      };
      const { pkg, words } = leverPackage(lever, { params: corner, start, target });
      const plan = planner(pkg.interventions);
      out.push({ words, plan, values: constraintValues(plan, constraints) });
    });
  }
  return out;
}

/** The candidate with the lowest value of a constraint (or of the total, `total`). */
function cheapestBy(candidates: readonly Candidate[], name: string): Candidate & { value: number } {
  const valueOf = (c: Candidate) => (name === 'total' ? c.plan.total : c.values.find((v) => v.name === name)!.value);
  const best = candidates.reduce((a, b) => (valueOf(b) < valueOf(a) ? b : a));
  return { ...best, value: valueOf(best) };
}

/**
 * What the required levers plan together at least: totals and staff-days add up (every lever
 * is active in the final year, whatever its start); a year's spending is at least each lever's
 * own most expensive year, and at least the total spread evenly over the years.
 */
function requiredBound(name: string, cheapest: readonly { value: number }[], byTotal: readonly { value: number }[], years: number): number {
  const sum = cheapest.reduce((a, b) => a + b.value, 0);
  if (name !== 'budget_per_year') return sum;
  const total = byTotal.reduce((a, b) => a + b.value, 0);
  return Math.max(...cheapest.map((c) => c.value), total / Math.ceil(years));
}

/** Issues when no lever alone meets every cap: at each cap no lever fits, else at /constraints. */
function noLeverFits(levers: readonly Lever[], candidates: readonly Candidate[][], caps: readonly { name: string; cap: number }[], constraints: Constraints): InputIssue[] {
  const fits = candidates.some((c) => c.some((candidate) => candidate.values.every((v) => v.value <= v.cap)));
  if (fits) return [];
  const issues: InputIssue[] = [];
  for (const { name, cap } of caps) {
    const best = levers.map((lever, l) => ({ lever, best: cheapestBy(candidates[l]!, name) })).reduce((a, b) => (b.best.value < a.best.value ? b : a));
    if (best.best.value <= cap) continue;
    issues.push({
      path: capPath(name),
      expected: name.startsWith('budget') ? 'a budget that at least one lever fits' : 'a cap that at least one lever fits',
      found: `${amount(name, cap)}; the cheapest lever, ${best.lever.name}, plans ${amount(name, best.best.value)} at its cheapest settings (${best.best.words})`,
      hint: `Raise the cap to at least ${amount(name, best.best.value)}, or lower the levers' ranges (lower minima, a later latest start, a smaller target): as it is, the search can find nothing but the base scenario.`,
    });
  }
  if (issues.length > 0) return issues;
  const misses = levers.map((lever, l) => {
    const best = candidates[l]!.reduce((a, b) => (violation(b.plan, constraints) < violation(a.plan, constraints) ? b : a));
    const missed = best.values.filter((v) => v.value > v.cap).map((v) => amount(v.name, v.value));
    return `${lever.name} (${best.words}) plans ${listOf(missed)}`;
  });
  return [{
    path: '/constraints',
    expected: 'constraints that at least one lever meets on its own',
    found: `no lever meets every cap on its own, even at its cheapest settings: ${misses.join('; ')}`,
    hint: 'Raise the caps, or lower the levers\' ranges (lower minima, a later latest start, a smaller target): as it is, the search can find nothing but the base scenario.',
  }];
}
