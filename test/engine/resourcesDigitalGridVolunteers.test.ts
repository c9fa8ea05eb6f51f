/**
 * Levers that cost something (digital rollout, grid management, volunteers and partners):
 * walk-in capacity moved to the platform, grid workers' reporting duties, volunteers and partners
 * who tire when overused, and what each of these kinds plans to consume as its intensity grows.
 * Every check compares paired runs (same seed) that differ only in the mechanism's parameter.
 */
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { GRID_VISIT, IN_PERSON } from '../../engine/processes/cases.ts';
import { plannedCost, planningLayout } from '../../engine/resources/budget.ts';
import { createSimulation, type Simulation } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson } from '../fixtures.ts';

/** small.json at 8,000 residents for one year, with `patch` merged in at the top level. */
function scenario(patch: Record<string, unknown> = {}) {
  const json = smallJson();
  json.county.residents = 8000;
  json.years = 1;
  return parseScenario({ ...json, ...patch }, 'test scenario');
}

/** Committees short of staff, so that their capacity binds (half a village member, 2 community workers per 10,000). */
const SHORT_STAFF = { staff: { villagePerPlace: 0.5, communityPer10k: 2 } };

/**
 * Runs to the horizon, and returns the simulation with the mean days from report to first
 * response of the in-person-reported cases (first taken up on day 1 or later; every case row is
 * looked at each day, and a row responded to today still holds its case tonight).
 */
function runWithInPersonWait(patch: Record<string, unknown>, seed = 3): { sim: Simulation; wait: number; cases: number } {
  const sim = createSimulation(scenario(patch), { seed });
  let days = 0;
  let cases = 0;
  while (!sim.done) {
    const day = sim.state.day;
    sim.step();
    if (day === 0) continue;
    for (const ts of sim.state.townships) {
      const c = ts.cases.cols;
      for (let row = 0; row < c.responded.length; row++)
        if (c.responded[row] === day && c.channel[row] === IN_PERSON) {
          days += day - c.reported[row];
          cases++;
        }
    }
  }
  return { sim, wait: days / cases, cases };
}

/** A digital rollout from day 0 that moves `offlineShift` of offline capacity to the platform. */
function rollout(offlineShift: number, walkInLoss: number) {
  return [{ kind: 'digitalRollout', start: 0, params: { offlineShift, walkInLoss } }];
}

describe('digital rollout: offline capacity moved to the platform', () => {
  it('lengthens the waits of residents who report in person, at equal load', () => {
    // walkInLoss 0: the same hazards, so nearly the same reports (trust, and so reporting, moves
    // a little with experience); only who serves them changes.
    const before = runWithInPersonWait({ committees: SHORT_STAFF, interventions: rollout(0, 0) });
    const after = runWithInPersonWait({ committees: SHORT_STAFF, interventions: rollout(0.5, 0) });
    expect(Math.abs(after.cases - before.cases)).toBeLessThan(before.cases * 0.05);
    expect(before.cases).toBeGreaterThan(2000);
    expect(before.wait).toBeGreaterThan(5);
    expect(after.wait).toBeGreaterThan(before.wait * 1.2);
  });

  it('lengthens resolution through the township desk even where committees have staff to spare', () => {
    const before = runWithInPersonWait({ interventions: rollout(0, 0) }).sim.result().summary.metrics;
    const after = runWithInPersonWait({ interventions: rollout(0.5, 0) }).sim.result().summary.metrics;
    expect(after.resolution_days_mean).toBeGreaterThan(before.resolution_days_mean * 1.1);
  });

  it('lowers in-person reports by walkInLoss', () => {
    const reports = (walkInLoss: number) => runWithInPersonWait({ interventions: rollout(0.5, walkInLoss) }).sim.state.flows.final.channel[IN_PERSON];
    const kept = reports(0);
    const lost = reports(0.5);
    expect(kept).toBeGreaterThan(2000);
    // 1 − 0.5 × 0.5 = 0.75 of the in-person hazard; the other channels take some of the slack.
    expect(lost).toBeLessThan(kept * 0.9);
    expect(lost).toBeGreaterThan(kept * 0.6);
  });

  it('changes nothing while nothing is moved (offlineShift 0: no online queue, same hazards)', () => {
    const sim = createSimulation(scenario({ interventions: rollout(0, 0.5) }), { seed: 3 });
    for (let d = 0; d < 60; d++) sim.step();
    expect(sim.state.levers.place.walkInLoss.every((v) => v === 0)).toBe(true);
    expect(sim.state.townships.every((ts) => ts.routingOnline.length === 0 && ts.committeeOnline.every((q) => q.length === 0))).toBe(true);
  });
});

describe('grid management: reporting duties', () => {
  /** Mean grid detection hazard after the first day, and the final year's grid-visit reports. */
  function grid(reportingShare: number) {
    const sim = createSimulation(scenario({ interventions: [{ kind: 'gridManagement', start: 0, params: { reportingShare } }] }), { seed: 4 });
    sim.step();
    const detection = sim.state.gridDetection.reduce((a, b) => a + b, 0) / sim.state.gridDetection.length;
    sim.run();
    return { detection, visits: sim.state.flows.final.channel[GRID_VISIT] };
  }

  it('means fewer visits: lower grid detection, fewer grid-visit reports', () => {
    const light = grid(0);
    const heavy = grid(0.6);
    expect(heavy.detection).toBeCloseTo(light.detection * 0.4, 4);
    expect(light.visits).toBeGreaterThan(1000);
    expect(heavy.visits).toBeLessThan(light.visits * 0.7);
  });

  it('applies to the scenario\'s own grid workers too (grid.reportingShare)', () => {
    const detection = (reportingShare: number) => {
      const sim = createSimulation(scenario({ grid: { reportingShare } }), { seed: 4 });
      return sim.state.gridDetection.reduce((a, b) => a + b, 0);
    };
    expect(detection(0.5)).toBeCloseTo(detection(0) * 0.5, 4);
  });
});

describe('volunteers and partners tire when overused', () => {
  /** Active shares of every place after a year, and the county's volunteer/partner capacity and detection hazard. */
  function tired(committees: object, volunteers: object = {}) {
    const interventions = [{ kind: 'partnerMechanism', start: 0 }];
    const sim = createSimulation(scenario({ committees, volunteers, interventions }), { seed: 5 });
    sim.run();
    const c = sim.state.committees;
    const sum = (column: Float32Array) => column.reduce((a, b) => a + b, 0);
    return { active: Array.from(c.volunteerActive), capacity: sum(c.volunteerCapacity), detection: sum(c.detection) };
  }
  const overloaded = { staff: { villagePerPlace: 0.1, communityPer10k: 0.2 } };

  it('with tiny staff, volunteers and partners carry the load and drop out', () => {
    const { active } = tired(overloaded);
    expect(Math.min(...active)).toBeLessThan(0.7);
    expect(active.filter((a) => a < 0.9).length).toBeGreaterThan(active.length / 4);
  });

  it('with light load (the default staff) they stay at full strength', () => {
    const { active } = tired({});
    expect(Math.min(...active)).toBeGreaterThan(0.99);
  });

  it('without fatigue (attritionPerMonth 0) their capacity and detection do not fall under the same load', () => {
    const withFatigue = tired(overloaded);
    const without = tired(overloaded, { attritionPerMonth: 0 });
    expect(without.active.every((a) => a === 1)).toBe(true);
    expect(withFatigue.capacity).toBeLessThan(without.capacity * 0.9);
    expect(withFatigue.detection).toBeLessThan(without.detection * 0.9);
  });
});

describe('what these kinds plan to consume grows with their intensity', () => {
  const base = scenario();
  const layout = planningLayout(base);
  for (const kind of ['digitalRollout', 'gridManagement', 'partnerMechanism', 'jointCreation', 'socialMobilisation']) {
    it(`${kind}: planned yuan at full intensity above that at half intensity`, () => {
      const spec = { kind, start: 0, params: {} };
      const total = (factor: number) => {
        const cost = plannedCost(spec, base, layout, factor);
        return cost.perYear + cost.perYearOfUse + cost.atStart;
      };
      expect(INTERVENTION_KINDS[kind].intensity in INTERVENTION_KINDS[kind].params).toBe(true);
      expect(total(1)).toBeGreaterThan(total(0.5));
    });
  }

  it('digital training is charged as residents are reached, within the plan', () => {
    const interventions = [{ kind: 'digitalRollout', start: 0, params: { coverage: 0, trainingReachPerYear: 0.3 } }];
    const sim = createSimulation(scenario({ interventions }), { seed: 6 });
    const planned = sim.state.interventions[0].planned.trainee;
    const result = sim.run();
    const price = INTERVENTION_KINDS.digitalRollout.params.yuanPerTrainee.default as number;
    const trainees = result.summary.totals.cost / price;
    expect(trainees).toBeGreaterThan(planned * 0.9);
    expect(trainees).toBeLessThan(planned * 1.1);
  });
});
