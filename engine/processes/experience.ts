import type { SimState } from '../state.ts';
import { countEnd } from '../agents/serviceCounts.ts';
import { CLOSED } from './cases.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Expectation-disconfirmation: a resident who experiences service `performance` (0-1) compares
 * it with their expectation E; satisfaction and trust move by the disconfirmation d = P − E,
 * and E adapts towards P. Up to `wordOfMouthReach` ties hear of it (word of mouth, weight ω),
 * starting at a position in the tie list that rotates with `turn` (the case serial), so different
 * contacts hear of different experiences without a random draw: ties in the same township
 * are updated at once; ties elsewhere through the township's outbox, applied at the day's
 * word-of-mouth exchange in township order.
 */
export function experience(sim: SimState, township: number, i: number, performance: number, turn = 0): void {
  const r = sim.residents;
  const s = sim.scenario.satisfaction;
  const satisfaction = r.satisfaction;
  const trust = r.trust;
  const d = performance - r.expectation[i];
  satisfaction[i] = clamp01(satisfaction[i] + s.satisfactionRate * d);
  trust[i] = clamp01(trust[i] + s.trustRate * d);
  r.expectation[i] = clamp01(r.expectation[i] + s.expectationRate * d);
  const heard = s.wordOfMouth * d;
  if (heard === 0) return;
  const dSat = s.satisfactionRate * heard;
  const dTrust = s.trustRate * heard;
  const { offsets, targets } = sim.ties;
  const ts = sim.townships[township];
  const lo = ts.firstResident;
  const hi = ts.endResident;
  const from = offsets[i];
  const degree = offsets[i + 1] - from;
  const told = Math.min(degree, s.wordOfMouthReach);
  for (let n = 0; n < told; n++) {
    const j = targets[from + ((turn + n) % degree)];
    if (j >= lo && j < hi) {
      satisfaction[j] = clamp01(satisfaction[j] + dSat);
      trust[j] = clamp01(trust[j] + dTrust);
    } else {
      ts.wordOfMouthTo.push(j);
      ts.wordOfMouthDelta.push(heard);
    }
  }
}

/** Applies a tie's weighted disconfirmation to resident j. */
export function hear(sim: SimState, j: number, heard: number): void {
  const r = sim.residents;
  const s = sim.scenario.satisfaction;
  r.satisfaction[j] = clamp01(r.satisfaction[j] + s.satisfactionRate * heard);
  r.trust[j] = clamp01(r.trust[j] + s.trustRate * heard);
}

/**
 * Ends a case: counts it, credits the resident's service record, lets them experience it, and
 * frees its row. `resolved` is false for needs given up before anyone heard of them.
 */
export function closeCase(sim: SimState, township: number, row: number, met: boolean, resolved: boolean, day: number): void {
  const ts = sim.townships[township];
  const c = ts.cases.cols;
  const r = sim.residents;
  const i = c.resident[row];
  const zone = c.zone[row];
  const days = day - c.arisen[row];
  if (c.disputeSlot[row] >= 0) ts.disputes.remove(row, c.disputeSlot);
  sim.flows.end(zone, met, resolved, days);
  r.serviceCounts[i] = countEnd(r.serviceCounts[i], met, sim.flows.finalActive);
  const s = sim.scenario.satisfaction;
  const performance = met ? Math.pow(2, -days / s.timelinessHalfLife) : resolved ? s.unsatisfactoryPerformance : 0;
  experience(sim, township, i, performance, c.serial[row]);
  c.stage[row] = CLOSED;
  ts.cases.release(row);
}

/** Marks a case as reported through `channel` today. */
export function markReported(sim: SimState, township: number, row: number, channel: number, day: number): void {
  const c = sim.townships[township].cases.cols;
  c.reported[row] = day;
  c.channel[row] = channel;
  sim.flows.report(c.zone[row], channel, c.category[row]);
}

