/**
 * The county budget (人、地、钱, seed 000): planned spending per year from what interventions
 * use, checked at validation (`refuse`) or met by scaling every intervention's intensity
 * (`scaleDown`); and the scope sizes plans are made on.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../base/errors.ts';
import { resolveScope } from '../../engine/interventions/registry.ts';
import { budgetFactor, planningLayout, spendingPlan } from '../../engine/resources/budget.ts';
import { countScope, estimateScope } from '../../engine/resources/scopeSize.ts';
import { createSimulation, run } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson, testScenario } from '../fixtures.ts';

const whistles = (perMonth: number, extra: object = {}) => ({ kind: 'whistleCoordination', params: { whistlesPerTownshipPerMonth: perMonth }, ...extra });
const withBudget = (perYear: number, whenExceeded: string, interventions: object[], years = 3) => {
  const json = smallJson();
  json.years = years;
  json.resources = { budget: { perYear, whenExceeded } };
  json.interventions = interventions;
  return json;
};

describe('planned spending', () => {
  it('counts committed costs by the share of each year an intervention is active, and costs paid as used in full', () => {
    const grid = { kind: 'gridManagement', start: 1, end: 2.5 };
    const s = testScenario({ years: 4, interventions: [grid, whistles(10, { start: 1, end: 2.5 })] });
    const plan = spendingPlan(s);
    const committed = plan.interventions[0].perYear;
    const used = plan.interventions[1].perYearOfUse;
    expect(committed).toBeGreaterThan(0);
    expect(used).toBeGreaterThan(0);
    expect(plan.byIntervention[0]).toEqual([0, committed, committed * 0.5, 0]);
    // Use comes in lumps (whistles by the month, innovations at the year end): a part year may use a whole year's.
    expect(plan.byIntervention[1]).toEqual([0, used, used, 0]);
    expect(plan.years).toEqual([0, committed + used, committed * 0.5 + used, 0]);
  });

  it('plans an innovation fund starting late in a year for the innovations tried at that year end', () => {
    const late = testScenario({ years: 2, interventions: [{ kind: 'evaluationReform', start: 0.9 }] });
    const plan = spendingPlan(late);
    expect(plan.years[0]).toBe(plan.interventions[0].perYearOfUse);
    const spent = run(late, { seed: 1 }).series.find((p) => p.year === 1 && p.month === 12)!.values.cost_total;
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThan(plan.years[0] * 2);
  });

  it('estimates scope sizes from the scenario close to those counted on a built county', () => {
    const s = testScenario({ interventions: [{ kind: 'whistleCoordination', target: { zones: ['rural'], ageGroups: ['60+'] } }] });
    const sim = createSimulation(s).state;
    const scope = resolveScope(s.interventions[0], sim.layout);
    const counted = countScope(scope, sim);
    const estimated = estimateScope(scope, s, planningLayout(s));
    expect(estimated.places).toBe(counted.places);
    expect(estimated.townships).toBe(counted.townships);
    for (const key of ['residents', 'households', 'grids', 'targeted', 'townshipCadres'] as const) {
      expect(estimated[key]).toBeGreaterThan(counted[key] * 0.85);
      expect(estimated[key]).toBeLessThan(counted[key] * 1.15);
    }
    expect(counted.targeted).toBeLessThan(counted.residents * 0.4);
  });
});

describe('the county budget', () => {
  it('refuses at validation a plan over budget, saying by how much and how to fix it', () => {
    const plan = spendingPlan(testScenario({ years: 3, interventions: [whistles(50)] }));
    let error: unknown;
    try {
      parseScenario(withBudget(plan.years[0] / 2, 'refuse', [whistles(50)]), 'over.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const [issue] = (error as ScenarioError).issues;
    expect(issue.path).toBe('/resources/budget/perYear');
    expect(issue.found).toMatch(/year 1 plans .*万元.*interventions\/0 \(whistleCoordination\)/);
    expect(issue.hint).toMatch(/scaleDown/);
    expect(issue.hint).toContain(String(Math.ceil(plan.years[0])));
    expect(() => parseScenario(withBudget(plan.years[0] * 1.01, 'refuse', [whistles(50)]), 'fits.json')).not.toThrow();
  });

  it('does not scale an intervention whose cost is stated', () => {
    const stated = { kind: 'gridManagement', params: { workersPerGrid: 3 }, cost: { fixed: 0, perYear: 1000 } };
    const s = parseScenario(withBudget(spendingPlan(testScenario({ years: 3, interventions: [whistles(50)] })).years[0] / 4, 'scaleDown', [whistles(50), stated]), 'stated.json');
    const sim = createSimulation(s).state;
    expect(budgetFactor(s)).toBeLessThan(1);
    expect(sim.interventions[1].params.workersPerGrid).toBe(3);
    expect(sim.interventions[0].params.whistlesPerTownshipPerMonth).toBeLessThan(50);
  });

  it('under scaleDown scales every intensity by one factor that fits every year, and the run spends within the budget', () => {
    const full = spendingPlan(testScenario({ years: 3, interventions: [whistles(50)] })).years[0];
    const s = parseScenario(withBudget(full / 4, 'scaleDown', [whistles(50)]), 'scaled.json');
    const factor = budgetFactor(s);
    expect(factor).toBeGreaterThan(0.2);
    expect(factor).toBeLessThan(0.26);
    expect(Math.max(...spendingPlan(s, factor).years)).toBeLessThanOrEqual(full / 4);
    const sim = createSimulation(s);
    expect(sim.state.interventions[0].params.whistlesPerTownshipPerMonth).toBeCloseTo(50 * factor, 6);
    const result = sim.run();
    for (const point of result.series.filter((p) => p.month === 12)) expect(point.values.cost_total).toBeLessThanOrEqual((full / 4) * point.year * 1.000001);
  });

  it('without a budget or within it, intensities are left alone', () => {
    expect(budgetFactor(testScenario({ interventions: [whistles(50)] }))).toBe(1);
    const s = parseScenario(withBudget(1e12, 'scaleDown', [whistles(50)]), 'rich.json');
    expect(budgetFactor(s)).toBe(1);
    expect(run(s, { years: 0.25 }).summary.metrics.whistles).toBeGreaterThan(0);
  });
});
