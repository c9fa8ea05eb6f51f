/**
 * Evaluating a generation of candidates: decode each genome to its package, judge its plan
 * against the constraints (a package over budget or staff is not run), run the packages not seen
 * before as one stage, and read each package's objective values from its runs. Packages are
 * remembered by content, so a package the search proposes again — or one that differs only in
 * the settings of a lever it does not use — costs nothing; with common random numbers its values
 * would be the same anyway.
 */
import type { ExperimentOptions } from '../run/runner.ts';
import type { Evaluation } from './nsga2.ts';
import { constraintValues, packagePlanner, violation, type PackagePlan } from './constraints.ts';
import { statistic, toMinimise } from './objectives.ts';
import { BASELINE, baselinePackage, decodePackage, type Package } from './package.ts';
import { COST, packageValues, runStage, type StageMode, type StageSeeds } from './stage.ts';
import type { LoadedDesign } from './loader.ts';

/** The violation given to a package some of whose runs failed: it cannot be judged, so it is never kept over one that can. */
export const FAILED_VIOLATION = 1e9;

/** One candidate as evaluated (a row of evaluations.csv). */
export interface EvaluatedCandidate {
  generation: number;
  /** Position in its generation's batch. */
  candidate: number;
  x: readonly number[];
  pkg: Package;
  plan: PackagePlan;
  violation: number;
  /** Objective values (natural units, the objectives' statistics), NaN when not run (infeasible) or failed. */
  objectives: number[];
  /** Mean programme cost the runs spent (`cost_total`), NaN when not run. */
  cost: number;
  /** `run`: first run in this generation; `reused`: evaluated before; `skipped`: over a constraint, not run. */
  how: 'run' | 'reused' | 'skipped';
}

/** What the runs of a package gave. */
export interface PackageRuns {
  /** Final-year values per metric, pair by pair (sample-major, then replicate). */
  values: Record<string, Float64Array>;
  /** Whether any run failed. */
  failed: boolean;
}

/** A generation's stage as it started and finished. */
export interface StageReport {
  generation: number;
  /** Packages run for the first time, and their runs. */
  packages: number;
  runs: number;
  failures: number;
}

/** Evaluates generations of a design's search; keeps every package's runs and every candidate. */
export class Evaluator {
  readonly packages = new Map<string, PackageRuns>();
  readonly candidates: EvaluatedCandidate[] = [];
  readonly stages: StageReport[] = [];
  private readonly plan: (interventions: Package['interventions']) => PackagePlan;
  private readonly metrics: string[];
  private generation = 0;

  constructor(
    private readonly loaded: LoadedDesign,
    private readonly dir: string,
    private readonly seeds: StageSeeds,
    private readonly options: (stage: string) => ExperimentOptions,
    private readonly mode: StageMode = { kind: 'all' },
  ) {
    this.plan = packagePlanner(loaded.baseScenario, loaded.design.years);
    this.metrics = [...new Set([...loaded.design.objectives.map((o) => o.metric), COST])];
  }

  /** NSGA-II's batch evaluator: one call per generation, the initial population first. */
  readonly evaluate = async (batch: readonly number[][]): Promise<Evaluation[]> => {
    const { design } = this.loaded;
    const generation = this.generation++;
    const decoded = batch.map((x) => {
      const pkg = decodePackage(design, x);
      const plan = this.plan(pkg.interventions);
      return { x, pkg, plan, violation: violation(plan, design.constraints) };
    });
    // The baseline runs with the first generation, whatever it holds: every estimate is paired with it.
    const fresh = new Map<string, Package>();
    if (generation === 0 && !this.packages.has(BASELINE)) fresh.set(BASELINE, baselinePackage(design));
    for (const d of decoded) if (d.violation <= 0 && !this.packages.has(d.pkg.id) && !fresh.has(d.pkg.id)) fresh.set(d.pkg.id, d.pkg);
    if (fresh.size > 0) await this.runPackages(generation, [...fresh.values()]);
    const firstSeen = new Set<string>();
    return decoded.map((d, candidate) => {
      const runs = d.violation <= 0 ? this.packages.get(d.pkg.id)! : null;
      const objectives = design.objectives.map((o) => (runs === null ? NaN : statistic(runs.values[o.metric], o.statistic)));
      const failed = runs !== null && (runs.failed || objectives.some((v) => !Number.isFinite(v)));
      const how = runs === null ? 'skipped' : fresh.has(d.pkg.id) && !firstSeen.has(d.pkg.id) ? 'run' : 'reused';
      firstSeen.add(d.pkg.id);
      const cost = runs === null ? NaN : statistic(runs.values[COST], { kind: 'mean' });
      this.candidates.push({ generation, candidate, x: d.x, pkg: d.pkg, plan: d.plan, violation: failed ? FAILED_VIOLATION : d.violation, objectives, cost, how });
      return {
        objectives: runs === null || failed ? design.objectives.map(() => 0) : design.objectives.map((o, k) => toMinimise(o, objectives[k])),
        violation: failed ? FAILED_VIOLATION : d.violation,
      };
    });
  };

  /** The constraint values of a plan, by name (for tables). */
  constraintColumns(plan: PackagePlan): { name: string; cap: number; value: number }[] {
    return constraintValues(plan, this.loaded.design.constraints);
  }

  private async runPackages(generation: number, packages: Package[]): Promise<void> {
    const { design } = this.loaded;
    const name = `g${generation}`;
    const result = await runStage(this.dir, this.loaded, { name, packages, seeds: this.seeds, replications: design.replications }, this.options(name), this.mode);
    this.options(name).signal?.throwIfAborted();
    for (const pkg of packages) {
      const values = packageValues(result.dir, pkg, this.seeds.samples.length, design.replications, this.metrics);
      const failed = result.failures.some((f) => f.id.startsWith(`${pkg.id}/`));
      this.packages.set(pkg.id, { values, failed });
    }
    this.stages.push({ generation, packages: packages.length, runs: result.planned, failures: result.failures.length });
  }
}
