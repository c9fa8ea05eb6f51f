import { AGE_GROUPS, ZONES, type InterventionSpec, type Scenario } from '../scenario.ts';
import { yearsToDay } from '../core/calendar.ts';
import { stream, type Rng } from '../core/rng.ts';
import type { Layout } from '../county/layout.ts';
import type { InterventionKind, ParamValue, Scope } from './kind.ts';
import type { ScopeSize, Units } from '../resources/consumption.ts';
import { branchStrengthening } from './kinds/branchStrengthening.ts';
import { cadreExchange } from './kinds/cadreExchange.ts';
import { collectiveEconomy } from './kinds/collectiveEconomy.ts';
import { dataSharing } from './kinds/dataSharing.ts';
import { digitalRollout } from './kinds/digitalRollout.ts';
import { evaluationReform } from './kinds/evaluationReform.ts';
import { fengqiaoMediation } from './kinds/fengqiaoMediation.ts';
import { gridManagement } from './kinds/gridManagement.ts';
import { jointCreation } from './kinds/jointCreation.ts';
import { participationTraining } from './kinds/participationTraining.ts';
import { partnerMechanism } from './kinds/partnerMechanism.ts';
import { socialMobilisation } from './kinds/socialMobilisation.ts';
import { whistleCoordination } from './kinds/whistleCoordination.ts';

/** Every intervention kind, by name. */
export const INTERVENTION_KINDS: Readonly<Record<string, InterventionKind>> = Object.freeze(
  Object.fromEntries(
    (
      [
        cadreExchange,
        partnerMechanism,
        digitalRollout,
        gridManagement,
        whistleCoordination,
        dataSharing,
        fengqiaoMediation,
        collectiveEconomy,
        jointCreation,
        participationTraining,
        socialMobilisation,
        branchStrengthening,
        evaluationReform,
      ] as InterventionKind<never>[]
    ).map((k) => [k.kind, k as unknown as InterventionKind]),
  ),
);

/** The kinds' names in registry order (the order of per-kind outputs). */
export const KIND_NAMES: readonly string[] = Object.freeze(Object.keys(INTERVENTION_KINDS));

/** An intervention of a run: its kind, filled parameters, resolved scope and active days. */
export interface Intervention {
  readonly index: number;
  readonly spec: InterventionSpec;
  readonly kind: InterventionKind;
  /** Index of its kind in `KIND_NAMES`. */
  readonly kindIndex: number;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly scope: Scope;
  readonly startDay: number;
  /** First day it is no longer active (the horizon when open-ended). */
  readonly endDay: number;
  /** One stream per township for its monthly stock effects. */
  readonly rng: Rng[];
  /** The units it plans of each item (`kind.plan` on its scope's size counted on the built county). */
  readonly planned: Units;
  /** The kind's consumed items, in declaration order, and use tallied per (township, item) until the next `charges` phase. */
  readonly items: readonly string[];
  readonly tally: Float64Array;
  active: boolean;
}

/**
 * Builds intervention `index` of a scenario. Its streams are keyed by its kind and its
 * occurrence among interventions of that kind, so adding an intervention of another kind to a
 * scenario does not change this one's draws. A county budget's `scaleDown` rule passes the
 * factor its intensity parameter is scaled by; `sizeOf` measures its scope.
 */
export function buildIntervention(
  spec: InterventionSpec,
  where: { index: number; occurrence: number; layout: Layout; horizonDays: number; seed: number },
  scenario: Scenario,
  sizeOf: (scope: Scope) => ScopeSize,
  intensityFactor = 1,
): Intervention {
  const { index, occurrence, layout, horizonDays, seed } = where;
  const kind = INTERVENTION_KINDS[spec.kind];
  if (!kind) throw new Error(`unknown intervention kind "${spec.kind}"; valid kinds: ${Object.keys(INTERVENTION_KINDS).join(', ')}`);
  const params = filledParams(spec, kind);
  // A stated cost does not scale, so neither does the intervention it pays for.
  if (intensityFactor !== 1 && !spec.cost) params[kind.intensity] = Number(params[kind.intensity]) * intensityFactor;
  const scope = resolveScope(spec, layout);
  return {
    index,
    spec,
    kind,
    kindIndex: KIND_NAMES.indexOf(spec.kind),
    params: Object.freeze(params),
    planned: kind.plan(sizeOf(scope), params, scenario),
    items: Object.keys(kind.consumes),
    tally: new Float64Array(layout.townships * Object.keys(kind.consumes).length),
    scope,
    startDay: yearsToDay(spec.start),
    endDay: spec.end === undefined ? horizonDays : yearsToDay(spec.end),
    rng: Array.from({ length: layout.townships }, (_, t) => stream(seed, `intervention:${spec.kind}:${occurrence}`, t)),
    active: false,
  };
}

/** The intervention's parameters with defaults filled (the loader has filled them already; this serves scenarios built in code). */
export function filledParams(spec: InterventionSpec, kind: InterventionKind): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const [name, def] of Object.entries(kind.params)) params[name] = spec.params[name] ?? def.default;
  return params;
}

/** Places are in scope when their township, index and zone all match the target. */
export function resolveScope(spec: InterventionSpec, layout: Layout): Scope {
  const t = spec.target ?? {};
  const zones = new Uint8Array(ZONES.length).fill(t.zones ? 0 : 1);
  for (const z of t.zones ?? []) zones[ZONES.indexOf(z)] = 1;
  const ageGroups = new Uint8Array(AGE_GROUPS.length).fill(t.ageGroups ? 0 : 1);
  for (const g of t.ageGroups ?? []) ageGroups[AGE_GROUPS.indexOf(g)] = 1;
  const places = new Uint8Array(layout.placeTownship.length);
  const townships = new Uint8Array(layout.townships);
  const placeSet = t.places ? new Set(t.places) : null;
  const townshipSet = t.townships ? new Set(t.townships) : null;
  for (let p = 0; p < places.length; p++) {
    const tw = layout.placeTownship[p];
    const zoneOk = layout.placeUrban[p] ? zones[0] || zones[2] : zones[1];
    if ((!placeSet || placeSet.has(p)) && (!townshipSet || townshipSet.has(tw)) && zoneOk) {
      places[p] = 1;
      townships[tw] = 1;
    }
  }
  return { places, townships, zones, ageGroups };
}
