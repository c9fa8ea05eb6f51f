import type { Rng } from '../core/rng.ts';
import type { SimState } from '../state.ts';
import { CLOSED, ESCALATED, PENDING, PETITION, TOWNSHIP } from './cases.ts';
import { markReported } from './experience.ts';

/**
 * Draws the day an open dispute would escalate to a petition (信访): not before thresholdDays
 * after it arose, then with the daily hazard h·(place's escalation factor) — so on day
 * max(today, arisen + threshold) + ⌊E/h⌋. Redrawn when levers change (memoryless, so exact).
 */
export function scheduleEscalation(sim: SimState, township: number, row: number, day: number, rng: Rng): void {
  const ts = sim.townships[township];
  const s = sim.scenario.escalation;
  const c = ts.cases.cols;
  const hazard = s.hazardPerDay * sim.levers.place.escalationFactor[c.place[row]];
  const u = rng();
  if (hazard <= 0) {
    c.escalationDue[row] = -1;
    return;
  }
  const due = Math.max(day, c.arisen[row] + s.thresholdDays) + Math.floor(-Math.log(1 - u) / hazard);
  c.escalationDue[row] = due;
  ts.escalationCalendar.file(due, row, c.serial[row]);
}

/**
 * Phase `escalation` (daily, per township): disputes due to escalate today do so. Escalation
 * costs the resident trust; an unreported dispute becomes known to the township through the
 * petition. The case stays open until it is handled.
 */
export function escalateDisputes(sim: SimState, township: number, day: number): void {
  const ts = sim.townships[township];
  const r = sim.residents;
  const due = ts.escalationCalendar.take(day);
  for (let k = 0; k < due.length; k += 2) {
    const row = due[k];
    const c = ts.cases.cols;
    if (c.serial[row] !== due[k + 1] || c.stage[row] === CLOSED || c.escalationDue[row] !== day || (c.flags[row] & ESCALATED) !== 0) continue;
    const i = c.resident[row];
    c.flags[row] |= ESCALATED;
    sim.flows.escalate(c.zone[row]);
    sim.totals.escalations++;
    r.trust[i] = Math.max(0, r.trust[i] - sim.scenario.escalation.trustPenalty);
    if (c.stage[row] === PENDING) {
      ts.pending.remove(row, c.pendingSlot);
      markReported(sim, township, row, PETITION, day);
      c.stage[row] = TOWNSHIP;
      ts.routingQueue.push(row);
    }
  }
}
