/**
 * The resolved experiment: what the experiment loader returns after validation and default
 * filling. In an experiment file, `name`, `scenario` and `arms` are required; everything else
 * takes the default documented in `experiment.schema.json`.
 */
import type { InterventionSpec } from '../scenarios/types.ts';

/** Bilingual label shown in reports and tables. */
export interface Labels {
  zh: string;
  en: string;
}

export type { Better } from '../engine/metrics/direction.ts';
import type { Better } from '../engine/metrics/direction.ts';

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

export type Sweep =
  | { kind: 'grid'; parameters: GridParameter[] }
  | { kind: 'latinHypercube'; samples: number; parameters: RangeParameter[] };

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
