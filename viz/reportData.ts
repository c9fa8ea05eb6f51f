/**
 * The data a report page embeds: one JSON object, read by the page's script
 * (viz/client/). It holds only what the panels draw, as compact arrays indexed by arm and sweep
 * point, with numbers rounded to the precision a chart or a table can show, so that a large
 * experiment's report stays small and opens fast.
 */

import type { Lang, Text } from '../base/lang.ts';
import type { Better } from '../engine/metrics/direction.ts';
import type { DesignReport } from './designReport.ts';

/** The page's languages: the command line's (one type for both). */
export type { Lang, Text };

/** `[n, mean, ci_low, ci_high]` of a metric over replicates; a run folder has `[1, value, null, null]`. */
export type Stat = [n: number, mean: number | null, ciLow: number | null, ciHigh: number | null];

/**
 * An arm against the baseline, paired by replicate: `[n, mean_diff, ci_low, ci_high, p_improve,
 * cost_diff_million_yuan, change_per_million_yuan]`.
 */
export type Contrast = [n: number, diff: number | null, ciLow: number | null, ciHigh: number | null, pImprove: number | null, costDiff: number | null, perMillion: number | null];

/** A time series over the recorded ticks: means, and the 5–95% band (null for a single run). */
export interface SeriesBand {
  mean: (number | null)[];
  p5: (number | null)[] | null;
  p95: (number | null)[] | null;
}

/** An intervention as the report marks it on time axes. */
export interface InterventionMark {
  kind: string;
  /** The kind's name in both languages (shown when the intervention has no label). */
  name: Text;
  /** Start in years from the beginning of the run. */
  start: number;
  label: Text | null;
}

export interface ArmInfo {
  name: string;
  labels: Text;
  interventions: InterventionMark[];
}

export interface SweptParameter {
  name: string;
  path: string;
  /** The grid's values in order; `null` for a Latin hypercube (values are per point). */
  values: (number | string | boolean)[] | null;
}

export interface PointInfo {
  index: number;
  values: Record<string, number | string | boolean>;
}

/** Recorded ticks: time in years (end of the period) and its calendar year and month (1-12). */
export interface Ticks {
  x: number[];
  year: number[];
  month: number[];
}

/** Per-place outcomes laid out for the county view. */
export interface PlaceData {
  /** Per place (numbered from 0): township index, 1 for a community, residents, position. */
  township: number[];
  urban: number[];
  residents: number[];
  x: number[];
  y: number[];
  /** Per township: centre, radius of its places, and whether all are communities (a subdistrict, 街道). */
  townships: { x: number; y: number; radius: number; subdistrict: boolean }[];
  /** The township grid: distance between centres (data units), columns and rows. */
  grid: { spacing: number; columns: number; rows: number };
  ticks: Ticks;
  metrics: string[];
  /** Sweep points embedded (indices into the report's points), in slot order. */
  points: number[];
  /** `values[metric][arm][slot]`: ticks × places, tick-major; null where a place has no adults. */
  values: Record<string, (number | null)[][][]>;
  /** Per metric: smallest and largest value over all arms, points and ticks (a fixed colour scale). */
  range: Record<string, [number, number]>;
}

export interface Provenance {
  engineVersion: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
  node: string;
  platform: string;
  /** The command that wrote the folder, as recorded. */
  command: string;
  experimentFile: string | null;
  scenarioFile: string | null;
  /** Content hashes: the experiment's identity, its experiment and scenario hashes, or a run's scenario hash. */
  hashes: Record<string, string>;
  workers: number | null;
  shard: string | null;
  /** For a merged folder: how many shards, with their commits. */
  merged: { shards: number; gitCommits: string[] } | null;
  startedAt: string | null;
  finishedAt: string | null;
  wallSeconds: number | null;
  runs: { planned: number; done: number; failed: number };
  /** Run seeds, `seeds[point][replicate]` (the same for every arm: comparisons are paired). */
  seeds: number[][];
  /** How to make the folder again and how to check it, in order. */
  reproduce: { step: 'checkout' | 'install' | 'rerun' | 'merge' | 'check'; command: string }[];
  /** The resolved experiment (or null for a run) and scenario, shown as JSON. */
  experiment: unknown;
  scenario: unknown;
}

/** The indices of a sensitivity design: Morris's `mu_star, mu, sigma`, Sobol's `S1, ST`. */
export type SensitivityIndex = 'mu_star' | 'mu' | 'sigma' | 'S1' | 'ST';

/**
 * Sensitivity indices of a Morris or Sobol' experiment (from sensitivity.csv). `values[outcome]
 * [arm][parameter][index]` is `[estimate, ci_low, ci_high]`; the indices are `mu_star, mu, sigma`
 * (Morris) or `S1, ST` (Sobol').
 */
export interface SensitivityData {
  method: 'morris' | 'sobol';
  confidence: number;
  /** Trajectories and levels (Morris), or samples (Sobol'). */
  design: Record<string, number>;
  parameters: { name: string; path: string; min: number; max: number; distribution: string }[];
  indices: SensitivityIndex[];
  values: Record<string, [number | null, number | null, number | null][][][]>;
  /** Trajectories or rows used, `n[outcome][arm]`. */
  n: Record<string, number[]>;
}

/** Everything a report page shows. */
export interface ReportData {
  format: 1;
  kind: 'experiment' | 'run';
  /** Language the page opens in. */
  lang: Lang;
  name: string;
  title: Text;
  status: string;
  date: string | null;
  arms: ArmInfo[];
  /** Index of the baseline arm; null for a run. */
  baseline: number | null;
  replications: number;
  masterSeed: number | null;
  sweepKind: 'grid' | 'latinHypercube' | 'morris' | 'sobol' | 'points' | null;
  params: SweptParameter[];
  points: PointInfo[];
  outcomes: { metric: string; better: Better }[];
  /** Label of every metric the page names. */
  labels: Record<string, Text>;
  /** `stats[metric][arm][point]`, final-year values. */
  stats: Record<string, (Stat | null)[][]>;
  /** `contrasts[metric][arm][point]` against the baseline (null for the baseline itself). */
  contrasts: Record<string, (Contrast | null)[][]>;
  series: { ticks: Ticks; points: number[]; data: Record<string, (SeriesBand | null)[][]> };
  /** Null when the folder has no per-place data. */
  places: PlaceData | null;
  /** Morris or Sobol' indices; null for other designs and for runs. */
  sensitivity: SensitivityData | null;
  /** Notes on what was left out to keep the page small (shown in the page). */
  omitted: { what: 'series' | 'places'; kept: number; total: number }[];
  provenance: Provenance;
}

/** What a report page embeds: an experiment's or a run's data, or a policy design's. */
export type PageData = ReportData | DesignReport;

/** Rounds to `digits` significant digits (charts and tables show fewer); keeps null and non-finite as null. */
export function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  return Number(value.toPrecision(digits));
}

/** Significant digits kept for final-year statistics (tables show up to four). */
export const STAT_DIGITS = 5;
/** Significant digits kept for series and per-place values (charts). */
export const SERIES_DIGITS = 4;
