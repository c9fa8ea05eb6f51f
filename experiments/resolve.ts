/**
 * From validated, schema-default-filled experiment data to the resolved {@link Experiment}: the
 * defaults JSON Schema cannot express (labels from names, horizon and recording interval from the
 * base scenario, the first arm as baseline, outcome directions) are filled here, in one place.
 */
import { betterDirection, type Better } from '../engine/metrics/direction.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Arm, Experiment, Labels, Outcome, Sweep } from './types.ts';

/** An experiment file's content after schema validation and default filling. */
interface ExperimentData {
  name: string;
  labels?: Partial<Labels>;
  scenario: string;
  years?: number;
  recordEvery?: Experiment['recordEvery'];
  replications: number;
  seed: number;
  baseline?: string;
  arms: { name: string; labels?: Partial<Labels>; interventions: Arm['interventions']; overrides: Record<string, unknown> }[];
  sweep: null | { grid?: { name: string; path: string; values: (number | boolean | string)[] }[]; latinHypercube?: { samples: number; parameters: { name: string; path: string; min: number; max: number; scale: 'linear' | 'log'; integer: boolean }[] } };
  outcomes: (string | { metric: string; better?: Better })[];
}

/**
 * The resolved experiment (not frozen: the loader fills the arms' interventions, then freezes it).
 * @param data - experiment data that passed every check (the schema filled its defaults)
 * @param base - the resolved base scenario
 * @param replications - replaces the file's replications when given
 */
export function resolveExperiment(data: unknown, base: Scenario, replications?: number): Experiment {
  const d = data as ExperimentData;
  const experiment: Experiment = {
    name: d.name,
    labels: labelsOf(d.labels, d.name),
    scenario: d.scenario,
    years: d.years ?? base.years,
    recordEvery: d.recordEvery ?? base.recordEvery,
    replications: replications ?? d.replications,
    seed: d.seed,
    baseline: d.baseline ?? d.arms[0]!.name,
    arms: d.arms.map((arm) => ({ name: arm.name, labels: labelsOf(arm.labels, arm.name), interventions: arm.interventions, overrides: arm.overrides })),
    sweep: sweepOf(d.sweep),
    outcomes: d.outcomes.map(outcomeOf),
  };
  return experiment;
}

function labelsOf(given: Partial<Labels> | undefined, name: string): Labels {
  return { zh: given?.zh ?? name, en: given?.en ?? name };
}

function sweepOf(sweep: ExperimentData['sweep']): Sweep | null {
  if (sweep === null) return null;
  if (sweep.grid) return { kind: 'grid', parameters: sweep.grid.map(({ name, path, values }) => ({ name, path, values })) };
  const lhs = sweep.latinHypercube!;
  return {
    kind: 'latinHypercube',
    samples: lhs.samples,
    parameters: lhs.parameters.map(({ name, path, min, max, scale, integer }) => ({ name, path, min, max, scale, integer })),
  };
}

function outcomeOf(item: ExperimentData['outcomes'][number]): Outcome {
  const metric = typeof item === 'string' ? item : item.metric;
  const better = typeof item === 'string' ? undefined : item.better;
  return { metric, better: better ?? betterDirection(metric) };
}

