/**
 * The three whistles of 街乡吹哨、部门报到 (seed 004) at the township routing desk: which one a
 * hard case gets, the departments it summons, and what their time is charged to.
 */
import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import { charge, settleTallies } from '../resources/ledger.ts';
import { CATEGORY_INDEX } from '../scenario.ts';
import type { SimState } from '../state.ts';
import type { TownshipState } from '../township.ts';
import { CROSS_DEPARTMENT } from './cases.ts';

/** Whistle types, in the order a case is checked for them. */
export const WHISTLE_TYPES = ['emergency', 'tough', 'daily'] as const;
export const NO_WHISTLE = -1;
const EMERGENCY = 0;
const TOUGH = 1;
const DAILY = 2;
const DISPUTE = CATEGORY_INDEX.dispute;

/**
 * The whistle a forwarded case gets today, or NO_WHISTLE: none when the township has no whistles
 * left; else an emergency whistle for a dispute that has waited past the escalation threshold
 * (risk of a petition), a tough whistle for a case that bounced or waited the eligible days, a
 * daily whistle for a cross-department case.
 */
export function whistleFor(sim: SimState, ts: TownshipState, row: number, day: number): number {
  if (ts.whistlesLeft < 1) return NO_WHISTLE;
  const c = ts.cases.cols;
  const waited = day - c.reported[row];
  if (c.category[row] === DISPUTE && waited >= sim.scenario.escalation.thresholdDays) return EMERGENCY;
  if (c.bounces[row] > 0 || waited >= sim.levers.township.whistleEligibleDays[ts.index]) return TOUGH;
  if ((c.flags[row] & CROSS_DEPARTMENT) !== 0) return DAILY;
  return NO_WHISTLE;
}

/**
 * Blows a whistle of `type` for a case of department `responsible`, handled from day `due`: the
 * responsible department and the next ones in mandate order are summoned, each spending the
 * type's staff-days that day (filed in the township's summons outbox for the hand-off), and the
 * township spends its convening time. Both are tallied for `settleWhistles`.
 */
export function blowWhistle(sim: SimState, ts: TownshipState, type: number, responsible: number, due: number): void {
  const lv = sim.levers.township;
  const t = ts.index;
  const count = [lv.emergencyWhistleDepartments, lv.toughWhistleDepartments, lv.dailyWhistleDepartments][type][t];
  const days = [lv.emergencyWhistleStaffDays, lv.toughWhistleStaffDays, lv.dailyWhistleStaffDays][type][t];
  ts.whistlesLeft -= 1;
  for (let k = 0; k < Math.min(count, DEPARTMENT_COUNT); k++) ts.summons.push((responsible + k) % DEPARTMENT_COUNT, days, due);
  ts.whistleStaffDays[0] += Math.min(count, DEPARTMENT_COUNT) * days;
  ts.whistleStaffDays[1] += lv.whistleTownshipStaffDays[t];
  sim.flows.whistle(type);
}

/** Charges what interventions used since the last settlement: whistles' staff time and tallied use. */
export function settleCharges(sim: SimState): void {
  settleWhistles(sim);
  settleTallies(sim);
}

/**
 * Charges the staff time of the whistles blown since the last settlement to the whistle
 * interventions active in each township, in proportion to the whistles each adds to the
 * township's budget (exact when one intervention covers the township, as usual).
 */
export function settleWhistles(sim: SimState): void {
  for (const ts of sim.townships) {
    const [departmentDays, townshipDays] = ts.whistleStaffDays;
    if (departmentDays === 0 && townshipDays === 0) continue;
    const owners = sim.interventions.filter((iv) => iv.active && iv.kind.kind === 'whistleCoordination' && iv.scope.townships[ts.index]);
    const total = owners.reduce((sum, iv) => sum + Number(iv.params.whistlesPerTownshipPerMonth), 0);
    for (const iv of owners) {
      const share = total > 0 ? Number(iv.params.whistlesPerTownshipPerMonth) / total : 1 / owners.length;
      charge(sim, iv, 'departmentStaffDays', departmentDays * share);
      charge(sim, iv, 'townshipStaffDays', townshipDays * share);
    }
    ts.whistleStaffDays.fill(0);
  }
}
