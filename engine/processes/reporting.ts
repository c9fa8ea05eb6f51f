import type { Rng } from '../core/rng.ts';
import { CATEGORY_INDEX } from '../scenario.ts';
import type { SimState } from '../state.ts';
import { COMMITTEE, CROSS_DEPARTMENT, GRID_VISIT, IN_PERSON, LAPSE, MEDIATION, ONLINE_CHANNEL, PARTNER_CHANNEL, PENDING, TOWNSHIP } from './cases.ts';
import { closeCase, markReported } from './experience.ts';

const DISPUTE = CATEGORY_INDEX.dispute;

/**
 * Draws when, and through which channel, an unreported need will next be acted on. The need
 * faces competing daily hazards: the resident reports in person (self hazard / (1 + cost ·
 * distance)) or online (self hazard · weight, if capable), a grid worker's visit detects it, a
 * volunteer or partner hears of it, or the resident gives up (1 / lapseDays). Walk-in hours moved
 * to the platform (offlineShift s) cut the in-person hazard by the factor 1 − walkInLoss·s. The self hazard
 * is logistic in trust, efficacy, education and log relative income (`residentHazards.ts`), so
 * low-status groups under-report. With total hazard H the event falls on day d + ⌊E/H⌋ (E ~ Exp(1)), which is
 * the daily Bernoulli(1 − e^−H) process; the channel is drawn in proportion to its hazard.
 * Hazards are re-evaluated monthly and whenever levers change (`rescheduleTownship`).
 */
export function scheduleReport(sim: SimState, township: number, row: number, day: number, rng: Rng): void {
  const ts = sim.townships[township];
  const s = sim.scenario;
  const r = sim.residents;
  const c = ts.cases.cols;
  const i = c.resident[row];
  const p = c.place[row];
  const self = r.selfHazard[i];
  // Walk-in hours moved to the platform (offlineShift) lose a share of in-person reports; the
  // factor is exactly 1 while nothing is moved.
  const walkIn = 1 - sim.levers.place.walkInLoss[p] * sim.levers.place.offlineShift[p];
  const hPerson = (self / (1 + s.reporting.distanceCostPerKm * sim.committees.distanceKm[p])) * walkIn;
  const hOnline = r.online[i] === 1 ? self * s.reporting.onlineWeight : 0;
  const hGrid = sim.gridDetection[r.grid[i]];
  const hPartner = sim.committees.detection[p];
  const lapse = 1 / s.needs.lapseDays;
  const total = hPerson + hOnline + hGrid + hPartner + lapse;
  const due = day + Math.floor(-Math.log(1 - rng()) / total);
  let x = rng() * total;
  c.planned[row] =
    (x -= lapse) < 0 ? LAPSE : (x -= hPerson) < 0 ? IN_PERSON : (x -= hOnline) < 0 ? ONLINE_CHANNEL : (x -= hGrid) < 0 ? GRID_VISIT : PARTNER_CHANNEL;
  c.reportDue[row] = due;
  ts.reportCalendar.file(due, row, c.serial[row]);
}

/** Phase `reporting` (daily, per township): carries out the reports and lapses due today. */
export function reportNeeds(sim: SimState, township: number, day: number): void {
  const ts = sim.townships[township];
  const due = ts.reportCalendar.take(day);
  for (let k = 0; k < due.length; k += 2) {
    const row = due[k];
    const c = ts.cases.cols;
    if (c.serial[row] !== due[k + 1] || c.stage[row] !== PENDING || c.reportDue[row] !== day) continue;
    ts.pending.remove(row, c.pendingSlot);
    const channel = c.planned[row];
    if (channel === LAPSE) {
      sim.flows.lapse(c.zone[row]);
      closeCase(sim, township, row, false, false, day);
    } else {
      markReported(sim, township, row, channel, day);
      admit(sim, township, row, channel);
    }
  }
}

/**
 * Puts a newly reported case in the right queue. A dispute whose parties agree to mediation goes
 * to the place's mediators, however it was reported. With one shared platform (三级综治中心,
 * 接诉即办) any other online report is dispatched by the platform: a cross-department case
 * straight to the township's routing desk (no committee can settle it alone), any other to the
 * committee of the resident's place with priority, like a partner's report (派单 down to the level
 * that handles it). Where staff capacity has been moved to the platform (offlineShift > 0), every
 * other online report waits in the place's online queue, which that staff serves.
 */
function admit(sim: SimState, township: number, row: number, channel: number): void {
  const ts = sim.townships[township];
  const c = ts.cases.cols;
  const p = c.place[row];
  const local = p - ts.firstPlace;
  const platform = channel === ONLINE_CHANNEL && sim.levers.township.sharedPlatform[township] === 1;
  if (c.category[row] === DISPUTE && sim.levers.place.mediators[p] > 0 && ts.rng.mediation() < sim.levers.place.mediationAcceptance[p]) {
    // People's mediation is voluntary: it goes ahead only if both parties agree (人民调解法 art. 3, 17).
    // The platform sends disputes to it too (云综治 integrates 矛盾纠纷调处, 001).
    c.stage[row] = MEDIATION;
    ts.mediationQueues[local].push(row);
  } else if (platform && (c.flags[row] & CROSS_DEPARTMENT) !== 0) {
    c.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  } else if (channel === ONLINE_CHANNEL && sim.levers.place.offlineShift[p] > 0) {
    c.stage[row] = COMMITTEE;
    ts.committeeOnline[local].push(row);
  } else if (channel === PARTNER_CHANNEL || platform) {
    c.stage[row] = COMMITTEE;
    ts.committeePriority[local].push(row);
  } else {
    c.stage[row] = COMMITTEE;
    ts.committeeQueues[local].push(row);
  }
}
