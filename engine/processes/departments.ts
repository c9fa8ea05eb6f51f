import { packRef, refRow, refTownship } from '../agents/departments.ts';
import type { SimState } from '../state.ts';
import { CROSS_DEPARTMENT, WHISTLED } from './cases.ts';

/**
 * Phase `departments` (daily, county). Each department, in fixed order, admits the cases whose
 * hand-off has arrived (whistled ones to the front), then spends its daily capacity: a
 * misrouted case bounces back to the township; a cross-department case that was not whistled
 * waits for coordination (c0·(1 − 0.7·dataSharing)·exp(−k'·grassroots years) days) and then
 * ends; other cases end at once, satisfactorily with the department's quality. Staff-days
 * whistles summon the department for are taken from the day's capacity first (the credit can go
 * below zero: the debt is worked off on later days). Departments only
 * read township case records (category and flags, fixed before hand-off); what they decide goes
 * back through the exchange lists.
 */
export function handleDepartments(sim: SimState, day: number): void {
  const s = sim.scenario;
  const speed = sim.levers.county.speedWeight;
  const rng = sim.rng.departments;
  const draw = (township: number) => rng[township]();
  const { outcomes, returning } = sim.exchange;
  for (const dep of sim.departments) {
    const quality = s.departments.quality * (0.7 + 0.3 * dep.competence) * (1 - s.evaluation.qualityPenalty * speed);
    const arrived = dep.arrivals.take(day);
    for (let k = 0; k < arrived.length; k += 2) {
      const township = arrived[k];
      const row = arrived[k + 1];
      const whistled = (sim.townships[township].cases.cols.flags[row] & WHISTLED) !== 0;
      (whistled ? dep.priority : dep.queue).push(packRef(township, row));
    }
    const coordinated = dep.coordinating.take(day);
    for (let k = 0; k < coordinated.length; k += 2) outcomes.push(coordinated[k], coordinated[k + 1], draw(coordinated[k]) < quality ? 1 : 0);
    // Staff summoned by whistles today are on site, not at their desks.
    const capacity = dep.capacity * dep.productivity * (1 + s.evaluation.speedBoost * speed);
    dep.credit += capacity - dep.summoned[day] * s.resources.departmentCasesPerStaffDay;
    let handled = 0;
    while (dep.credit >= 1 && (dep.priority.length > 0 || dep.queue.length > 0)) {
      dep.credit -= 1;
      handled++;
      const ref = dep.priority.length > 0 ? dep.priority.shift() : dep.queue.shift();
      const township = refTownship(ref);
      const row = refRow(ref);
      const c = sim.townships[township].cases.cols;
      if (c.category[row] !== dep.index) {
        returning.file(day + s.routing.bounceDays, township, row);
      } else if ((c.flags[row] & (CROSS_DEPARTMENT | WHISTLED)) === CROSS_DEPARTMENT) {
        const sharing = sim.levers.township.dataSharing[township];
        const wait = s.routing.coordinationDays * (1 - 0.7 * sharing) * Math.exp(-s.routing.cadreDelayEffect * dep.grassrootsYears);
        dep.coordinating.file(day + Math.max(1, Math.round(wait)), township, row);
      } else {
        outcomes.push(township, row, draw(township) < quality ? 1 : 0);
      }
    }
    if (dep.priority.length === 0 && dep.queue.length === 0 && dep.credit > 1) dep.credit = 1;
    sim.flows.departmentDay(dep.index, capacity, handled, dep.summoned[day]);
  }
}
