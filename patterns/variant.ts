import { parseScenario } from '../scenarios/loader.ts';
import type { Scenario } from '../engine/scenario.ts';

/** What a pattern changes in the scenario it is given. */
export interface VariantSpec {
  /** Horizon in years. */
  years: number;
  /** Interventions appended to the scenario's own. */
  interventions?: readonly unknown[];
  /** Parameter values merged into the scenario, e.g. `{ committees: { mediatorsPerPlace: 0 } }`. */
  overrides?: Readonly<Record<string, unknown>>;
}

/**
 * The scenario a pattern runs: the given one with the pattern's horizon, yearly recording (the
 * series is not used; observation never changes a run), extra interventions and overridden
 * parameters, validated again by the loader so that a pattern cannot run an invalid model.
 */
export function variant(base: Scenario, spec: VariantSpec): Scenario {
  const data = structuredClone(base) as unknown as Record<string, unknown> & { interventions: unknown[] };
  data.years = spec.years;
  data.recordEvery = 'year';
  data.interventions.push(...structuredClone(spec.interventions ?? []));
  if (spec.overrides) merge(data, structuredClone(spec.overrides));
  return parseScenario(data, `${base.name} (pattern variant)`);
}

/** Merges plain objects recursively; other values replace. */
function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isObject(value) && isObject(current)) merge(current, value);
    else target[key] = value;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
