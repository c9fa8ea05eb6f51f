import type { IntQueue } from '../core/intQueue.ts';
import type { SimState } from '../state.ts';
import type { TownshipState } from '../township.ts';
import { ONLINE_CHANNEL } from './cases.ts';

/**
 * Offline capacity moved to the platform (digitalRollout's offlineShift s): a share s of a
 * committee's staff capacity or of the township routing desk serves online-reported cases only,
 * from their own queue; unused, it idles (carry-over capped at 1). The rest serves the other
 * cases and the online ones waiting beyond the platform's share, in order of report, so that a
 * small s changes the order of service only a little. With s = 0 nothing is moved: no case
 * enters an online queue and the platform gets no credit, so the desks are exactly as before.
 * This file holds the routing desk's side (used by `routing.ts`) and the order rule both share.
 */

/** Of two queues, the one whose front case was reported first (`a` on ties); the non-empty one if either is empty. */
export function older(ts: TownshipState, a: IntQueue, b: IntQueue): IntQueue {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const reported = ts.cases.cols.reported;
  return reported[b.peek()] < reported[a.peek()] ? b : a;
}

/** Adds the day's routing capacity to the desk's two credits and moves newly queued online cases to the platform's queue. */
export function openRoutingDesk(sim: SimState, township: number, capacity: number): void {
  const ts = sim.townships[township];
  const s = sim.levers.township.offlineShift[township];
  if (s > 0) moveOnline(ts.routingQueue, ts.routingOnline, ts.cases.cols.channel);
  ts.routingCredit += capacity * (1 - s);
  ts.routingOnlineCredit += capacity * s;
}

/** The next case the desk routes today, its credit spent; -1 when credit or cases run out. */
export function nextRoutingCase(ts: TownshipState): number {
  if (ts.routingOnlineCredit >= 1 && ts.routingOnline.length > 0) {
    ts.routingOnlineCredit -= 1;
    return ts.routingOnline.shift();
  }
  if (ts.routingCredit < 1 || (ts.routingQueue.length === 0 && ts.routingOnline.length === 0)) return -1;
  ts.routingCredit -= 1;
  return older(ts, ts.routingQueue, ts.routingOnline).shift();
}

/** Caps each credit's carry-over at 1 once its cases are all routed. */
export function closeRoutingDesk(ts: TownshipState): void {
  if (ts.routingQueue.length === 0 && ts.routingOnline.length === 0 && ts.routingCredit > 1) ts.routingCredit = 1;
  if (ts.routingOnline.length === 0 && ts.routingOnlineCredit > 1) ts.routingOnlineCredit = 1;
}

/** Moves the online-reported cases of `from` to the end of `to`, keeping the order of both. */
function moveOnline(from: IntQueue, to: IntQueue, channel: Uint8Array): void {
  for (let k = from.length; k > 0; k--) {
    const row = from.shift();
    if (channel[row] === ONLINE_CHANNEL) to.push(row);
    else from.push(row);
  }
}
