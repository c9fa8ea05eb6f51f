import { DAYS_PER_YEAR } from '../core/calendar.ts';
import { copyLevers } from '../interventions/levers.ts';
import type { SimState } from '../state.ts';
import { derivePlaces } from './derive.ts';
import { rescheduleTownship } from './reschedule.ts';
import { refreshResidentHazards } from './residentHazards.ts';

/**
 * Phase `interventions` (daily, county): switches interventions on at their start day and off at
 * their end day. On any change the live levers are rebuilt from the baseline plus every active
 * intervention (in file order), and everything derived from levers is refreshed. Costs: the
 * fixed cost on the start day, the yearly cost spread over active days.
 */
export function updateInterventions(sim: SimState, day: number): void {
  let changed = false;
  for (const iv of sim.interventions) {
    const active = day >= iv.startDay && day < iv.endDay;
    if (active !== iv.active) {
      iv.active = active;
      changed = true;
      if (active) spend(sim, iv.spec.cost.fixed);
    }
    if (active) spend(sim, iv.spec.cost.perYear / DAYS_PER_YEAR);
  }
  if (!changed) return;
  const whistles = sim.levers.township.whistlesPerMonth.slice();
  copyLevers(sim.baseline, sim.levers);
  for (const iv of sim.interventions) if (iv.active) iv.kind.apply?.(sim.levers, iv.scope, iv.params);
  derivePlaces(sim);
  // A township whose monthly whistle allowance changed gets the new allowance now.
  for (const ts of sim.townships) if (sim.levers.township.whistlesPerMonth[ts.index] !== whistles[ts.index]) ts.whistlesLeft = sim.levers.township.whistlesPerMonth[ts.index];
  sim.needsDirty.fill(1);
  for (let t = 0; t < sim.townships.length; t++) {
    refreshResidentHazards(sim, t);
    rescheduleTownship(sim, t, day, 'switch');
  }
}

function spend(sim: SimState, yuan: number): void {
  if (yuan === 0) return;
  sim.flows.spend(yuan);
  sim.totals.cost += yuan;
}

/** Phase `interventionStocks` (monthly, per township): stock effects of active interventions. */
export function buildInterventionStocks(sim: SimState, township: number): void {
  for (const iv of sim.interventions) if (iv.active && iv.kind.monthly) iv.kind.monthly(sim, township, iv.scope, iv.params, iv.rng[township]);
}
