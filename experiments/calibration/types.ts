import type { Labels, SensitivityParameter } from '../design/types.ts';

/** An observed figure the model is fitted to. */
export interface Target {
  /** Name in result tables (unique). */
  name: string;
  /** The metric compared: the built-in or scenario metric, with `_<group>` when a group is given. */
  metric: string;
  group: 'urban' | 'rural' | 'migrant' | null;
  /** A recorded tick (the period ending in that year and month); `null`: the final-year summary. */
  at: { year: number; month: number } | null;
  value: number;
  /** Standard error or tolerance: the unit of the distance for this target. */
  scale: number;
  scaleKind: 'sd' | 'tolerance';
  source: string | null;
}

/** Settings of APMC (see apmc.ts). */
export interface ApmcSettings {
  particles: number;
  alpha: number;
  minAcceptance: number;
  maxGenerations: number;
  checkReplications: number;
}

/** The resolved calibration. */
export interface Calibration {
  name: string;
  labels: Labels;
  description: string | null;
  /** The scenario file, as written (relative to the calibration file). */
  scenario: string;
  years: number;
  recordEvery: 'month' | 'quarter' | 'year';
  seed: number;
  replications: number;
  /** The fitted parameters and their priors. */
  parameters: SensitivityParameter[];
  targets: Target[];
  method: ApmcSettings;
}
