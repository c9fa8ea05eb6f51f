import { CATEGORIES, CATEGORY_INDEX } from '../scenario.ts';
import { ORGANISATION_CATEGORIES } from '../county/institutions.ts';
import type { IntQueue } from '../core/intQueue.ts';
import type { SimState } from '../state.ts';
import { COMMITTEE, TOWNSHIP, respond } from './cases.ts';
import { closeCase } from './experience.ts';
import { closedUnsolved } from './falseClosure.ts';

const EMPLOYMENT = CATEGORY_INDEX.employment;


/**
 * Phase `committees` (daily, per township). In each place, mediators first take disputes
 * (settled with the place's mediation success, else passed to the committee); then the
 * committee spends its daily capacity (staff, volunteers, partners, contracted organisations;
 * fractions carry over) on its queue, partner-reported cases first. A case is settled locally
 * with probability localShare·(0.4 + competence) — for employment also absorbed by willing
 * firms, and for the categories organisations serve also by contracted organisations (purchase of
 * services) — and otherwise forwarded to the township. Before that, cases reported more than
 * `committees.referAfterDays` ago and still waiting are referred up to the township: a
 * committee that cannot take a case up in time passes it on rather than holding it for ever.
 */
export function resolveLocally(sim: SimState, township: number, day: number): void {
  const ts = sim.townships[township];
  const com = sim.committees;
  const lv = sim.levers.place;
  const s = sim.scenario;
  const rng = ts.rng.committees;
  const localShare = CATEGORIES.map((c) => s.needs.localShare[c]);
  const { referAfterDays } = s.committees;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) {
    const local = p - ts.firstPlace;
    const mq = ts.mediationQueues[local];
    // No mediators (any more): disputes waiting for mediation go to the committee instead.
    while (lv.mediators[p] === 0 && mq.length > 0) {
      const row = mq.shift();
      ts.cases.cols.stage[row] = COMMITTEE;
      ts.committeeQueues[local].push(row);
    }
    com.mediationCredit[p] += lv.mediators[p] * s.committees.mediationCapacity;
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

    const pq = ts.committeePriority[local];
    const q = ts.committeeQueues[local];
    referOverdue(ts, pq, day - referAfterDays);
    referOverdue(ts, q, day - referAfterDays);
    com.credit[p] += com.capacity[p];
    while (com.credit[p] >= 1 && (pq.length > 0 || q.length > 0)) {
      com.credit[p] -= 1;
      const row = pq.length > 0 ? pq.shift() : q.shift();
      const c = ts.cases.cols;
      respond(c, row, day);
      const cat = c.category[row];
      let settle = Math.min(1, localShare[cat] * (0.4 + com.competenceEffective[p]));
      if (cat === EMPLOYMENT) settle += (1 - settle) * com.firmJobSupport[p];
      if (cat < ORGANISATION_CATEGORIES) settle += (1 - settle) * sim.organisationSupport[p * ORGANISATION_CATEGORIES + cat];
      if (rng() < settle) closeCase(sim, township, row, rng() < com.quality[p] && !closedUnsolved(sim, rng), true, day);
      else {
        c.stage[row] = TOWNSHIP;
        ts.routingQueue.push(row);
      }
    }
    if (pq.length === 0 && q.length === 0 && com.credit[p] > 1) com.credit[p] = 1;
  }
}

/** Moves the queue's cases reported before `reportedBefore` (its oldest, at the front) to the township's routing desk. */
function referOverdue(ts: SimState['townships'][number], queue: IntQueue, reportedBefore: number): void {
  const c = ts.cases.cols;
  while (queue.length > 0 && c.reported[queue.peek()] < reportedBefore) {
    const row = queue.shift();
    c.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  }
}
