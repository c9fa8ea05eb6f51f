/**
 * From validated, schema-default-filled design data to the resolved {@link Design}: the defaults
 * JSON Schema cannot express (labels from names and kinds, horizon and recording interval from
 * the base scenario, integer ranges from the kinds' declarations, target shortcuts, objective
 * names and directions, re-evaluation samples from the uncertainty) are filled here, in one place.
 */
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { betterDirection } from '../../engine/metrics/direction.ts';
import { metricLabels } from '../../engine/metrics/labels.ts';
import type { StaffLevel } from '../../engine/resources/consumption.ts';
import type { Scenario, Target } from '../../engine/scenario.ts';
import { sensitivityParameter, type ParameterData } from '../design/resolve.ts';
import type { Labels } from '../design/types.ts';
import type { Constraints, Design, Lever, Objective, Range, TargetChoice } from './types.ts';

/** What the target shortcuts stand for: everyone, the villages, the communities. */
export const TARGET_SHORTCUTS: Readonly<Record<string, Target>> = Object.freeze({ all: {}, rural: { zones: ['rural'] }, urban: { zones: ['urban'] } });

/** A range as written in a design file. */
export interface RangeData {
  min: number;
  max: number;
  integer?: boolean;
}

/** A lever as written, after the schema filled its defaults. */
export interface LeverData {
  kind: string;
  name?: string;
  labels?: Partial<Labels>;
  optional: boolean;
  params: Record<string, RangeData>;
  fixed: Record<string, number | boolean>;
  start: number | RangeData;
  targets: (string | (Target & { name: string }))[];
}

/** An objective as written. */
export type ObjectiveData = string | { metric: string; better?: Objective['better']; percentile?: number; labels?: Partial<Labels> };

/** The constraints as written. */
export interface ConstraintsData {
  budget?: { total?: number; perYear?: number };
  staffDaysPerYear?: Partial<Record<StaffLevel, number>>;
}

/** A design file's content after schema validation and default filling. */
export interface DesignData {
  name: string;
  labels?: Partial<Labels>;
  description?: string;
  scenario: string;
  years?: number;
  recordEvery?: Design['recordEvery'];
  seed: number;
  replications: number;
  levers: LeverData[];
  constraints: ConstraintsData;
  objectives: ObjectiveData[];
  uncertainty?: { samples: number; parameters: ParameterData[] };
  search: { population: number; generations: number };
  reevaluation: { replications: number; samples?: number };
}

/**
 * The resolved design (not frozen).
 * @param data - design data that passed every check (the schema filled its defaults)
 * @param base - the resolved base scenario
 */
export function resolveDesign(data: unknown, base: Scenario): Design {
  const d = data as DesignData;
  const uncertainty = d.uncertainty === undefined ? null : { samples: d.uncertainty.samples, parameters: d.uncertainty.parameters.map(sensitivityParameter) };
  return {
    name: d.name,
    labels: labelsOf(d.labels, { zh: d.name, en: d.name }),
    description: d.description ?? null,
    scenario: d.scenario,
    years: d.years ?? base.years,
    recordEvery: d.recordEvery ?? base.recordEvery,
    seed: d.seed,
    replications: d.replications,
    levers: d.levers.map(resolveLever),
    constraints: resolveConstraints(d.constraints),
    objectives: d.objectives.map((o) => resolveObjective(o, base)),
    uncertainty,
    search: { population: d.search.population, generations: d.search.generations },
    reevaluation: { replications: d.reevaluation.replications, samples: d.reevaluation.samples ?? uncertainty?.samples ?? 0 },
  };
}

/** A lever whose kind is known and whose fields passed their checks. */
export function resolveLever(d: LeverData): Lever {
  const kind = INTERVENTION_KINDS[d.kind]!;
  const params: Record<string, Range> = {};
  for (const [param, range] of Object.entries(d.params)) {
    params[param] = { min: range.min, max: range.max, integer: range.integer ?? kind.params[param]?.type === 'integer' };
  }
  return {
    name: d.name ?? d.kind,
    kind: d.kind,
    labels: labelsOf(d.labels, kind.name),
    optional: d.optional,
    params,
    fixed: { ...d.fixed },
    start: typeof d.start === 'number' ? { min: d.start, max: d.start, integer: true } : { min: d.start.min, max: d.start.max, integer: d.start.integer ?? true },
    targets: d.targets.map(targetChoice),
  };
}

/** A target as written: a shortcut's name, or a named scenario target. */
export function targetChoice(written: LeverData['targets'][number]): TargetChoice {
  if (typeof written === 'string') return { name: written, target: structuredClone(TARGET_SHORTCUTS[written]!) };
  const { name, ...target } = written;
  return { name, target: structuredClone(target) };
}

/** The caps as the search reads them: null or absent when not set. */
export function resolveConstraints(d: ConstraintsData): Constraints {
  return { budgetTotal: d.budget?.total ?? null, budgetPerYear: d.budget?.perYear ?? null, staffDaysPerYear: { ...d.staffDaysPerYear } };
}

/** An objective's name: the metric, with `_p<percentile>` when it is not the mean (`.` written `_`). */
export function objectiveName(metric: string, percentile: number | undefined): string {
  return percentile === undefined ? metric : `${metric}_p${String(percentile).replace('.', '_')}`;
}

function resolveObjective(o: ObjectiveData, base: Scenario): Objective {
  const { metric, better, percentile, labels } = typeof o === 'string' ? { metric: o } : o;
  const own = base.metrics.find((m) => m.name === metric)?.label ?? metricLabels(metric);
  const suffix = percentile === undefined ? '' : ` (p${percentile})`;
  return {
    name: objectiveName(metric, percentile),
    metric,
    labels: labelsOf(labels, { zh: own.zh + suffix, en: own.en + suffix }),
    // Checks have refused a metric without a usual direction when "better" is not given.
    better: better ?? (betterDirection(metric) as Objective['better']),
    statistic: percentile === undefined ? { kind: 'mean' } : { kind: 'percentile', percentile },
  };
}

function labelsOf(given: Partial<Labels> | undefined, fallback: Labels): Labels {
  return { zh: given?.zh ?? fallback.zh, en: given?.en ?? fallback.en };
}
