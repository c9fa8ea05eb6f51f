import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from '../../engine/core/calendar.ts';
import { normalCdf, normalPdf } from '../../engine/core/normalDistribution.ts';
import { stream } from '../../engine/core/rng.ts';
import { reachResidents } from '../../engine/interventions/kind.ts';
import { expectedLift } from '../../engine/interventions/kinds/branchStrengthening.ts';
import { participationTraining } from '../../engine/interventions/kinds/participationTraining.ts';
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { plannedCost, planningLayout } from '../../engine/resources/budget.ts';
import { createSimulation, run } from '../../engine/simulation.ts';
import { testScenario } from '../fixtures.ts';

/** The kinds whose consumption this test covers, each with parameters under which no use is left at intensity 0. */
const KINDS: Record<string, Record<string, number>> = {
  cadreExchange: {},
  evaluationReform: {},
  participationTraining: {},
  fengqiaoMediation: {},
  dataSharing: {},
  collectiveEconomy: { returnBoost: 0 },
  branchStrengthening: { competenceGain: 0 },
};
const FACTORS = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5];

/** Planned yuan a year plus at start of one intervention of `kind`, its intensity scaled by `factor` (the budget rule's path). */
function planned(kind: string, params: Record<string, number>, factor: number): number {
  const scenario = testScenario({ interventions: [{ kind, start: 0, params }] });
  const cost = plannedCost(scenario.interventions[0], scenario, planningLayout(scenario), factor);
  return cost.perYear + cost.perYearOfUse + cost.atStart;
}

describe('what the kinds consume: plans', () => {
  for (const [kind, params] of Object.entries(KINDS)) {
    it(`${kind}: planned cost grows with ${INTERVENTION_KINDS[kind].intensity} and is 0 at intensity 0`, () => {
      const costs = FACTORS.map((f) => planned(kind, params, f));
      expect(costs[0]).toBe(0);
      for (let j = 1; j < costs.length; j++) expect(costs[j]).toBeGreaterThanOrEqual(costs[j - 1]);
      expect(costs[FACTORS.indexOf(1)]).toBeGreaterThan(costs[FACTORS.indexOf(0.5)]);
    });
  }

  it('keeps the use that does not scale with the intensity: guidance of better management, competence of weak committees', () => {
    expect(planned('collectiveEconomy', { returnBoost: 0.02 }, 0)).toBeGreaterThan(0);
    expect(planned('branchStrengthening', { competenceGain: 0.05 }, 0)).toBeGreaterThan(0);
  });
});

describe('estimating weak branches from the branch-strength distribution', () => {
  it('has a normal distribution function accurate to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 7);
    expect(normalCdf(-8)).toBeLessThan(1e-14);
    expect(normalPdf(0)).toBeCloseTo(0.39894228, 8);
  });

  it('gives the expected lift E[max(0, t − X); X < threshold] + gain · P(X < threshold), by numerical integration', () => {
    const scenario = testScenario();
    const { mean, sd } = scenario.committees.branchStrength;
    const threshold = scenario.committees.weakBranchThreshold;
    for (const [target, gain] of [[0.7, 0.05], [0.3, 0], [0.45, 0.1], [0, 0]]) {
      let integral = 0;
      const dx = 1e-4;
      for (let x = mean - 10 * sd; x < threshold; x += dx) integral += (Math.max(0, target - x) + gain) * normalPdf((x + dx / 2 - mean) / sd) / sd * dx;
      expect(expectedLift(scenario, target, gain)).toBeCloseTo(integral, 4);
    }
  });
});

describe('what the kinds consume: charges from use', () => {
  const small = { residents: 4000, years: 2 };

  it('participationTraining charges one trainee per adult reached (children are reached with their households, not trained)', () => {
    const sim = createSimulation(testScenario({ ...small, interventions: [{ kind: 'participationTraining', start: 0, params: { reachPerYear: 0.5 } }] }), { seed: 5 });
    const iv = sim.state.interventions[0];
    const params = iv.params as Parameters<NonNullable<typeof participationTraining.monthly>>[3];
    for (let t = 0; t < sim.state.townships.length; t++) {
      let charged = 0;
      participationTraining.monthly!(sim.state, t, iv.scope, params, stream(9, 'probe', t), (item, units) => {
        expect(item).toBe('trainees');
        charged += units;
      });
      let reached = 0;
      let children = 0;
      reachResidents(sim.state, t, iv.scope, params.reachPerYear, stream(9, 'probe', t), (i) => (sim.state.residents.ageGroup[i] === 0 ? children++ : reached++));
      expect(reached).toBeGreaterThan(0);
      expect(children).toBeGreaterThan(0);
      expect(charged).toBe(reached);
    }
  });

  it('participationTraining spends about what it plans, priced per trainee', () => {
    const scenario = testScenario({ ...small, interventions: [{ kind: 'participationTraining', start: 0, params: { reachPerYear: 0.3, yuanPerTrainee: 1 } }] });
    const sim = createSimulation(scenario, { seed: 5 });
    const plan = sim.state.interventions[0].planned.trainees;
    const result = sim.run();
    expect(Number.isInteger(result.summary.totals.cost)).toBe(true);
    expect(result.summary.totals.cost / (plan * small.years)).toBeCloseTo(1, 1);
  });

  it('evaluationReform pays for every innovation tried while its fund sets the rate, and for none at the baseline rate', () => {
    const cost = (innovationRate: number) =>
      run(testScenario({ ...small, interventions: [{ kind: 'evaluationReform', start: 0, params: { innovationRate, yuanPerInnovation: 1 } }] }), { seed: 5 }).summary.totals.cost;
    const places = testScenario().county.villages + testScenario().county.communities;
    const tried = cost(0.5);
    expect(Number.isInteger(tried)).toBe(true);
    expect(tried).toBeGreaterThan(0.25 * places * small.years);
    expect(tried).toBeLessThan(0.75 * places * small.years);
    expect(cost(testScenario().evaluation.innovationRate)).toBe(0);
  });

  it('fengqiaoMediation uses the added mediators\' days, cadreExchange pays allowances for both cadres of each swap', () => {
    const scenario = testScenario({ ...small, interventions: [{ kind: 'fengqiaoMediation', start: 0, params: { mediatorsPerPlace: 3 } }] });
    const places = scenario.county.villages + scenario.county.communities;
    const added = 3 - scenario.committees.mediatorsPerPlace;
    expect(run(scenario, { seed: 5 }).summary.totals.staffDays).toBeCloseTo(added * places * DAYS_PER_YEAR * small.years, 6);
    const exchange = createSimulation(testScenario({ ...small, interventions: [{ kind: 'cadreExchange', start: 0, params: { sharePerYear: 0.2 } }] }), { seed: 5 });
    const townshipCadres = scenario.cadres.perTownship * scenario.county.townships;
    expect(exchange.state.interventions[0].planned.allowance).toBeCloseTo(2 * 0.2 * townshipCadres, 9);
  });
});
