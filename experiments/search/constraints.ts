/**
 * A package's plan — what its levers are planned to cost and the staff time they take — and how
 * far it misses the design's constraints. Constraints are judged on the plan (the same plan
 * `ronghe validate` checks a county budget against: engine/resources/budget.ts), as a county
 * budget is set before the money is spent, so a package over budget is known before any run and
 * is never simulated. What the runs then spend is reported beside it (`cost_total`).
 */
import { planningLayout, spendingPlan } from '../../engine/resources/budget.ts';
import { STAFF_LEVELS, type StaffLevel } from '../../engine/resources/consumption.ts';
import type { Layout } from '../../engine/county/layout.ts';
import type { InterventionSpec, Scenario } from '../../engine/scenario.ts';
import type { Constraints } from './types.ts';

/** A package's plan over the horizon. */
export interface PackagePlan {
  /** Yuan over the horizon. */
  total: number;
  /** Yuan in the most expensive year. */
  maxYear: number;
  /** Staff-days in the year that takes most, per level. */
  staffDaysPerYear: Record<StaffLevel, number>;
}

/**
 * Plans packages on one base scenario and horizon; the planning layout is drawn once. Only the
 * package's own interventions count: the base scenario's are there in every package and the
 * baseline alike.
 */
export function packagePlanner(base: Scenario, years: number): (interventions: readonly InterventionSpec[]) => PackagePlan {
  const layout: Layout = planningLayout(base);
  return (interventions) => {
    const scenario: Scenario = { ...base, years, interventions: [...interventions] };
    const plan = spendingPlan(scenario, 1, years, layout);
    const staff = Object.fromEntries(STAFF_LEVELS.map((level) => [level, 0])) as Record<StaffLevel, number>;
    for (let y = 0; y < plan.years.length; y++) {
      const inYear = Object.fromEntries(STAFF_LEVELS.map((level) => [level, 0])) as Record<StaffLevel, number>;
      interventions.forEach((spec, k) => {
        if (!activeIn(spec, y, years)) return;
        for (const [level, days] of Object.entries(plan.interventions[k].staffDaysPerYear)) inYear[level as StaffLevel] += days;
      });
      for (const level of STAFF_LEVELS) staff[level] = Math.max(staff[level], inYear[level]);
    }
    return { total: plan.years.reduce((a, b) => a + b, 0), maxYear: Math.max(0, ...plan.years), staffDaysPerYear: staff };
  };
}

/** Whether an intervention is active at some time in year `y` (0-based) of the horizon. */
function activeIn(spec: InterventionSpec, y: number, years: number): boolean {
  const end = Math.min(spec.end ?? years, years);
  return spec.start < Math.min(end, y + 1) && end > y;
}

/** Each constraint a plan can miss: its name (CSV column), cap and the plan's value. */
export function constraintValues(plan: PackagePlan, constraints: Constraints): { name: string; cap: number; value: number }[] {
  const values: { name: string; cap: number; value: number }[] = [];
  if (constraints.budgetTotal !== null) values.push({ name: 'budget_total', cap: constraints.budgetTotal, value: plan.total });
  if (constraints.budgetPerYear !== null) values.push({ name: 'budget_per_year', cap: constraints.budgetPerYear, value: plan.maxYear });
  for (const level of STAFF_LEVELS) {
    const cap = constraints.staffDaysPerYear[level];
    if (cap !== undefined) values.push({ name: `staff_days_${level}`, cap, value: plan.staffDaysPerYear[level] });
  }
  return values;
}

/**
 * The total constraint violation NSGA-II ranks infeasible packages by: the sum, over the
 * constraints missed, of the share by which each is exceeded (so yuan and staff-days add up
 * sensibly); 0 when the package meets every constraint.
 */
export function violation(plan: PackagePlan, constraints: Constraints): number {
  let total = 0;
  for (const { cap, value } of constraintValues(plan, constraints)) {
    if (value > cap) total += cap > 0 ? (value - cap) / cap : value > 0 ? 1 + value : 0;
  }
  return total;
}
