import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import type { SimState } from '../state.ts';
import { IN_DEPARTMENT, WHISTLED, respond } from './cases.ts';
import { closeRoutingDesk, nextRoutingCase, openRoutingDesk } from './onlineDesk.ts';
import { NO_WHISTLE, blowWhistle, whistleFor } from './whistles.ts';

/**
 * Phase `routing` (daily, per township). The township spends its routing capacity on
 * forwarded cases (a share of it on online-reported ones where the desk moved to the platform,
 * `onlineDesk.ts`). A hard case may be whistled (街乡吹哨, `whistles.ts`) when the township has
 * whistles left this month: departments then take it up the next day (no hand-off delay),
 * jointly (no misrouting, no coordination wait) and ahead of their queue, and the summoned
 * departments spend the whistle's staff time that day. Otherwise it is
 * sent to the right department except with the misrouting probability
 * m = m0·(1 − dataSharing)·exp(−k·county years of the township's cadres), after a hand-off of
 * h0·(1 − 0.7·dataSharing)·exp(−k'·grassroots years of the department's cadres) days.
 */
export function routeCases(sim: SimState, township: number, day: number): void {
  const ts = sim.townships[township];
  const s = sim.scenario;
  const lv = sim.levers.township;
  const rng = ts.rng.routing;
  const sharing = lv.dataSharing[township];
  const misroute = s.routing.misrouteProbability * (1 - sharing) * Math.exp(-s.routing.cadreRoutingEffect * ts.cadreCountyYears);
  const capacity = (ts.productivity * s.township.routingCapacityPer10k * ts.residents) / 10_000;
  openRoutingDesk(sim, township, capacity);
  sim.flows.offerRouting(township, capacity);
  for (let row = nextRoutingCase(ts); row >= 0; row = nextRoutingCase(ts)) {
    const c = ts.cases.cols;
    // Cross-department online reports on a shared platform and petitions reach the township first.
    respond(c, row, day);
    const right = c.category[row];
    const type = whistleFor(sim, ts, row, day);
    const whistle = type !== NO_WHISTLE;
    let department = right;
    let due = day + 1;
    if (whistle) {
      blowWhistle(sim, ts, type, right, due);
      c.flags[row] |= WHISTLED;
    } else {
      if (rng() < misroute) department = (right + 1 + Math.floor(rng() * (DEPARTMENT_COUNT - 1))) % DEPARTMENT_COUNT;
      const handoff = s.routing.handoffDays * (1 - 0.7 * sharing) * Math.exp(-s.routing.cadreDelayEffect * sim.departments[department].grassrootsYears);
      due = day + Math.max(1, Math.round(handoff));
    }
    sim.flows.route(department !== right, whistle);
    c.stage[row] = IN_DEPARTMENT;
    ts.outbox.push(row, department, due);
  }
  closeRoutingDesk(ts);
}
