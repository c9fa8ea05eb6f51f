/**
 * From validated, schema-default-filled experiment data to the resolved {@link Experiment}: the
 * defaults JSON Schema cannot express (labels from names, horizon and recording interval from the
 * base scenario, the first arm as baseline, outcome directions) are filled here, in one place.
 */
import { betterDirection, type Better } from '../../engine/metrics/direction.ts';
import type { Scenario } from '../../engine/scenario.ts';
import type { Arm, Distribution, Experiment, Labels, Outcome, SensitivityParameter, Sweep } from './types.ts';

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
  sweep: null | {
    grid?: { name: string; path: string; values: (number | boolean | string)[] }[];
    latinHypercube?: { samples: number; parameters: { name: string; path: string; min: number; max: number; scale: 'linear' | 'log'; integer: boolean }[] };
    morris?: { trajectories: number; levels: number; parameters: ParameterData[]; bootstrap: number; confidence: number };
    sobol?: { samples: number; parameters: ParameterData[]; bootstrap: number; confidence: number };
    points?: { parameters: { name: string; path: string }[]; values: (number | boolean | string)[][] };
  };
  outcomes: (string | { metric: string; better?: Better })[];
}

/** A sensitivity parameter as written (distribution by name, its own fields beside it). */
export interface ParameterData {
  name: string;
  path: string;
  min: number;
  max: number;
  distribution: Distribution['kind'];
  mode?: number;
  mean?: number;
  sd?: number;
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
  if (sweep.morris) {
    const { trajectories, levels, parameters, bootstrap, confidence } = sweep.morris;
    return { kind: 'morris', trajectories, levels, parameters: parameters.map(sensitivityParameter), bootstrap, confidence };
  }
  if (sweep.sobol) {
    const { samples, parameters, bootstrap, confidence } = sweep.sobol;
    return { kind: 'sobol', samples, parameters: parameters.map(sensitivityParameter), bootstrap, confidence };
  }
  if (sweep.points) return { kind: 'points', parameters: sweep.points.parameters.map(({ name, path }) => ({ name, path })), values: sweep.points.values };
  const lhs = sweep.latinHypercube!;
  return {
    kind: 'latinHypercube',
    samples: lhs.samples,
    parameters: lhs.parameters.map(({ name, path, min, max, scale, integer }) => ({ name, path, min, max, scale, integer })),
  };
}

/** A checked parameter in its resolved form: the distribution with only its own fields. */
export function sensitivityParameter(p: ParameterData): SensitivityParameter {
  const distribution: Distribution =
    p.distribution === 'triangular' ? { kind: 'triangular', mode: p.mode! }
    : p.distribution === 'normal' ? { kind: 'normal', mean: p.mean!, sd: p.sd! }
    : { kind: p.distribution };
  return { name: p.name, path: p.path, min: p.min, max: p.max, distribution };
}

function outcomeOf(item: ExperimentData['outcomes'][number]): Outcome {
  const metric = typeof item === 'string' ? item : item.metric;
  const better = typeof item === 'string' ? undefined : item.better;
  return { metric, better: better ?? betterDirection(metric) };
}

