/**
 * The resolved policy design: what the design loader returns after validation and default
 * filling. A design file declares the levers a package may use (with ranges for their main
 * parameters, start year and target), the constraints a package must meet (budget, staff), two
 * or more objectives, optional uncertain parameters, and the size of the search. `ronghe design`
 * searches it with NSGA-II (nsga2.ts) and re-evaluates the final packages on fresh seeds.
 */
import type { Target } from '../../engine/scenario.ts';
import type { StaffLevel } from '../../engine/resources/consumption.ts';
import type { Labels, SensitivityParameter } from '../design/types.ts';

/** A numeric range a variable moves in (inclusive); `integer`: whole numbers only. */
export interface Range {
  min: number;
  max: number;
  integer: boolean;
}

/** One target a lever may be aimed at, with its name (`all`, `rural`, `urban` or the user's). */
export interface TargetChoice {
  name: string;
  target: Target;
}

/** A lever: one intervention kind a package may use, and what the search may choose about it. */
export interface Lever {
  /** Identifier in variable names and CSV columns (default: the kind). */
  name: string;
  kind: string;
  labels: Labels;
  /** Whether the search may leave it out (a `use` variable); otherwise every package has it. */
  optional: boolean;
  /** Searched parameters: name → range. */
  params: Record<string, Range>;
  /** Parameters fixed for every package (the kind's defaults fill the rest). */
  fixed: Record<string, number | boolean>;
  /** Start in years from the beginning of the run: a range, or a fixed value (`min` = `max`). */
  start: Range;
  /** The targets to choose among (one: fixed). */
  targets: TargetChoice[];
}

/** How an objective summarises a candidate's runs (uncertainty samples × replications). */
export type Statistic = { kind: 'mean' } | { kind: 'percentile'; percentile: number };

/** An objective: a metric's final-year value, summarised over runs, to be made lower or higher. */
export interface Objective {
  /** Column name: the metric, with the statistic when it is not the mean (`unmet_share_p90`). */
  name: string;
  metric: string;
  labels: Labels;
  /** `lower` or `higher`; `zero`: the absolute value is minimised. */
  better: 'lower' | 'higher' | 'zero';
  statistic: Statistic;
}

/** What a package must meet, judged on its plan (engine/resources/budget.ts) before any run. */
export interface Constraints {
  /** Yuan over the whole horizon. */
  budgetTotal: number | null;
  /** Yuan in any one year. */
  budgetPerYear: number | null;
  /** Staff-days per year the package's levers may use, per staff level. */
  staffDaysPerYear: Partial<Record<StaffLevel, number>>;
}

/** Parameters not known for sure: each candidate runs at `samples` draws of them. */
export interface Uncertainty {
  samples: number;
  parameters: SensitivityParameter[];
}

/** The size of the search (NSGA-II settings). */
export interface SearchSettings {
  population: number;
  generations: number;
}

/** The re-evaluation of the final packages on fresh seeds. */
export interface Reevaluation {
  replications: number;
  /** Uncertainty samples drawn afresh (0 without uncertainty). */
  samples: number;
}

/** The resolved design. */
export interface Design {
  name: string;
  labels: Labels;
  description: string | null;
  /** Base scenario file, as written (relative to the design file). */
  scenario: string;
  years: number;
  recordEvery: 'month' | 'quarter' | 'year';
  seed: number;
  /** Replications per uncertainty sample in every evaluation. */
  replications: number;
  levers: Lever[];
  constraints: Constraints;
  objectives: Objective[];
  uncertainty: Uncertainty | null;
  search: SearchSettings;
  reevaluation: Reevaluation;
}
