/**
 * The resolved experiment: what the experiment loader returns after validation and default
 * filling. In an experiment file, `name`, `scenario` and `arms` are required; everything else
 * takes the default documented in `experiment.schema.json`.
 */
import type { InterventionSpec } from '../../engine/scenario.ts';

/** Bilingual label shown in reports and tables. */
export interface Labels {
  zh: string;
  en: string;
}

export type { Better } from '../../engine/metrics/direction.ts';
import type { Better } from '../../engine/metrics/direction.ts';

/** One arm: the base scenario plus interventions and parameter overrides. */
export interface Arm {
  /** Identifier used in file names and CSV rows: lower-case letters, digits, `_` and `-`. */
  name: string;
  labels: Labels;
  /** Appended to the base scenario's interventions. */
  interventions: InterventionSpec[];
  /**
   * Parameter overrides: JSON pointer into the resolved scenario (e.g. `/digital/training/share`)
   * → new value. Applied after the interventions are appended, so `/interventions/<i>/...` can
   * reach them.
   */
  overrides: Record<string, unknown>;
}

/** A swept parameter of an explicit grid: every combination of the listed values is a point. */
export interface GridParameter {
  /** Column name in CSV files: letters, digits and `_`. */
  name: string;
  /** JSON pointer into the resolved scenario of every arm. */
  path: string;
  values: (number | boolean | string)[];
}

/** A swept parameter of a Latin hypercube: sampled in [min, max]. */
export interface RangeParameter {
  name: string;
  path: string;
  min: number;
  max: number;
  /** `log`: sample uniformly in log space (min > 0). */
  scale: 'linear' | 'log';
  /** Round sampled values to integers. */
  integer: boolean;
}

/** How a sensitivity or calibration parameter is distributed over its range [min, max]. */
export type Distribution =
  | { kind: 'uniform' }
  /** Uniform in log space (min > 0). */
  | { kind: 'logUniform' }
  /** The triangle on [min, max] peaking at `mode`. */
  | { kind: 'triangular'; mode: number }
  /** N(mean, sd²) truncated to [min, max]. */
  | { kind: 'normal'; mean: number; sd: number };

/** A parameter of a sensitivity design (or a calibration prior): a range and a distribution over it. */
export interface SensitivityParameter {
  name: string;
  path: string;
  min: number;
  max: number;
  distribution: Distribution;
}

/** A parameter of an explicit list of points: its values are given per point. */
export interface PointParameter {
  name: string;
  path: string;
}

/** Bootstrap confidence intervals of sensitivity indices. */
export interface BootstrapSettings {
  /** Resamples drawn (with replacement) to form each interval. */
  bootstrap: number;
  /** Coverage of the percentile intervals, e.g. 0.95. */
  confidence: number;
}

export type Sweep =
  | { kind: 'grid'; parameters: GridParameter[] }
  | { kind: 'latinHypercube'; samples: number; parameters: RangeParameter[] }
  /** Morris elementary effects: `trajectories` one-at-a-time paths on a grid of `levels` levels. */
  | ({ kind: 'morris'; trajectories: number; levels: number; parameters: SensitivityParameter[] } & BootstrapSettings)
  /** Sobol' indices from Saltelli's design: `samples` rows of the matrices A and B. */
  | ({ kind: 'sobol'; samples: number; parameters: SensitivityParameter[] } & BootstrapSettings)
  /** An explicit list of points (e.g. the particles of a calibration generation). */
  | { kind: 'points'; parameters: PointParameter[]; values: (number | boolean | string)[][] };

/** The sweep kinds that make a sensitivity analysis. */
export type SensitivitySweep = Extract<Sweep, { kind: 'morris' | 'sobol' }>;

/** An outcome of interest and the direction that counts as better. */
export interface Outcome {
  metric: string;
  better: Better;
}

/** The resolved experiment. */
export interface Experiment {
  name: string;
  labels: Labels;
  /** Base scenario file, as written in the experiment file (relative to the experiment file). */
  scenario: string;
  /** Horizon in years for every run; default: the base scenario's. */
  years: number;
  /** Recording interval of the series; default: the base scenario's. */
  recordEvery: 'month' | 'quarter' | 'year';
  replications: number;
  /** Master seed; run seeds are derived from it, the sweep point and the replicate. */
  seed: number;
  /** Name of the reference arm for contrasts; default: the first arm. */
  baseline: string;
  arms: Arm[];
  /** `null` when nothing is swept (a single point). */
  sweep: Sweep | null;
  outcomes: Outcome[];
}
