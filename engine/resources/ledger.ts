/**
 * The run's ledger: charges what interventions consume to them, priced, and counts it in the
 * flows (yuan and staff-days per kind) and the run's totals. A scenario that states an
 * intervention's `cost` overrides the money computed from use (its fixed and yearly figures are
 * charged instead); staff-days are counted either way.
 */
import { DAYS_PER_YEAR } from '../core/calendar.ts';
import type { Intervention } from '../interventions/registry.ts';
import type { Scenario } from '../scenario.ts';
import type { SimState } from '../state.ts';
import type { ConsumptionDef } from './consumption.ts';

/** Yuan per unit of an item, for an intervention with these parameters. */
export function unitPrice(scenario: Scenario, def: ConsumptionDef, params: Readonly<Record<string, number | boolean>>): number {
  if (def.staff) return scenario.resources.staffDayCost[def.staff];
  if (def.price === 1) return 1;
  if (def.price === undefined) return 0;
  return Number(params[def.price]);
}

/** Charges `units` of `item` to an intervention. */
export function charge(sim: SimState, iv: Intervention, item: string, units: number): void {
  if (units === 0) return;
  const def = iv.kind.consumes[item];
  if (!def) throw new Error(`intervention kind ${iv.kind.kind} does not declare the item "${item}"`);
  const yuan = iv.spec.cost ? 0 : units * unitPrice(sim.scenario, def, iv.params);
  record(sim, iv, yuan, def.staff ? units : 0);
}

/**
 * Charges an active intervention for one day: on its first day its `start` items (or the
 * stated fixed cost), every day a day's share of its `year` items (or of the stated yearly cost).
 */
export function chargeDay(sim: SimState, iv: Intervention, first: boolean): void {
  for (const [item, def] of Object.entries(iv.kind.consumes)) {
    const units = iv.planned[item] ?? 0;
    if (def.timing === 'year') charge(sim, iv, item, units / DAYS_PER_YEAR);
    else if (def.timing === 'start' && first) charge(sim, iv, item, units);
  }
  const stated = iv.spec.cost;
  if (stated) record(sim, iv, (first ? stated.fixed : 0) + stated.perYear / DAYS_PER_YEAR, 0);
}

/**
 * Notes `units` of a `use` item an intervention used in a township phase. Township phases only
 * tally (township-local state); the county phase `charges` prices and records the tallies in
 * township order (`settleTallies`), so totals do not depend on the order townships ran in.
 */
export function tally(iv: Intervention, township: number, item: string, units: number): void {
  const k = iv.items.indexOf(item);
  if (k < 0) throw new Error(`intervention kind ${iv.kind.kind} does not declare the item "${item}"`);
  iv.tally[township * iv.items.length + k] += units;
}

/** Charges every intervention's tallied use, township by township, and clears the tallies. */
export function settleTallies(sim: SimState): void {
  for (const iv of sim.interventions) {
    const n = iv.items.length;
    for (let t = 0; t < sim.townships.length; t++)
      for (let k = 0; k < n; k++) {
        const units = iv.tally[t * n + k];
        if (units === 0) continue;
        iv.tally[t * n + k] = 0;
        charge(sim, iv, iv.items[k], units);
      }
  }
}

function record(sim: SimState, iv: Intervention, yuan: number, staffDays: number): void {
  if (yuan === 0 && staffDays === 0) return;
  sim.flows.spend(iv.kindIndex, yuan, staffDays);
  sim.totals.cost += yuan;
  sim.totals.staffDays += staffDays;
}
