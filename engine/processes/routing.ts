import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import type { SimState } from '../state.ts';
import { CROSS_DEPARTMENT, IN_DEPARTMENT, WHISTLED, respond } from './cases.ts';
import { closeRoutingDesk, nextRoutingCase, openRoutingDesk } from './onlineDesk.ts';

/**
 * Phase `routing` (daily, per township). The township spends its routing capacity on
 * forwarded cases (a share of it on online-reported ones where the desk moved to the platform,
 * `onlineDesk.ts`). A case may be whistled (街乡吹哨) when the township has whistles left this
 * month and the case is hard — cross-department, bounced before, or waiting at least the
 * eligible days: departments then take it up the next day (no hand-off delay), jointly (no
 * misrouting, no coordination wait) and ahead of their queue. Otherwise it is
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
  openRoutingDesk(sim, township, (s.township.routingCapacityPer10k * ts.residents) / 10_000);
  for (let row = nextRoutingCase(ts); row >= 0; row = nextRoutingCase(ts)) {
    const c = ts.cases.cols;
    // Cross-department online reports on a shared platform and petitions reach the township first.
    respond(c, row, day);
    const right = c.category[row];
    const hard = (c.flags[row] & CROSS_DEPARTMENT) !== 0 || c.bounces[row] > 0 || day - c.reported[row] >= lv.whistleEligibleDays[township];
    const whistle = ts.whistlesLeft >= 1 && hard;
    let department = right;
    let due = day + 1;
    if (whistle) {
      ts.whistlesLeft -= 1;
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
