/**
 * What interventions consume. Each intervention kind declares, once, the items it uses (staff
 * time of a level, volunteer hours, money per unit) and how many units it commits or uses; the
 * engine prices them, charges them to the intervention while it runs, and sums them per kind
 * for the outputs. The prices of staff time are the scenario's (`resources.staffDayCost`); the
 * price of any other unit is a parameter of the kind, declared with unit, range and source.
 */
import type { Text } from '../../base/lang.ts';

/** Paid staff whose time interventions use; a staff-day is one calendar day of one post. */
export const STAFF_LEVELS = ['department', 'township', 'committee', 'gridWorker', 'mediator'] as const;
export type StaffLevel = (typeof STAFF_LEVELS)[number];

/**
 * When an item is charged: `year` — units per year committed while the intervention is active
 * (charged day by day); `start` — units once, on the day it starts; `use` — charged by the
 * mechanism as it is used (its plan gives its expected use in a year, or its largest where that
 * is known: whistles).
 */
export type ChargeTiming = 'year' | 'start' | 'use';

/** One item a kind consumes. */
export interface ConsumptionDef {
  /** One unit, in both languages ("whistle" / "次吹哨", "staff-day" / "人日"). */
  readonly unit: Text;
  readonly timing: ChargeTiming;
  /** A unit is a staff-day of this level: priced at `resources.staffDayCost[level]`, counted in staff-days. */
  readonly staff?: StaffLevel;
  /**
   * Yuan per unit for items that are not staff time: the name of the kind's parameter holding
   * it, or 1 for items counted in yuan themselves (an investment).
   */
  readonly price?: string | 1;
}

/**
 * The size of an intervention's scope: what its units scale with. At run time it is counted on
 * the built county; for budget checks at validation it is estimated from the scenario alone
 * (`scopeSize.ts`).
 */
export interface ScopeSize {
  readonly townships: number;
  readonly places: number;
  readonly villages: number;
  readonly communities: number;
  readonly grids: number;
  readonly households: number;
  /** Residents of the places in scope. */
  readonly residents: number;
  /** Residents of the places in scope who also match the target's zones and age groups; and those of them who are adults. */
  readonly targeted: number;
  readonly targetedAdults: number;
  /** Township cadres of the townships in scope, and all department cadres (for exchanges). */
  readonly townshipCadres: number;
  readonly departmentCadres: number;
}

/** Units of each item per year (`year`, `use`) or at start (`start`). */
export type Units = Readonly<Record<string, number>>;
