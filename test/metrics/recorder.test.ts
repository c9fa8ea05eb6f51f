/**
 * The recorder and the metric catalogue agree: `measure` gives every name the catalogue derives a
 * value, and writes no name the catalogue lacks. `measure` fills NaN in before computing, so a
 * metric it forgets would show up as NaN: the synthetic window below has a positive denominator
 * for every rate and mean, so every value must be finite.
 */
import { describe, expect, it } from 'vitest';
import { createCommittees } from '../../engine/agents/committees.ts';
import { BUILTIN_METRICS } from '../../engine/metrics/builtins.ts';
import { WindowCounts } from '../../engine/metrics/flows.ts';
import { measure } from '../../engine/metrics/measure.ts';
import { PLACE_METRICS } from '../../engine/metrics/places.ts';
import { createResidentSums } from '../../engine/metrics/residentSums.ts';
import { run } from '../../engine/simulation.ts';
import type { SimState } from '../../engine/state.ts';
import { testScenario } from '../fixtures.ts';

/** A window in which every count, and so every denominator, is positive. */
function busyWindow(): WindowCounts {
  const w = new WindowCounts(1);
  for (const a of [w.arisen, w.reported, w.lapsed, w.ended, w.escalations, w.durationSum, w.resolvedCount, w.channel, w.arisenByCategory, w.reportedByCategory]) a.fill(4);
  w.met.fill(2);
  for (const a of [w.groupEnded, w.groupResolved, w.groupDurationSum]) a.fill(4);
  w.groupMet.fill(2);
  w.routed = 5;
  w.misrouted = 1;
  w.whistles = 2;
  w.mediated = 3;
  w.mediationsSettled = 2;
  w.cost = 1000;
  w.routingOffered[0] = 10;
  w.committeeOffered[0] = 20;
  w.committeeHandled = 8;
  for (const a of [w.departmentCapacity, w.departmentHandled, w.departmentSummoned]) a.fill(3);
  for (const days of [3, 10, 30]) w.addDuration(days);
  return w;
}

function busySums() {
  const sums = createResidentSums(4, 2);
  for (const a of [sums.adults, sums.participants, sums.access, sums.satisfaction, sums.trust, sums.efficacy]) a.fill(2);
  sums.ageAdults.set([0, 2, 2, 2]);
  sums.ageParticipants.set([0, 1, 1, 1]);
  for (const a of [sums.groupAdults, sums.groupParticipants, sums.groupAccess, sums.groupSatisfaction]) a.fill(2);
  sums.online = 1;
  sums.service.set([0.5, 1, 0.25]);
  sums.serviceZones.set([0, 1, 2]);
  sums.served = 3;
  sums.serviceBins[(2 << 8) | 1]++;
  sums.serviceBins[(1 << 8) | 1]++;
  sums.serviceBins[(4 << 8) | 1]++;
  return sums;
}

function busyState(): SimState {
  const committees = createCommittees(2);
  committees.urban.set([1, 0]);
  committees.income.set([0, 5000]);
  committees.assets.set([0, 20000]);
  committees.residents.set([10, 10]);
  const queue = (n: number) => ({ length: n });
  const township = { mediationQueues: [queue(1)], committeePriority: [queue(0)], committeeQueues: [queue(2)], committeeOnline: [queue(0)], routingQueue: queue(3), routingOnline: queue(0) };
  const departments = Array.from({ length: 6 }, () => ({ priority: queue(0), queue: queue(1) }));
  const scenario = { resources: { departmentCasesPerStaffDay: 2 } };
  return { committees, scenario, townships: [township], departments, totals: { cost: 3000, staffDays: 10, escalations: 0, needs: 0 } } as unknown as SimState;
}

describe('measure and the catalogue', () => {
  it('computes every catalogue metric, and no other, from a window with something in it', () => {
    const values = measure(busyState(), busyWindow(), busySums(), 0.3);
    expect(Object.keys(values)).toEqual(BUILTIN_METRICS);
    const missing = BUILTIN_METRICS.filter((m) => !Number.isFinite(values[m]));
    expect(missing).toEqual([]);
  });

  it('gives a run every catalogue metric and the user metrics after them, and no other name', () => {
    const scenario = { ...testScenario({ residents: 3000, years: 1 }), metrics: [{ name: 'rural_share', expression: 'participation_rural / participation' }] };
    const result = run(scenario, { seed: 7 });
    const names = [...BUILTIN_METRICS, 'rural_share'];
    expect(result.metricNames).toEqual(names);
    for (const values of [result.summary.metrics, ...result.series.map((p) => p.values)]) {
      expect(Object.keys(values)).toEqual(names);
      expect(values.rural_share).toBeCloseTo(values.participation_rural / values.participation, 12);
    }
    // A populated county leaves no stock undefined at the end of the year.
    expect(Number.isFinite(result.summary.metrics.participation)).toBe(true);
  });

  it('records per place only metrics the catalogue declares (places.csv borrows their names and labels)', () => {
    expect(PLACE_METRICS.filter((m) => !BUILTIN_METRICS.includes(m))).toEqual([]);
  });
});
