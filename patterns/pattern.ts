/**
 * Pattern-oriented validation (Grimm et al. 2005): the default model should reproduce several
 * independent stylised facts at once. A pattern runs the model, observes it read-only, and judges
 * what it measured against criteria taken from its source, across seeds.
 */
import type { Scenario } from '../engine/scenario.ts';

/** A text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

/** What one pattern measured on one seed (every arm of a paired comparison included). */
export type Measured = Readonly<Record<string, number>>;

/** One seed's measurement. */
export interface SeedMeasurement {
  seed: number;
  values: Measured;
}

/** How a measured figure is shown. */
export type Unit = 'share' | 'ratio' | 'days' | 'number' | 'change';

/**
 * One criterion of a pattern. `judge` reduces the seeds' values to the figure shown (the worst
 * seed for "in every seed" criteria, the mean for closeness to an observed figure) and decides.
 */
export interface Check {
  id: string;
  /** What is compared, e.g. "rural share of non-users / rural share of residents". */
  label: Text;
  /** The criterion with its margin, e.g. "≥ 1.2 in every seed". */
  criterion: Text;
  /** The figure the source gives, when it gives one. */
  observed?: Text;
  unit: Unit;
  judge(seeds: readonly SeedMeasurement[]): { value: number; perSeed: number[]; pass: boolean };
}

/** A stylised fact the model should reproduce. */
export interface Pattern {
  id: string;
  title: Text;
  /** Where the fact comes from (a citation). */
  source: string;
  /** What the pattern measures, in a sentence. */
  measures: Text;
  /**
   * Runs the model for one seed (all arms with that seed, so comparisons are paired) and returns
   * what it measured. Observation only: reads the state, draws no random numbers.
   */
  measure(scenario: Scenario, seed: number): Measured;
  checks: readonly Check[];
  /** Simulated resident-years per seed relative to the scenario's residents, for scheduling and progress. */
  cost: number;
}

/** A check's outcome. */
export interface CheckResult {
  id: string;
  label: Text;
  criterion: Text;
  observed?: Text;
  unit: Unit;
  value: number;
  perSeed: number[];
  pass: boolean;
}

/** A pattern's outcome over the seeds. */
export interface PatternResult {
  id: string;
  title: Text;
  source: string;
  measures: Text;
  seeds: number[];
  measured: SeedMeasurement[];
  checks: CheckResult[];
  pass: boolean;
}

/** Judges a pattern's checks on its seeds' measurements. */
export function judgePattern(pattern: Pattern, measured: SeedMeasurement[]): PatternResult {
  const checks = pattern.checks.map((check) => {
    const { value, perSeed, pass } = check.judge(measured);
    return { id: check.id, label: check.label, criterion: check.criterion, ...(check.observed ? { observed: check.observed } : {}), unit: check.unit, value, perSeed, pass };
  });
  return {
    id: pattern.id,
    title: pattern.title,
    source: pattern.source,
    measures: pattern.measures,
    seeds: measured.map((m) => m.seed),
    measured,
    checks,
    pass: checks.every((c) => c.pass),
  };
}
