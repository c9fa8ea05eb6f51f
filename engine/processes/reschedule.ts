import { stream } from '../core/rng.ts';
import type { SimState } from '../state.ts';
import { ESCALATED } from './cases.ts';
import { scheduleEscalation } from './escalation.ts';
import { scheduleReport } from './reporting.ts';

/**
 * Phase `reschedule` (monthly, per township; also after lever changes): redraws the scheduled
 * reports of unreported needs and the escalations of open disputes from current hazards, so
 * that hazards are piecewise constant by month and exact across intervention switches.
 * Entries filed before become stale and are skipped (their due day no longer matches). Each
 * rescheduling draws from its own stream, named by its reason and day (`why`), so that an
 * intervention switch in one arm of an experiment does not shift any other draw (arms stay
 * paired on everything the switch does not touch).
 */
export function rescheduleTownship(sim: SimState, township: number, fromDay: number, why: 'month' | 'switch'): void {
  const ts = sim.townships[township];
  const rng = stream(sim.seed, `reschedule:${why}:${fromDay}`, township);
  for (let k = 0; k < ts.pending.length; k++) scheduleReport(sim, township, ts.pending.items[k], fromDay, rng);
  for (let k = 0; k < ts.disputes.length; k++) {
    const row = ts.disputes.items[k];
    if ((ts.cases.cols.flags[row] & ESCALATED) === 0) scheduleEscalation(sim, township, row, fromDay, rng);
  }
}
