import type { SimState } from '../state.ts';
import { TOWNSHIP } from './cases.ts';
import { closeCase, hear } from './experience.ts';
import { closedUnsolved } from './falseClosure.ts';

/**
 * Exchange steps: everything that crosses townships moves here, in township order and then
 * case order (case serial, the township's running case id), so results do not depend on the
 * order townships were processed in.
 */

/**
 * Phase `handoff` (daily): townships' outboxes to the departments' arrival calendars, and
 * whistles' summons to the departments' staff time owed on their day.
 */
export function handOff(sim: SimState): void {
  for (const ts of sim.townships) {
    const out = ts.outbox;
    for (let k = 0; k < out.length; k += 3) sim.departments[out[k + 1]].arrivals.file(out[k + 2], ts.index, out[k]);
    out.length = 0;
    const summons = ts.summons;
    for (let k = 0; k < summons.length; k += 3) sim.departments[summons[k]].summoned[summons[k + 2]] += summons[k + 1];
    summons.length = 0;
  }
}

/**
 * Phase `feedback` (daily): department outcomes and bounced cases back to townships. Under
 * assessment by closure rate a satisfactory outcome may be a closure without solving
 * (`closedUnsolved`), decided here, in case order, from the false-closure stream of the case's township.
 */
export function feedBack(sim: SimState, day: number): void {
  const { outcomes } = sim.exchange;
  for (const k of byCase(sim, outcomes, 3)) closeCase(sim, outcomes[k], outcomes[k + 1], outcomes[k + 2] === 1 && !closedUnsolved(sim, sim.townships[outcomes[k]].rng.falseClosure), true, day);
  outcomes.length = 0;
  const back = sim.exchange.returning.take(day);
  for (const k of byCase(sim, back, 2)) {
    const ts = sim.townships[back[k]];
    const row = back[k + 1];
    ts.cases.cols.bounces[row]++;
    ts.cases.cols.stage[row] = TOWNSHIP;
    ts.routingQueue.push(row);
  }
}

/**
 * The positions of the entries of a flat list of `stride`-long entries that start with
 * (township, case row), in (township, case serial) order, ties in list order. Sorts numeric keys
 * township · 2^31 + serial (exact: serials are int32), read once per entry.
 */
function byCase(sim: SimState, list: readonly number[], stride: number): Int32Array {
  const n = list.length / stride;
  const keys = new Float64Array(n);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = list[k * stride];
    keys[k] = t * 2 ** 31 + sim.townships[t].cases.cols.serial[list[k * stride + 1]];
    order[k] = k;
  }
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  for (let k = 0; k < n; k++) order[k] *= stride;
  return order;
}

/** Phase `wordOfMouth` (daily): experiences heard by ties in other townships. */
export function spreadWordOfMouth(sim: SimState): void {
  for (const ts of sim.townships) {
    for (let k = 0; k < ts.wordOfMouthTo.length; k++) hear(sim, ts.wordOfMouthTo[k], ts.wordOfMouthDelta[k]);
    ts.wordOfMouthTo.length = 0;
    ts.wordOfMouthDelta.length = 0;
  }
}
