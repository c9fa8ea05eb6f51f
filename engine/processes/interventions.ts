import { chargeDay, tally } from '../resources/ledger.ts';
import { cloneLevers, copyLevers, type Levers } from '../interventions/levers.ts';
import type { SimState } from '../state.ts';
import { derivePlaces } from './derive.ts';
import { rescheduleTownship } from './reschedule.ts';
import { refreshResidentHazards } from './residentHazards.ts';

/**
 * Phase `interventions` (daily, county): switches interventions on at their start day and off at
 * their end day. On any change the live levers are rebuilt from the baseline plus every active
 * intervention (in file order); derived place values are recomputed for every place (cheap; this
 * is also how county-wide levers such as speedWeight reach committees), while whistle budgets,
 * need samplers, residents' hazards and scheduled reports are refreshed only in townships whose
 * own levers changed. Every active intervention is charged its day's share of what it commits
 * (`resources/ledger.ts`).
 */
export function updateInterventions(sim: SimState, day: number): void {
  let changed = false;
  for (const iv of sim.interventions) {
    const active = day >= iv.startDay && day < iv.endDay;
    const starts = active && !iv.active;
    if (active !== iv.active) {
      iv.active = active;
      changed = true;
    }
    if (active) chargeDay(sim, iv, starts);
  }
  if (!changed) return;
  const before = cloneLevers(sim.levers);
  copyLevers(sim.baseline, sim.levers);
  for (const iv of sim.interventions) if (iv.active) iv.kind.apply?.(sim.levers, iv.scope, iv.params);
  derivePlaces(sim);
  // Only townships whose own levers changed see anything new: their whistle allowance, need
  // rates, residents' hazards and scheduled reports. The others are left exactly as they were.
  for (const t of townshipsWithChangedLevers(before, sim.levers, sim.layout.townshipFirstPlace)) {
    const ts = sim.townships[t];
    if (sim.levers.township.whistlesPerMonth[t] !== before.township.whistlesPerMonth[t]) ts.whistlesLeft = sim.levers.township.whistlesPerMonth[t];
    sim.needsDirty[t] = 1;
    refreshResidentHazards(sim, t);
    rescheduleTownship(sim, t, day, 'switch');
  }
}

/** Townships any of whose place or township levers differ between two lever sets. */
function townshipsWithChangedLevers(a: Levers, b: Levers, firstPlace: Int32Array): number[] {
  const changed: number[] = [];
  for (let t = 0; t + 1 < firstPlace.length; t++) {
    const differs =
      Object.keys(a.township).some((k) => a.township[k as keyof Levers['township']][t] !== b.township[k as keyof Levers['township']][t]) ||
      Object.keys(a.place).some((k) => {
        const x = a.place[k as keyof Levers['place']];
        const y = b.place[k as keyof Levers['place']];
        for (let p = firstPlace[t]; p < firstPlace[t + 1]; p++) if (x[p] !== y[p]) return true;
        return false;
      });
    if (differs) changed.push(t);
  }
  return changed;
}

/** Phase `interventionStocks` (monthly, per township): stock effects of active interventions. */
export function buildInterventionStocks(sim: SimState, township: number): void {
  for (const iv of sim.interventions)
    if (iv.active && iv.kind.monthly) iv.kind.monthly(sim, township, iv.scope, iv.params, iv.rng[township], (item, units) => tally(iv, township, item, units));
}
