import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from '../../engine/core/calendar.ts';
import type { Rng } from '../../engine/core/rng.ts';
import { Flows } from '../../engine/metrics/flows.ts';
import { seriesCsv, summaryJson } from '../../output/runFiles.ts';
import { closedUnsolved } from '../../engine/processes/falseClosure.ts';
import { createSimulation, run, type Simulation } from '../../engine/simulation.ts';
import type { SimState } from '../../engine/state.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson, testScenario } from '../fixtures.ts';

/** The first exchange happens at the end of year 1 (phase `cadreCareers`); newcomers take their posts the next day. */
const EXCHANGE_DAY = DAYS_PER_YEAR;

/** A 2-year simulation with half the township cadres exchanged every year on these terms. */
function exchangeSimulation(params: Record<string, number>): Simulation {
  const scenario = testScenario({ residents: 4000, years: 2, interventions: [{ kind: 'cadreExchange', start: 0, params: { sharePerYear: 0.5, ...params } }] });
  return createSimulation(scenario, { seed: 1 });
}

/** Steps to the start of `day` (the phases of days before it have run). */
function stepTo(sim: Simulation, day: number): void {
  while (sim.state.day < day) sim.step();
}

/** Productivity of every department and township government, as refreshed on the last day run. */
function productivities(sim: Simulation): number[] {
  return [...sim.state.departments.map((d) => d.productivity), ...sim.state.townships.map((t) => t.productivity)];
}

describe('cadre exchange: what a post loses during handover and while the newcomer learns', () => {
  it('posts lose productivity when the exchange hands them over, and regain it after learningMonths', () => {
    const sim = exchangeSimulation({ handoverDays: 20, learningMonths: 6, newcomerProductivity: 0.5 });
    stepTo(sim, EXCHANGE_DAY);
    expect(productivities(sim).every((p) => p === 1)).toBe(true);
    // Each post's productivity is the share of its cadres not exchanged during the handover ...
    stepTo(sim, EXCHANGE_DAY + 10);
    const c = sim.state.cadres;
    const T = sim.state.layout.townships;
    const stayed = (post: number) => {
      let n = 0;
      let kept = 0;
      for (let k = 0; k < c.size; k++) if (c.post[k] === post) (n++, (kept += Number.isNaN(c.postedDay[k]) ? 1 : 0));
      return kept / n;
    };
    const during = productivities(sim);
    expect(during.every((p) => p < 1)).toBe(true);
    sim.state.departments.forEach((d, j) => expect(d.productivity).toBeCloseTo(stayed(T + j), 12));
    sim.state.townships.forEach((t, j) => expect(t.productivity).toBeCloseTo(stayed(j), 12));
    // ... then newcomers work at half their productivity, rising ...
    stepTo(sim, EXCHANGE_DAY + 25);
    const learning = productivities(sim);
    learning.forEach((p, j) => expect(p).toBeGreaterThan(during[j]));
    expect(learning.every((p) => p < 1)).toBe(true);
    // ... to full productivity once learningMonths (182.5 days) have passed after the handover
    // (stepping to day d runs day d − 1, whose refresh sees 183 days of learning).
    stepTo(sim, EXCHANGE_DAY + 20 + 184);
    expect(productivities(sim).every((p) => p === 1)).toBe(true);
  });

  it('loses nothing with no handover and newcomers at full productivity', () => {
    const sim = exchangeSimulation({ handoverDays: 0, newcomerProductivity: 1 });
    for (const day of [EXCHANGE_DAY + 1, EXCHANGE_DAY + 30]) {
      stepTo(sim, day);
      expect(productivities(sim).every((p) => p === 1)).toBe(true);
    }
  });

  it('departments serve, and township desks route, fewer cases during the handover than without one', () => {
    /** Cases taken from department queues and from township routing queues over the 20 days after the exchange. */
    const served = (params: Record<string, number>) => {
      const sim = exchangeSimulation(params);
      const count = { departments: 0, townships: 0 };
      const spy = (queue: { shift(): number }, unit: keyof typeof count) => {
        const shift = queue.shift.bind(queue);
        queue.shift = () => (count[unit]++, shift());
      };
      for (const dep of sim.state.departments) (spy(dep.queue, 'departments'), spy(dep.priority, 'departments'));
      for (const ts of sim.state.townships) spy(ts.routingQueue, 'townships');
      stepTo(sim, EXCHANGE_DAY);
      const before = { ...count };
      stepTo(sim, EXCHANGE_DAY + 20);
      return { departments: count.departments - before.departments, townships: count.townships - before.townships };
    };
    const withHandover = served({ handoverDays: 20, newcomerProductivity: 0.5 });
    const without = served({ handoverDays: 0, newcomerProductivity: 1 });
    expect(withHandover.departments).toBeLessThan(0.9 * without.departments);
    expect(withHandover.townships).toBeLessThan(0.9 * without.townships);
  });
});

/** A stand-in for the run's state with what `closedUnsolved` reads. */
function closureState(falseClosureShare: number, speedWeight: number): SimState {
  return { scenario: { evaluation: { falseClosureShare } }, levers: { county: { speedWeight } }, flows: new Flows(1) } as unknown as SimState;
}

describe('evaluation by closure rate: cases closed without being solved', () => {
  it('draws no random number when falseClosureShare is 0, and closes nothing unsolved', () => {
    let draws = 0;
    const rng: Rng = () => (draws++, 0);
    const sim = closureState(0, 0.7);
    expect(closedUnsolved(sim, rng)).toBe(false);
    expect(draws).toBe(0);
    expect(sim.flows.period.closedUnsolved).toBe(0);
  });

  it('closes a satisfactory case unsolved with probability falseClosureShare · speedWeight, drawing once', () => {
    let draws = 0;
    const sim = closureState(0.5, 0.6);
    expect(closedUnsolved(sim, () => (draws++, 0.29))).toBe(true);
    expect(closedUnsolved(sim, () => (draws++, 0.3))).toBe(false);
    expect(draws).toBe(2);
    expect(sim.flows.period.closedUnsolved).toBe(1);
  });

  const withShare = (falseClosureShare: number, interventions: unknown[] = [], overrides: Record<string, unknown> = {}) => {
    const json = smallJson();
    Object.assign(json, { years: 1, evaluation: { falseClosureShare }, interventions }, overrides);
    json.county.residents = 4000;
    return run(parseScenario(json, 'test'), { seed: 2 }).summary.metrics;
  };
  const baseline = withShare(0);

  it('leaves needs unmet while counting them closed, and counts the closures', () => {
    expect(baseline.closed_unsolved).toBe(0);
    expect(baseline.closed_unsolved_share).toBe(0);
    const m = withShare(0.5);
    expect(m.closed_unsolved).toBeGreaterThan(100);
    // At most 0.5 · 0.7 of closures: only committees' and departments' satisfactory ones qualify.
    expect(m.closed_unsolved_share).toBeGreaterThan(0.1);
    expect(m.closed_unsolved_share).toBeLessThan(0.35);
    expect(m.unmet_share).toBeGreaterThan(baseline.unmet_share + 0.05);
    // Closed all the same: resolutions barely move.
    expect(Math.abs(m.needs_resolved - baseline.needs_resolved)).toBeLessThan(0.05 * baseline.needs_resolved);
  });

  it('happens both at committees and at departments', () => {
    // Committees that handle nothing (no staff time, volunteers or contracted organisations): cases reach departments by referral.
    const departmentsOnly = { committees: { casesPerStaffPerDay: 0, volunteerCapacity: 0 }, organisations: { contractedShare: 0 } };
    const noDepartments = { departments: { capacityPer10k: { employment: 0, care: 0, environment: 0, dispute: 0, infrastructure: 0, admin: 0 } } };
    for (const overrides of [departmentsOnly, noDepartments]) {
      expect(withShare(0, [], overrides).closed_unsolved).toBe(0);
      expect(withShare(0.5, [], overrides).closed_unsolved).toBeGreaterThan(20);
    }
  });

  it('fewer such closures when evaluation reform lowers the weight of closing speed', () => {
    const reformed = withShare(0.5, [{ kind: 'evaluationReform', start: 0, params: { speedWeight: 0.1 } }]);
    expect(reformed.closed_unsolved_share).toBeLessThan(0.5 * withShare(0.5).closed_unsolved_share);
  });
});

describe('costs and mechanisms of these kinds stay partition-ready', () => {
  it('give the same files whatever the order townships are processed in', () => {
    const json = smallJson();
    Object.assign(json, { years: 2, evaluation: { falseClosureShare: 0.4 } });
    json.county.residents = 4000;
    json.interventions = [
      { kind: 'cadreExchange', start: 0, params: { sharePerYear: 0.3 } },
      { kind: 'evaluationReform', start: 0.5, params: { speedWeight: 0.5 } },
      { kind: 'participationTraining', start: 0.2, params: { yuanPerTrainee: 37.5 } },
      { kind: 'branchStrengthening', start: 0 },
    ];
    const scenario = parseScenario(json, 'test');
    const forward = run(scenario, { seed: 8 });
    const shuffled = run(scenario, { seed: 8, townshipOrder: [2, 0, 3, 1] });
    expect(forward.summary.metrics.closed_unsolved).toBeGreaterThan(0);
    expect(seriesCsv(shuffled)).toBe(seriesCsv(forward));
    expect(summaryJson(shuffled, 's')).toBe(summaryJson(forward, 's'));
  });
});
