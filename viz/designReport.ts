/**
 * The data a policy design's report embeds (built by viz/designData.ts from a design folder; read
 * by the page's design panels): the question, the levers and constraints, the final packages with
 * their search and fresh estimates and group effects, the cloud of evaluated candidates, the
 * search's progress and the provenance. Numbers are rounded as in the experiment report.
 */
import type { InterventionSpec } from '../engine/scenario.ts';
import type { Lang, Text } from '../base/lang.ts';

/**
 * An estimate (experiments/search/estimates.ts) as `[n, value, mean, ci_low, ci_high, diff,
 * diff_low, diff_high, p_improve]`: `value` is the objective's statistic (the mean, or a
 * percentile); the interval is the mean's; `diff` is the mean paired difference from the
 * baseline with its 95% interval; `p_improve` the share of pairs the package did better in.
 */
export type EstimateCells = [n: number, value: number | null, mean: number | null, ciLow: number | null, ciHigh: number | null, diff: number | null, diffLow: number | null, diffHigh: number | null, pImprove: number | null];

/** An objective of the design. */
export interface DesignObjective {
  name: string;
  metric: string;
  labels: Text;
  better: 'lower' | 'higher' | 'zero';
  /** The percentile summarised, or null for the mean. */
  percentile: number | null;
  /** Measured in yuan (programme cost): shown as money, and not drawn against the planned cost. */
  money: boolean;
}

/** A lever, as the report names it. */
export interface DesignLever {
  name: string;
  kind: string;
  labels: Text;
  optional: boolean;
  /** Searched parameters, with the kind's description of each (null for an unknown kind). */
  params: { name: string; description: Text | null }[];
  /** Earliest and latest start searched (equal when fixed), in years. */
  start: [number, number];
  /** Target choices, by name (`all`, `rural`, `urban` or the design's own). */
  targets: string[];
}

/** A package of the final front. */
export interface DesignPackage {
  id: string;
  /** Whether it is the empty package (change nothing): the baseline itself. */
  baseline: boolean;
  /** The interventions it adds to the base scenario, one per lever used, in lever order. */
  interventions: InterventionSpec[];
  /** Per lever: whether it is used, and the target chosen (empty when not used). */
  uses: boolean[];
  targets: string[];
  /** Planned spending (yuan) over the horizon and in its most expensive year. */
  plan: { total: number; maxYear: number };
  /** Per objective: from the search's runs, and from fresh runs (null when the re-evaluation failed). */
  search: EstimateCells[];
  fresh: EstimateCells[] | null;
  /** Fresh effects per group metric, in {@link DesignReport.groupMetrics} order. */
  groups: (EstimateCells | null)[];
}

/** A policy design's report data. */
export interface DesignReport {
  format: 1;
  kind: 'design';
  lang: Lang;
  name: string;
  /** The question the design asks (its labels). */
  title: Text;
  description: string | null;
  /** `complete`, `incomplete` (runs failed), `waiting` (a stage's shards to come) or `running`. */
  status: string;
  date: string | null;
  years: number;
  /** Runs per uncertainty sample in each evaluation of the search, and of the re-evaluation. */
  replications: number;
  reevaluation: { replications: number; samples: number };
  uncertainty: { samples: number; parameters: string[] } | null;
  search: { population: number; generations: number };
  /** Yuan over the horizon and per year, staff-days per year by level. */
  constraints: { budgetTotal: number | null; budgetPerYear: number | null; staffDaysPerYear: Record<string, number> };
  objectives: DesignObjective[];
  levers: DesignLever[];
  /** Label of every metric the page names (objectives and groups). */
  labels: Record<string, Text>;
  /** The zone × age metrics of the objectives' families that packages' effects are shown on. */
  groupMetrics: string[];
  /** Candidates evaluated, over a cap (never run), distinct packages run, runs of the search. */
  counts: { evaluations: number; skipped: number; packagesRun: number; searchRuns: number };
  /** The final packages; empty until the design is done. */
  packages: DesignPackage[];
  /**
   * The baseline (change nothing): its search values, value only, and its fresh estimates —
   * its own when it is on the front, else from the re-evaluation's runs of it.
   */
  baseline: { search: (number | null)[] | null; fresh: EstimateCells[] | null };
  /** Every distinct feasible package the search ran: planned cost and search value per objective. */
  cloud: { cost: number[]; values: (number | null)[][] };
  /** Per generation of the search (hypervolume null until the search ends). */
  generations: { generation: number; evaluations: number; newPackages: number; runs: number; feasible: number; frontSize: number; hypervolume: number | null }[];
  /**
   * front.experiment.json as written (null while the design is not done): the baseline and every
   * package as arms; a package's own experiment is it with the baseline and that arm only.
   */
  experiment: ({ name: string; baseline: string; arms: { name: string }[] } & Record<string, unknown>) | null;
  /** The design folder as commands should name it. */
  dir: string;
  provenance: DesignProvenance;
}

/** Where a design folder came from and how to make it again. */
export interface DesignProvenance {
  engineVersion: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
  node: string;
  platform: string;
  command: string;
  designFile: string;
  scenarioFile: string;
  method: string;
  identity: string;
  workers: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  wallSeconds: number | null;
  failedRuns: number;
  seeds: { search: number; fresh: number };
  reproduce: { step: 'checkout' | 'install' | 'rerun'; command: string }[];
  /** The resolved design and base scenario, shown as JSON. */
  design: unknown;
  scenario: unknown;
}
