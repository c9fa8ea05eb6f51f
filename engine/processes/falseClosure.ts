import type { Rng } from '../core/rng.ts';
import type { SimState } from '../state.ts';

/**
 * Whether a case a committee or department is about to close as satisfactory is closed without
 * being solved: under assessment by closure rate, with probability
 * evaluation.falseClosureShare · speedWeight, drawn from the township's own `falseClosure`
 * stream, so that arms whose speedWeight differs (evaluation reform) keep the other mechanisms'
 * draws paired. No number is drawn when that probability is 0 (the default). A false closure is counted (`closed_unsolved`); the caller
 * closes the case as resolved but not met.
 */
export function closedUnsolved(sim: SimState, rng: Rng): boolean {
  const share = sim.scenario.evaluation.falseClosureShare * sim.levers.county.speedWeight;
  if (!(share > 0) || rng() >= share) return false;
  sim.flows.closeUnsolved();
  return true;
}
