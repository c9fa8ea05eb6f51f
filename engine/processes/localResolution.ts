import { CATEGORIES, CATEGORY_INDEX } from '../scenario.ts';
import { ORGANISATION_CATEGORIES } from '../county/institutions.ts';
import type { IntQueue } from '../core/intQueue.ts';
import type { Rng } from '../core/rng.ts';
import type { SimState } from '../state.ts';
import type { TownshipState } from '../township.ts';
import { COMMITTEE, TOWNSHIP, respond } from './cases.ts';
import { closeCase } from './experience.ts';
import { closedUnsolved } from './falseClosure.ts';
import { older } from './onlineDesk.ts';

const EMPLOYMENT = CATEGORY_INDEX.employment;


/**
 * Phase `committees` (daily, per township). In each place, mediators first take disputes
 * (settled with the place's mediation success, else passed to the committee); then the
 * committee spends its daily capacity (fractions carry over). The share of staff capacity moved
 * to the platform (digitalRollout's offlineShift) serves only the place's online queue; the rest
 * — staff, contracted organisations, then volunteers and partners — serves partner-reported
 * cases first, then the others, online reports among them in order of report (`nextCase`). A case is
 * settled locally with probability localShare·(0.4 + competence) — for employment also absorbed
 * by willing firms, and for the categories organisations serve also by contracted organisations
 * (purchase of services) — and otherwise forwarded to the township. Before that, cases reported
 * more than `committees.referAfterDays` ago and still waiting are referred up to the township: a
 * committee that cannot take a case up in time passes it on rather than holding it for ever.
 * Volunteers and partners are called on only for what paid capacity cannot take: the cases
 * served beyond it count as their work (`processes/volunteers.ts`).
 */
export function resolveLocally(sim: SimState, township: number, day: number): void {
  const ts = sim.townships[township];
  const com = sim.committees;
  const rng = ts.rng.committees;
  const localShare = CATEGORIES.map((c) => sim.scenario.needs.localShare[c]);
  const { referAfterDays } = sim.scenario.committees;
  const platform = sim.levers.township.sharedPlatform[township] === 1;
  let offeredAll = 0;
  let servedAll = 0;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) {
    const local = p - ts.firstPlace;
    mediate(sim, township, p, day, rng);
    const pq = ts.committeePriority[local];
    const q = ts.committeeQueues[local];
    const oq = ts.committeeOnline[local];
    referOverdue(ts, pq, day - referAfterDays);
    referOverdue(ts, q, day - referAfterDays);
    referOverdue(ts, oq, day - referAfterDays);
    // The platform's staff: online reports only; what it leaves unused idles (no walk-ins to serve).
    com.onlineCredit[p] += com.onlineCapacity[p];
    while (com.onlineCredit[p] >= 1 && oq.length > 0) {
      com.onlineCredit[p] -= 1;
      handle(sim, township, oq.shift(), day, localShare, rng);
      servedAll++;
    }
    if (oq.length === 0 && com.onlineCredit[p] > 1) com.onlineCredit[p] = 1;
    const general = com.capacity[p] - com.onlineCapacity[p];
    com.credit[p] += general;
    let served = 0;
    while (com.credit[p] >= 1 && (pq.length > 0 || q.length > 0 || oq.length > 0)) {
      com.credit[p] -= 1;
      handle(sim, township, nextCase(ts, local, platform), day, localShare, rng);
      served++;
    }
    if (pq.length === 0 && q.length === 0 && oq.length === 0 && com.credit[p] > 1) com.credit[p] = 1;
    // Paid capacity is used first: volunteers and partners do only what exceeds it.
    const paid = com.paidCapacity[p] - com.onlineCapacity[p];
    com.volunteerWork[p] += Math.min(com.volunteerCapacity[p], Math.max(0, served - paid));
    com.volunteerOffered[p] += com.volunteerCapacity[p];
    offeredAll += com.capacity[p];
    servedAll += served;
  }
  sim.flows.committeeDay(township, offeredAll, servedAll);
}

/** Mediators of place `p` take the day's disputes; with no mediators (any more), waiting disputes go to the committee. */
function mediate(sim: SimState, township: number, p: number, day: number, rng: Rng): void {
  const ts = sim.townships[township];
  const com = sim.committees;
  const lv = sim.levers.place;
  const local = p - ts.firstPlace;
  const mq = ts.mediationQueues[local];
  while (lv.mediators[p] === 0 && mq.length > 0) {
    const row = mq.shift();
    ts.cases.cols.stage[row] = COMMITTEE;
    ts.committeeQueues[local].push(row);
  }
  com.mediationCredit[p] += lv.mediators[p] * sim.scenario.committees.mediationCapacity;
  while (com.mediationCredit[p] >= 1 && mq.length > 0) {
    com.mediationCredit[p] -= 1;
    const row = mq.shift();
    respond(ts.cases.cols, row, day);
    const settled = rng() < lv.mediationSuccess[p];
    sim.flows.mediate(settled);
    if (settled) closeCase(sim, township, row, true, true, day);
    else {
      ts.cases.cols.stage[row] = COMMITTEE;
      ts.committeeQueues[local].push(row);
    }
  }
  if (mq.length === 0 && com.mediationCredit[p] > 1) com.mediationCredit[p] = 1;
}

/**
 * The next case the committee's general capacity takes up: partner-reported cases first, then
 * the others in order of report. Online reports waiting for the platform's staff (only while
 * staff is moved there) are among the others — with a shared platform, among the priority ones,
 * where the platform puts online reports — so a small move changes the order only a little.
 */
function nextCase(ts: TownshipState, local: number, platform: boolean): number {
  const pq = ts.committeePriority[local];
  const q = ts.committeeQueues[local];
  const oq = ts.committeeOnline[local];
  if (oq.length === 0) return pq.length > 0 ? pq.shift() : q.shift();
  if (platform) return older(ts, pq, oq).shift();
  return pq.length > 0 ? pq.shift() : older(ts, q, oq).shift();
}

/** The committee takes up case `row`: settles it locally or forwards it to the township. */
function handle(sim: SimState, township: number, row: number, day: number, localShare: readonly number[], rng: Rng): void {
  const ts = sim.townships[township];
  const com = sim.committees;
  const c = ts.cases.cols;
  const p = c.place[row];
  respond(c, row, day);
  const cat = c.category[row];
  let settle = Math.min(1, localShare[cat] * (0.4 + com.competenceEffective[p]));
  if (cat === EMPLOYMENT) settle += (1 - settle) * com.firmJobSupport[p];
  if (cat < ORGANISATION_CATEGORIES) settle += (1 - settle) * sim.organisationSupport[p * ORGANISATION_CATEGORIES + cat];
  if (rng() < settle) closeCase(sim, township, row, rng() < com.quality[p] && !closedUnsolved(sim, ts.rng.falseClosure), true, day);
  else {
    c.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  }
}

/** Moves the queue's cases reported before `reportedBefore` (its oldest, at the front) to the township's routing desk. */
function referOverdue(ts: TownshipState, queue: IntQueue, reportedBefore: number): void {
  const c = ts.cases.cols;
  while (queue.length > 0 && c.reported[queue.peek()] < reportedBefore) {
    const row = queue.shift();
    c.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  }
}
