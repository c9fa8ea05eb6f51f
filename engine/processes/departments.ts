import { packRef, refRow, refTownship, type CaseRef } from '../agents/departments.ts';
import type { SimState } from '../state.ts';
import { CROSS_DEPARTMENT, WHISTLED } from './cases.ts';

/**
 * Phase `departments` (daily, county). Each department, in fixed order, admits the cases whose
 * hand-off has arrived (whistled ones to the front), then spends its daily capacity: a
 * misrouted case bounces back to the township; a cross-department case that was not whistled
 * waits for coordination (c0·(1 − 0.7·dataSharing)·exp(−k'·grassroots years) days) and then
 * ends; other cases end at once, satisfactorily with the department's quality. Departments only
 * read township case records (category and flags, fixed before hand-off); what they decide goes
 * back through the exchange lists.
 */
export function handleDepartments(sim: SimState, day: number): void {
  const s = sim.scenario;
  const speed = sim.levers.county.speedWeight;
  const rng = sim.rng.departments;
  for (const dep of sim.departments) {
    const quality = s.departments.quality * (0.7 + 0.3 * dep.competence) * (1 - s.evaluation.qualityPenalty * speed);
    dep.arrivals = admitDue(dep.arrivals, day, (ref) => {
      const flags = sim.townships[ref.township].cases.cols.flags[ref.row];
      ((flags & WHISTLED) !== 0 ? dep.priority : dep.queue).push(packRef(ref.township, ref.row));
    });
    dep.coordinating = admitDue(dep.coordinating, day, (ref) =>
      sim.exchange.outcomes.push({ township: ref.township, row: ref.row, met: rng() < quality }),
    );
    dep.credit += dep.capacity * (1 + s.evaluation.speedBoost * speed);
    while (dep.credit >= 1 && (dep.priority.length > 0 || dep.queue.length > 0)) {
      dep.credit -= 1;
      const ref = dep.priority.length > 0 ? dep.priority.shift() : dep.queue.shift();
      const township = refTownship(ref);
      const row = refRow(ref);
      const c = sim.townships[township].cases.cols;
      if (c.category[row] !== dep.index) {
        sim.exchange.returning.push({ township, row, due: day + s.routing.bounceDays });
      } else if ((c.flags[row] & (CROSS_DEPARTMENT | WHISTLED)) === CROSS_DEPARTMENT) {
        const sharing = sim.levers.township.dataSharing[township];
        const wait = s.routing.coordinationDays * (1 - 0.7 * sharing) * Math.exp(-s.routing.cadreDelayEffect * dep.grassrootsYears);
        dep.coordinating.push({ township, row, due: day + Math.max(1, Math.round(wait)) });
      } else {
        sim.exchange.outcomes.push({ township, row, met: rng() < quality });
      }
    }
    if (dep.priority.length === 0 && dep.queue.length === 0 && dep.credit > 1) dep.credit = 1;
  }
}

/** Calls `admit` on due entries in list order and returns the rest. */
export function admitDue(list: CaseRef[], day: number, admit: (ref: CaseRef) => void): CaseRef[] {
  const rest: CaseRef[] = [];
  for (const ref of list) {
    if (ref.due <= day) admit(ref);
    else rest.push(ref);
  }
  return rest;
}
