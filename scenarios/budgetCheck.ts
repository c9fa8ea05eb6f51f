/**
 * The county budget at validation: the planned spending of every year of the horizon
 * (`engine/resources/budget.ts`) against `resources.budget.perYear`. Under `refuse` a year over
 * budget is an issue; under `scaleDown` only a plan that no scaling can fit (start-up or stated
 * costs alone over budget) is.
 */
import type { InputIssue } from '../base/errors.ts';
import { budgetFactor, spendingPlan } from '../engine/resources/budget.ts';
import type { Scenario } from '../engine/scenario.ts';
import { yuanText as yuan } from '../base/wording.ts';

const PATH = '/resources/budget/perYear';

/** Issues of a valid, filled scenario's budget; none without a budget. */
export function budgetIssues(scenario: Scenario): InputIssue[] {
  const { perYear, whenExceeded } = scenario.resources.budget;
  if (perYear === undefined || scenario.interventions.length === 0) return [];
  const plan = spendingPlan(scenario);
  const worst = plan.years.reduce((w, y, k) => (y > plan.years[w] ? k : w), 0);
  if (plan.years[worst] <= perYear) return [];
  const parts = scenario.interventions
    .map((iv, k) => ({ k, kind: iv.kind, yuan: plan.byIntervention[k][worst] }))
    .filter((p) => p.yuan > 0)
    .sort((a, b) => b.yuan - a.yuan)
    .map((p) => `interventions/${p.k} (${p.kind}) ${yuan(p.yuan)}`)
    .join(', ');
  const found = `a budget of ${yuan(perYear)}, while year ${worst + 1} plans ${yuan(plan.years[worst])}: ${parts}`;
  if (whenExceeded === 'refuse')
    return [{
      path: PATH,
      expected: 'a budget covering the planned spending of every year (costs computed from what each intervention uses at its stated intensity)',
      found,
      hint: `raise resources.budget.perYear to at least ${Math.ceil(plan.years[worst])}, lower the interventions' intensities, or set resources.budget.whenExceeded to "scaleDown" to scale every intervention's intensity by ${budgetFactor({ ...scenario, resources: { ...scenario.resources, budget: { perYear, whenExceeded: 'scaleDown' } } }).toFixed(3)}.`,
    }];
  if (budgetFactor(scenario) > 0) return [];
  return [{
    path: PATH,
    expected: 'a budget that scaled-down interventions can fit: start-up costs and stated costs do not scale with intensity',
    found,
    hint: `raise resources.budget.perYear, or remove stated costs or interventions whose start-up costs alone exceed ${yuan(perYear)} a year.`,
  }];
}
