import type { SimState } from '../state.ts';
import { TOWNSHIP } from './cases.ts';
import { admitDue } from './departments.ts';
import { closeCase, hear } from './experience.ts';

/**
 * Exchange steps: everything that crosses townships moves here, in township order and then
 * case order (case serial, the township's running case id), so results do not depend on the order townships were processed in.
 */

/** Phase `handoff` (daily): townships' outboxes to the departments' arrival lists. */
export function handOff(sim: SimState): void {
  for (const ts of sim.townships) {
    for (const m of ts.outbox) sim.departments[m.department].arrivals.push({ township: ts.index, row: m.row, due: m.due });
    ts.outbox.length = 0;
  }
}

/** Phase `feedback` (daily): department outcomes and bounced cases back to townships. */
export function feedBack(sim: SimState, day: number): void {
  const { outcomes } = sim.exchange;
  const serial = (t: number, row: number) => sim.townships[t].cases.cols.serial[row];
  outcomes.sort((a, b) => a.township - b.township || serial(a.township, a.row) - serial(b.township, b.row));
  for (const o of outcomes) closeCase(sim, o.township, o.row, o.met, true, day);
  outcomes.length = 0;
  const back: { township: number; row: number }[] = [];
  sim.exchange.returning = admitDue(sim.exchange.returning, day, (ref) => back.push(ref));
  back.sort((a, b) => a.township - b.township || serial(a.township, a.row) - serial(b.township, b.row));
  for (const { township, row } of back) {
    const ts = sim.townships[township];
    ts.cases.cols.bounces[row]++;
    ts.cases.cols.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  }
}

/** Phase `wordOfMouth` (daily): experiences heard by ties in other townships. */
export function spreadWordOfMouth(sim: SimState): void {
  for (const ts of sim.townships) {
    for (let k = 0; k < ts.wordOfMouthTo.length; k++) hear(sim, ts.wordOfMouthTo[k], ts.wordOfMouthDelta[k]);
    ts.wordOfMouthTo.length = 0;
    ts.wordOfMouthDelta.length = 0;
  }
}
