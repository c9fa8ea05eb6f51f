import { NOT_PARTICIPATING } from '../agents/residents.ts';
import type { SimState } from '../state.ts';

const GROUP_STARTS = [18, 40, 60];

/** Phase `ageing` (yearly, per township): everyone is a year older; need rates change. */
export function ageResidents(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const r = sim.residents;
  for (let i = ts.firstResident; i < ts.endResident; i++) {
    if (r.age[i] < 255) r.age[i]++;
    const g = r.ageGroup[i];
    if (g < GROUP_STARTS.length && r.age[i] >= GROUP_STARTS[g]) {
      r.ageGroup[i] = g + 1;
      // A child come of age counts among their ties' adults from now on, not yet taking part.
      if (g === 0) r.participation[i] = r.participationPrev[i] = NOT_PARTICIPATING;
    }
  }
  sim.needsDirty[township] = 1;
}
