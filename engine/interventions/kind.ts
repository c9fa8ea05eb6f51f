import type { Residents } from '../agents/residents.ts';
import type { Rng } from '../core/rng.ts';
import type { TownshipState } from '../township.ts';
import type { Levers } from './levers.ts';
import type { ParamDefs, ParamValue } from './params.ts';
import type { Text } from '../../base/lang.ts';
import type { ConsumptionDef, ScopeSize, Units } from '../resources/consumption.ts';
import type { Scenario } from '../scenario.ts';

export type { ParamDef, ParamValue } from './params.ts';

/**
 * The part of the run's state that kinds' stock effects touch. A narrow view rather than the
 * whole SimState: the state holds the interventions, so importing it here would close an
 * import cycle (state -> registry -> kinds -> kind -> state). SimState satisfies it.
 */
export interface KindState {
  readonly residents: Residents;
  readonly townships: readonly TownshipState[];
}

/** Who an intervention reaches, resolved against the county: 1 = in scope. */
export interface Scope {
  readonly places: Uint8Array;
  readonly townships: Uint8Array;
  /** By zone code (urban, rural, migrant) and by age group. */
  readonly zones: Uint8Array;
  readonly ageGroups: Uint8Array;
}

/**
 * An intervention kind from Chinese practice. `apply` changes levers while the intervention is
 * active (flows: undone exactly when it ends); `monthly` builds stocks held by agents (skills,
 * efficacy) that persist after it ends, as learned skills do. `monthly` runs once per
 * township at each month end, with the intervention's own stream for that township.
 */
export interface InterventionKind<P extends Record<string, ParamValue> = Record<string, ParamValue>> {
  readonly kind: string;
  /** Its name in Chinese and English, for reports and labels. */
  readonly name: Text;
  /** The practice it models, with the source document. */
  readonly practice: string;
  /** The model variables it changes. */
  readonly changes: readonly string[];
  /** The outcome it is expected to move on small.json, and which way (checked by tests). */
  readonly expected: { readonly metric: string; readonly direction: 'increase' | 'decrease' };
  /** Each parameter declared once: type, default, range, unit, meaning, source (see params.ts). */
  readonly params: ParamDefs<P>;
  /** What it consumes, item by item (staff time, volunteer hours, money per unit): see `resources/consumption.ts`. */
  readonly consumes: Readonly<Record<string, ConsumptionDef>>;
  /**
   * Its intensity parameter: the one a county budget's `scaleDown` rule scales (a numeric
   * parameter whose cost grows with it).
   */
  readonly intensity: keyof P & string;
  /**
   * Units of each consumed item, given the scope's size: per year for `year` items (committed
   * while active), at start for `start` items, and its expected use in a year for `use` items (the
   * largest where known, as for whistles).
   */
  plan(size: ScopeSize, params: P, scenario: Scenario): Units;
  apply?(levers: Levers, scope: Scope, params: P): void;
  /** `use` tallies units of a `use` item to this intervention (charged at the month end). */
  monthly?(sim: KindState, township: number, scope: Scope, params: P, rng: Rng, use: UseTally): void;
}

/** Tallies units of one of the kind's `use` items to the intervention, for the month-end charge. */
export type UseTally = (item: string, units: number) => void;

/** Helper for kinds: visits every in-scope place. */
export function forPlaces(scope: Scope, fn: (place: number) => void): void {
  for (let p = 0; p < scope.places.length; p++) if (scope.places[p]) fn(p);
}

/** Helper for kinds: visits every in-scope township. */
export function forTownships(scope: Scope, fn: (township: number) => void): void {
  for (let t = 0; t < scope.townships.length; t++) if (scope.townships[t]) fn(t);
}

/** The monthly chance of reaching an in-scope resident, so that the chance within a year is `reachPerYear`. */
function monthlyReach(reachPerYear: number): number {
  return 1 - Math.pow(1 - Math.min(1, reachPerYear), 1 / 12);
}

/** Expected reaches a year among `people` in scope under {@link reachResidents} (someone may be reached in several months). */
export function expectedReachesPerYear(reachPerYear: number, people: number): number {
  return 12 * monthlyReach(reachPerYear) * people;
}

/**
 * Helper for kinds that train people: each in-scope resident of the township is reached this
 * month with probability 1 − (1 − reachPerYear)^(1/12), so that the chance of being reached at
 * least once in a year is reachPerYear (independent draws, one per eligible resident a month;
 * someone can be reached again in a later month).
 */
export function reachResidents(sim: KindState, township: number, scope: Scope, reachPerYear: number, rng: Rng, fn: (i: number) => void): void {
  const ts = sim.townships[township];
  const r = sim.residents;
  const p = monthlyReach(reachPerYear);
  for (let i = ts.firstResident; i < ts.endResident; i++) {
    if (!scope.places[r.place[i]] || !scope.zones[r.zone[i]] || !scope.ageGroups[r.ageGroup[i]]) continue;
    if (rng() < p) fn(i);
  }
}
