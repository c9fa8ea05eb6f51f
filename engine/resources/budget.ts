/**
 * Planned spending and the county budget. The plan of an intervention is what its kind's `plan`
 * gives on the scope's expected size (`estimateScope`): units of each item per year and at
 * start, priced. Spending of year k sums, for every intervention, its `year` items' cost times
 * the share of year k it is active, its `use` items' yearly cost in full for every year it is
 * active at all (use comes in lumps: whistles by the month, innovations and exchanges at the year
 * end), and its start cost in the year it starts. It depends on the scenario only, never on a
 * run's seed, so validation and every run agree on it.
 */
import { stream, COUNTY } from '../core/rng.ts';
import { buildLayout, type Layout } from '../county/layout.ts';
import { INTERVENTION_KINDS, filledParams, resolveScope } from '../interventions/registry.ts';
import type { InterventionSpec, Scenario } from '../scenario.ts';
import { unitPrice } from './ledger.ts';
import type { StaffLevel } from './consumption.ts';
import { estimateScope } from './scopeSize.ts';

/** The planned spending of one intervention: yuan per year while active (committed items, and items paid as used), and once at start. */
export interface PlannedCost {
  readonly perYear: number;
  readonly perYearOfUse: number;
  readonly atStart: number;
  /** Staff-days a year while active (committed and used items), by staff level; levels it does not use are absent. */
  readonly staffDaysPerYear: Readonly<Partial<Record<StaffLevel, number>>>;
}

/** The plan of a scenario's interventions and the spending of each year of the horizon. */
export interface SpendingPlan {
  readonly interventions: readonly PlannedCost[];
  /** Yuan planned in each year of the horizon (year 1 first), in all and by intervention. */
  readonly years: readonly number[];
  readonly byIntervention: readonly (readonly number[])[];
}

/** The layout planning uses: drawn with a fixed seed, since the plan must not depend on the run's. */
export function planningLayout(scenario: Scenario): Layout {
  return buildLayout(scenario.county, stream(0, 'plan', COUNTY));
}

/** The planned cost of one intervention with its intensity scaled by `factor`. */
export function plannedCost(spec: InterventionSpec, scenario: Scenario, layout: Layout, factor = 1): PlannedCost {
  const kind = INTERVENTION_KINDS[spec.kind];
  if (spec.cost) return { perYear: spec.cost.perYear, perYearOfUse: 0, atStart: spec.cost.fixed, staffDaysPerYear: {} };
  const params = filledParams(spec, kind);
  params[kind.intensity] = Number(params[kind.intensity]) * factor;
  const units = kind.plan(estimateScope(resolveScope(spec, layout), scenario, layout), params, scenario);
  let perYear = 0;
  let perYearOfUse = 0;
  let atStart = 0;
  const staffDaysPerYear: Partial<Record<StaffLevel, number>> = {};
  for (const [item, def] of Object.entries(kind.consumes)) {
    const yuan = (units[item] ?? 0) * unitPrice(scenario, def, params);
    if (def.staff && def.timing !== 'start') staffDaysPerYear[def.staff] = (staffDaysPerYear[def.staff] ?? 0) + (units[item] ?? 0);
    if (def.timing === 'start') atStart += yuan;
    else if (def.timing === 'use') perYearOfUse += yuan;
    else perYear += yuan;
  }
  return { perYear, perYearOfUse, atStart, staffDaysPerYear };
}

/** The spending plan of a scenario over `years` (its own horizon by default). */
export function spendingPlan(scenario: Scenario, factor = 1, years = scenario.years, layout = planningLayout(scenario)): SpendingPlan {
  const interventions = scenario.interventions.map((spec) => plannedCost(spec, scenario, layout, factor));
  const byIntervention = scenario.interventions.map((spec, k) => {
    const spend = new Array<number>(Math.ceil(years)).fill(0);
    const end = Math.min(spec.end ?? years, years);
    if (spec.start >= end) return spend;
    const { perYear, perYearOfUse, atStart } = interventions[k];
    spend[Math.floor(spec.start)] += atStart;
    for (let y = Math.floor(spec.start); y < Math.ceil(end); y++) spend[y] += perYear * (Math.min(end, y + 1) - Math.max(spec.start, y)) + perYearOfUse;
    return spend;
  });
  const total = new Array<number>(Math.ceil(years)).fill(0);
  for (const spend of byIntervention) spend.forEach((yuan, y) => (total[y] += yuan));
  return { interventions, years: total, byIntervention };
}

/**
 * The factor every intervention's intensity is scaled by: 1 without a budget, under the
 * `refuse` rule, or when the plan fits; under `scaleDown`, the largest factor (to 1 part in
 * 10^6, by bisection) whose plan keeps every year within the budget, 0 if not even that does
 * (validation refuses such a scenario first: its start-up or stated costs alone exceed the budget).
 */
export function budgetFactor(scenario: Scenario, years = scenario.years): number {
  const { perYear, whenExceeded } = scenario.resources.budget;
  if (perYear === undefined || whenExceeded !== 'scaleDown' || scenario.interventions.length === 0) return 1;
  const layout = planningLayout(scenario);
  const fits = (f: number) => Math.max(...spendingPlan(scenario, f, years, layout).years) <= perYear;
  if (fits(1)) return 1;
  if (!fits(0)) return 0;
  let lo = 0;
  let hi = 1;
  while (hi - lo > 1e-6) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
