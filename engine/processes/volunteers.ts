import type { SimState } from '../state.ts';

/**
 * Phase `volunteers` (monthly, per township; before `derive`): volunteers and partners tire when
 * overused. Their hours are finite: committees call on them only for cases staff and contracted
 * organisations cannot take (`localResolution.ts` counts those as their work), and in each place
 * the month's use u = work / capacity offered (both summed day by day). Above the sustainable use
 * u*, a share a·(u − u*)/(1 − u*) of the active ones drop out (a = attritionPerMonth, reached at
 * full use); every month a share r = recoveryPerMonth of the gap to full strength is recruited
 * back. So the active share A moves by A ← A − a·max(0, u − u*)/(1 − u*)·A, then A ← A + r·(1 − A);
 * under steady full use it settles at r/(a + r). `derive` scales their capacity and detection by A.
 * Draws no random numbers.
 */
export function tireVolunteers(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const c = sim.committees;
  const { sustainableUse, attritionPerMonth, recoveryPerMonth } = sim.scenario.volunteers;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) {
    const use = c.volunteerOffered[p] > 0 ? c.volunteerWork[p] / c.volunteerOffered[p] : 0;
    let active = c.volunteerActive[p];
    if (use > sustainableUse) active -= (attritionPerMonth * (use - sustainableUse) * active) / (1 - sustainableUse);
    active += recoveryPerMonth * (1 - active);
    c.volunteerActive[p] = active;
    c.volunteerWork[p] = 0;
    c.volunteerOffered[p] = 0;
  }
}
