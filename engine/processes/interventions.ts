import { DAYS_PER_YEAR } from '../core/calendar.ts';
import { copyLevers } from '../interventions/levers.ts';
import type { SimState } from '../state.ts';
import { derivePlaces, resetWhistles } from './derive.ts';
import { rescheduleTownship } from './reschedule.ts';

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
  copyLevers(sim.baseline, sim.levers);
  for (const iv of sim.interventions) if (iv.active) iv.kind.apply?.(sim.levers, iv.scope, iv.params);
  derivePlaces(sim);
  resetWhistles(sim);
  sim.needsDirty.fill(1);
  for (let t = 0; t < sim.townships.length; t++) rescheduleTownship(sim, t, day);
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
