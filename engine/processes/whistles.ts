/**
 * The three whistles of 街乡吹哨、部门报到 (seed 004) at the township routing desk: which one a
 * hard case gets, the departments it summons, and what their time is charged to.
 */
import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import { whistleCoordination } from '../interventions/kinds/whistleCoordination.ts';
import type { Levers } from '../interventions/levers.ts';
import type { Intervention } from '../interventions/registry.ts';
import { tally } from '../resources/ledger.ts';
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
type TownshipLevers = Levers['township'];
/** Each type's levers (order of `WHISTLE_TYPES`): departments summoned, staff-days each spends. */
const WHISTLE_DEPARTMENTS = [(l: TownshipLevers) => l.emergencyWhistleDepartments, (l: TownshipLevers) => l.toughWhistleDepartments, (l: TownshipLevers) => l.dailyWhistleDepartments];
const WHISTLE_STAFF_DAYS = [(l: TownshipLevers) => l.emergencyWhistleStaffDays, (l: TownshipLevers) => l.toughWhistleStaffDays, (l: TownshipLevers) => l.dailyWhistleStaffDays];
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
 * type's staff-days that day (filed in the township's summons outbox for the hand-off; the
 * responsible department's time is the on-site meeting and joint work, on top of handling the
 * case from its priority queue), and the township spends its convening time. Both are tallied to
 * the whistle interventions active in the township, in proportion to the whistles each adds to
 * its budget (exactly one in the usual case), and charged at the month end (`settleTallies`).
 */
export function blowWhistle(sim: SimState, ts: TownshipState, type: number, responsible: number, due: number): void {
  const lv = sim.levers.township;
  const t = ts.index;
  const count = Math.min(WHISTLE_DEPARTMENTS[type](lv)[t], DEPARTMENT_COUNT);
  const days = WHISTLE_STAFF_DAYS[type](lv)[t];
  ts.whistlesLeft -= 1;
  for (let k = 0; k < count; k++) ts.summons.push((responsible + k) % DEPARTMENT_COUNT, days, due);
  let total = 0;
  for (const iv of sim.interventions) if (owns(iv, t)) total += Number(iv.params.whistlesPerTownshipPerMonth);
  for (const iv of sim.interventions) {
    if (!owns(iv, t)) continue;
    const share = Number(iv.params.whistlesPerTownshipPerMonth) / total;
    tally(iv, t, 'departmentStaffDays', count * days * share);
    tally(iv, t, 'townshipStaffDays', lv.whistleTownshipStaffDays[t] * share);
  }
}

/** Whether an intervention adds to township t's whistle budget now. */
function owns(iv: Intervention, t: number): boolean {
  return iv.active && iv.kind === whistleCoordination && iv.scope.townships[t] === 1 && Number(iv.params.whistlesPerTownshipPerMonth) > 0;
}
