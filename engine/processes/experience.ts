import type { Residents } from '../agents/residents.ts';
import { countEnd } from '../agents/serviceCounts.ts';
import type { Csr } from '../core/csr.ts';
import type { SimState } from '../state.ts';
import { CLOSED } from './cases.ts';
import type { ExperienceQueue } from './experienceQueue.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Phase `experience` (daily, per township): residents whose cases ended today experience them,
 * in the order the cases ended. Each case end counts in the resident's service record; then
 * expectation-disconfirmation: a resident who experiences service `performance` (0-1) compares
 * it with their expectation E; satisfaction and trust move by the disconfirmation d = P − E,
 * and E adapts towards P. Up to `wordOfMouthReach` ties hear of it (word of mouth, weight ω),
 * starting at a position in the tie list that rotates with the case serial, so different
 * contacts hear of different experiences without a random draw: ties in the same township
 * are updated at once; ties elsewhere through the township's outbox, applied at the day's
 * word-of-mouth exchange in township order.
 *
 * Case ends are queued (`closeCase`) and applied here once a day, in passes, because each reads
 * residents and tie lists at scattered positions: the tie lists never change, and the first
 * passes only read, so their memory reads overlap instead of waiting on one another; the last
 * pass applies the updates in order. Nothing reads attitudes or service records between a
 * case's end and this phase, so the results are those of applying each at the case end.
 */
export function experienceCaseEnds(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const q = ts.experiences;
  const n = q.ends.live;
  if (n === 0) return;
  const s = sim.scenario.satisfaction;
  const told = gatherTiesTold(q, n, sim.ties, s.wordOfMouthReach);
  q.prefetched = prefetch(q, n, told, sim.residents);
  const e = q.ends.cols;
  const { satisfaction, trust, expectation, serviceCounts } = sim.residents;
  const final = sim.flows.finalActive;
  const lo = ts.firstResident;
  const hi = ts.endResident;
  for (let k = 0; k < n; k++) {
    const i = e.resident[k];
    serviceCounts[i] = countEnd(serviceCounts[i], e.met[k] === 1, final);
    const d = e.performance[k] - expectation[i];
    satisfaction[i] = clamp01(satisfaction[i] + s.satisfactionRate * d);
    trust[i] = clamp01(trust[i] + s.trustRate * d);
    expectation[i] = clamp01(expectation[i] + s.expectationRate * d);
    const heard = s.wordOfMouth * d;
    if (heard === 0) continue;
    const dSat = s.satisfactionRate * heard;
    const dTrust = s.trustRate * heard;
    const end = e.from[k] + e.told[k];
    for (let t = e.from[k]; t < end; t++) {
      const j = told[t];
      if (j >= lo && j < hi) {
        satisfaction[j] = clamp01(satisfaction[j] + dSat);
        trust[j] = clamp01(trust[j] + dTrust);
      } else {
        ts.wordOfMouthTo.push(j);
        ts.wordOfMouthDelta.push(heard);
      }
    }
  }
  q.ends.clear();
}

/**
 * Fills the queue's `told` buffer with the ties told of each of its `n` experiences (case after
 * case: min(degree, reach) ties from position serial mod degree of the tie list, wrapping) and
 * sets each case's `from` and `told`. Two passes, tie windows then ties, so that every read of
 * a pass is independent of the others.
 */
function gatherTiesTold(q: ExperienceQueue, n: number, ties: Csr, reach: number): Int32Array {
  const e = q.ends.cols;
  const { offsets, targets } = ties;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const i = e.resident[k];
    e.from[k] = offsets[i];
    e.told[k] = Math.min(offsets[i + 1] - offsets[i], reach);
    total += e.told[k];
  }
  const told = q.reserveTold(total);
  for (let k = 0, at = 0; k < n; k++) {
    const from = e.from[k];
    const degree = offsets[e.resident[k] + 1] - from;
    const count = e.told[k];
    e.from[k] = at;
    if (count === 0) continue;
    let m = e.serial[k] % degree;
    for (let t = 0; t < count; t++) {
      told[at + t] = targets[from + m];
      if (++m === degree) m = 0;
    }
    at += count;
  }
  return told;
}

/**
 * Reads, without using them, the residents' values the in-order pass will update, so that they
 * are in cache by then: these reads do not depend on one another and overlap, where the
 * in-order pass would wait for each. Returns their sum (for a sink the compiler cannot drop).
 */
function prefetch(q: ExperienceQueue, n: number, told: Int32Array, r: Residents): number {
  const e = q.ends.cols;
  const { satisfaction, trust, expectation, serviceCounts } = r;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = e.resident[k];
    sum += serviceCounts[i] + expectation[i] + satisfaction[i] + trust[i];
  }
  const end = n === 0 ? 0 : e.from[n - 1] + e.told[n - 1];
  for (let t = 0; t < end; t++) sum += satisfaction[told[t]] + trust[told[t]];
  return sum;
}

/** Applies a tie's weighted disconfirmation to resident j. */
export function hear(sim: SimState, j: number, heard: number): void {
  const r = sim.residents;
  const s = sim.scenario.satisfaction;
  r.satisfaction[j] = clamp01(r.satisfaction[j] + s.satisfactionRate * heard);
  r.trust[j] = clamp01(r.trust[j] + s.trustRate * heard);
}

/**
 * Ends a case: counts it, queues the resident's experience of it for the day's `experience`
 * phase, and frees its row. `resolved` is false for needs given up before anyone heard of them.
 */
export function closeCase(sim: SimState, township: number, row: number, met: boolean, resolved: boolean, day: number): void {
  const ts = sim.townships[township];
  const c = ts.cases.cols;
  const days = day - c.arisen[row];
  if (c.disputeSlot[row] >= 0) ts.disputes.remove(row, c.disputeSlot);
  // The age group is read from the resident, not copied into the case row when the need arose:
  // it is the group on the day the case ends, as the stocks read groups on the recording day.
  sim.flows.end(c.zone[row], sim.residents.ageGroup[c.resident[row]], met, resolved, days);
  const s = sim.scenario.satisfaction;
  const k = ts.experiences.ends.allocate();
  const e = ts.experiences.ends.cols;
  e.resident[k] = c.resident[row];
  e.met[k] = met ? 1 : 0;
  e.performance[k] = met ? Math.pow(2, -days / s.timelinessHalfLife) : resolved ? s.unsatisfactoryPerformance : 0;
  e.serial[k] = c.serial[row];
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
