import { describe, expect, it } from 'vitest';
import { yearsToDay } from '../../engine/core/calendar.ts';
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { createSimulation, run } from '../../engine/simulation.ts';
import { baselineLevers } from '../../engine/interventions/levers.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson, testScenario } from '../fixtures.ts';

const base = { residents: 5000, years: 1 };
const START = 0.5;
const baseline = run(testScenario(base), { seed: 3 });

describe('intervention timing', () => {
  for (const kind of Object.keys(INTERVENTION_KINDS)) {
    it(`${kind} starting at year ${START} leaves every earlier recorded tick identical to baseline`, () => {
      const withIt = run(testScenario({ ...base, interventions: [{ kind, start: START, cost: { fixed: 0, perYear: 1000 } }] }), { seed: 3 });
      const startDay = yearsToDay(START);
      const before = (r: typeof baseline) => r.series.filter((p) => p.day < startDay);
      expect(before(withIt).length).toBeGreaterThan(3);
      expect(before(withIt)).toEqual(before(baseline));
      // And it does something afterwards: at least its cost is counted.
      expect(withIt.summary.totals.cost).toBeGreaterThan(0);
    });
  }

  it('restores every lever exactly when interventions end', () => {
    const interventions = Object.keys(INTERVENTION_KINDS).map((kind) => ({ kind, start: 0.1, end: 0.3 }));
    const sim = createSimulation(testScenario({ ...base, interventions }), { seed: 3 });
    const during = yearsToDay(0.2);
    const after = yearsToDay(0.3);
    while (sim.state.day <= during) sim.step();
    const changed = Object.keys(sim.state.levers.place).filter((k) => {
      const key = k as keyof typeof sim.state.levers.place;
      return !sim.state.levers.place[key].every((v, i) => v === sim.state.baseline.place[key][i]);
    });
    expect(changed.length).toBeGreaterThan(10);
    expect(sim.state.levers.county).not.toEqual(sim.state.baseline.county);
    while (sim.state.day <= after) sim.step();
    // Against levers built afresh from the scenario, so an `apply` that touched the stored
    // baseline would be caught too.
    const fresh = baselineLevers(sim.state.scenario, sim.state.committees, sim.state.layout.townships);
    expect(sim.state.levers).toEqual(fresh);
    expect(sim.state.baseline).toEqual(fresh);
  });

  it('hands disputes waiting for mediators who are gone to the committee', () => {
    const json = smallJson();
    Object.assign(json, { years: 1, committees: { mediatorsPerPlace: 0 } });
    json.county.residents = 5000;
    json.interventions = [{ kind: 'fengqiaoMediation', start: 0.1, end: 0.6, params: { mediatorsPerPlace: 0.05 } }];
    const sim = createSimulation(parseScenario(json, 'test'), { seed: 4 });
    const waiting = () => sim.state.townships.reduce((n, ts) => n + ts.mediationQueues.reduce((m, q) => m + q.length, 0), 0);
    while (sim.state.day < yearsToDay(0.6)) sim.step();
    expect(waiting()).toBeGreaterThan(0);
    sim.step();
    expect(waiting()).toBe(0);
  });
});
