/**
 * The tables and files of a design folder: every evaluation (evaluations.csv), the search's
 * progress with its hypervolume per generation (generations.csv), the final packages with their
 * composition and estimates (packages.csv, packages.json), their fresh effects by zone × age
 * group (groups.csv) and an ordinary experiment of the
 * baseline and the final packages (front.experiment.json) for a full run with `ronghe experiment`.
 */
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { CsvFile } from '../../output/csvFile.ts';
import { EVALUATIONS_TABLE, FRONT_EXPERIMENT, GENERATIONS_TABLE, GROUPS_TABLE, PACKAGES_FILE, PACKAGES_TABLE } from '../../output/names.ts';
import { constraintValues } from './constraints.ts';
import { estimateCells, estimateColumns, type Estimate } from './estimates.ts';
import type { EvaluatedCandidate } from './evaluator.ts';
import type { FinalPackage } from './front.ts';
import { hypervolume } from './hypervolume.ts';
import type { LoadedDesign } from './loader.ts';
import { toMinimise } from './objectives.ts';
import { COST } from './stage.ts';
import type { Variable } from './nsga2.ts';
import type { Design, Lever } from './types.ts';
import type { InterventionSpec } from '../../engine/scenario.ts';
import type { PackagePlan } from './constraints.ts';

/** One generation of the search, as recorded. */
export interface GenerationRecord {
  generation: number;
  /** Candidates evaluated so far. */
  evaluations: number;
  /** Packages run for the first time in this generation, and their runs. */
  newPackages: number;
  runs: number;
  /** Feasible members of the population kept, and its first front's size. */
  feasible: number;
  frontSize: number;
  /** Minimised objective values of the first front's feasible members (for the hypervolume). */
  front: number[][];
  /** Hypervolume of the front, normalised (see {@link withHypervolumes}); NaN until the search ends. */
  hypervolume: number;
}

/**
 * Fills in each generation's hypervolume, on one scale for the whole search: every objective
 * rescaled to [0, 1] between the best and worst values any feasible candidate reached, the
 * reference point at 1.1 in each (so the extremes of a front count too). The largest possible
 * value is 1.1^M; it grows as the front advances and spreads.
 */
export function withHypervolumes(design: Design, generations: GenerationRecord[], candidates: readonly EvaluatedCandidate[]): void {
  const feasible = candidates.filter((c) => c.violation <= 0 && c.objectives.every(Number.isFinite)).map((c) => design.objectives.map((o, k) => toMinimise(o, c.objectives[k])));
  const m = design.objectives.length;
  const low = Array.from({ length: m }, (_, k) => Math.min(...feasible.map((f) => f[k])));
  const high = Array.from({ length: m }, (_, k) => Math.max(...feasible.map((f) => f[k])));
  const scale = (f: readonly number[]) => f.map((v, k) => (high[k] > low[k] ? (v - low[k]) / (high[k] - low[k]) : 0));
  for (const g of generations) g.hypervolume = feasible.length === 0 ? 0 : hypervolume(g.front.map(scale), Array(m).fill(1.1));
}

/** Writes every output of the search (see the module comment). */
export function writeOutputs(dir: string, loaded: LoadedDesign, variables: readonly Variable[], candidates: readonly EvaluatedCandidate[], generations: readonly GenerationRecord[], finals: readonly FinalPackage[]): void {
  const { design } = loaded;
  writeEvaluations(join(dir, EVALUATIONS_TABLE), design, variables, candidates);
  const g = new CsvFile(join(dir, GENERATIONS_TABLE), ['generation', 'evaluations', 'new_packages', 'runs', 'feasible', 'front_size', 'hypervolume']);
  for (const r of generations) g.row([r.generation, r.evaluations, r.newPackages, r.runs, r.feasible, r.frontSize, r.hypervolume]);
  g.commit();
  writePackages(join(dir, PACKAGES_TABLE), design, variables, finals);
  const groups = new CsvFile(join(dir, GROUPS_TABLE), ['package', 'metric', 'n', 'mean', 'ci_low', 'ci_high', 'diff', 'diff_ci_low', 'diff_ci_high', 'p_improve']);
  for (const f of finals) for (const g of f.groups) groups.row([f.id, g.metric, g.estimate.n, g.estimate.mean, g.estimate.ciLow, g.estimate.ciHigh, g.estimate.diff, g.estimate.diffLow, g.estimate.diffHigh, g.estimate.pImprove]);
  groups.commit();
  writeFileAtomic(join(dir, PACKAGES_FILE), JSON.stringify(packagesJson(design, variables, finals), null, 2) + '\n');
  const file = join(dir, FRONT_EXPERIMENT);
  writeFileAtomic(file, JSON.stringify(frontExperiment(file, loaded, finals), null, 2) + '\n');
}

/** Whether the money the runs spent is an objective already (then it gets no column of its own). */
const costIsObjective = (design: Design) => design.objectives.some((o) => o.name === COST);

function writeEvaluations(path: string, design: Design, variables: readonly Variable[], candidates: readonly EvaluatedCandidate[]): void {
  const caps = candidates.length > 0 ? constraintValues(candidates[0].plan, design.constraints).map((c) => c.name) : [];
  const cost = costIsObjective(design) ? [] : [COST];
  const csv = new CsvFile(path, ['generation', 'candidate', 'package', ...variables.map((v) => v.name), 'planned_cost_total', 'planned_cost_max_year', ...caps.map((c) => `plan_${c}`), 'violation', 'feasible', 'evaluation', ...design.objectives.map((o) => o.name), ...cost]);
  for (const c of candidates) {
    const values = constraintValues(c.plan, design.constraints).map((v) => v.value);
    csv.row([c.generation, c.candidate, c.pkg.id, ...c.x, c.plan.total, c.plan.maxYear, ...values, c.violation, c.violation <= 0, c.how, ...c.objectives, ...(cost.length > 0 ? [c.cost] : [])]);
  }
  csv.commit();
}

function writePackages(path: string, design: Design, variables: readonly Variable[], finals: readonly FinalPackage[]): void {
  const header = ['package', 'levers', ...variables.map((v) => v.name), 'planned_cost_total', 'planned_cost_max_year'];
  for (const o of design.objectives) header.push(...estimateColumns(`search_${o.name}_`), ...estimateColumns(`fresh_${o.name}_`));
  const cost = !costIsObjective(design);
  if (cost) header.push(...estimateColumns(`search_${COST}_`), ...estimateColumns(`fresh_${COST}_`));
  const csv = new CsvFile(path, header);
  for (const f of finals) {
    const cells = [f.id, f.description, ...f.x, f.plan.total, f.plan.maxYear];
    design.objectives.forEach((_, k) => cells.push(...estimateCells(f.search[k]), ...estimateCells(f.fresh?.[k] ?? null)));
    if (cost) cells.push(...estimateCells(f.searchCost), ...estimateCells(f.freshCost));
    csv.row(cells);
  }
  csv.commit();
}

/** packages.json: the objectives, the levers and, per final package, its settings, interventions, plan and estimates. */
export interface PackagesJson {
  objectives: Design['objectives'];
  levers: Pick<Lever, 'name' | 'kind' | 'labels'>[];
  packages: {
    id: string;
    description: string;
    /** The genome it was found as, by variable name. */
    settings: Record<string, number>;
    uses: boolean[];
    targets: string[];
    interventions: InterventionSpec[];
    plan: PackagePlan;
    search: Estimate[];
    fresh: Estimate[] | null;
    searchCost: Estimate;
    freshCost: Estimate | null;
    groups: { metric: string; estimate: Estimate }[];
  }[];
}

function packagesJson(design: Design, variables: readonly Variable[], finals: readonly FinalPackage[]): PackagesJson {
  return {
    objectives: design.objectives,
    levers: design.levers.map((l) => ({ name: l.name, kind: l.kind, labels: l.labels })),
    packages: finals.map((f) => ({
      id: f.id,
      description: f.description,
      settings: Object.fromEntries(variables.map((v, k) => [v.name, f.x[k]])),
      uses: f.pkg.uses,
      targets: f.pkg.targets,
      interventions: f.pkg.interventions,
      plan: f.plan,
      search: f.search,
      fresh: f.fresh,
      searchCost: f.searchCost,
      freshCost: f.freshCost,
      groups: f.groups,
    })),
  };
}

/** The baseline and every final package as arms of an ordinary experiment, on the design's scenario, years and re-evaluation size. */
export function frontExperiment(file: string, loaded: LoadedDesign, finals: readonly FinalPackage[]): Record<string, unknown> {
  const { design } = loaded;
  return {
    $schema: relative(dirname(file), join(import.meta.dirname, '..', 'experiment.schema.json')),
    name: `${design.name}-front`.slice(0, 64),
    labels: design.labels,
    description: `The packages the policy design "${design.name}" found, as arms beside the baseline (written by ronghe design). Run it with ronghe experiment for a full comparison.`,
    scenario: relative(dirname(file), loaded.scenarioPath),
    years: design.years,
    recordEvery: design.recordEvery,
    replications: design.reevaluation.replications,
    seed: design.seed,
    baseline: 'baseline',
    arms: [
      { name: 'baseline', labels: { zh: '基线', en: 'Baseline' } },
      ...finals.filter((f) => f.id !== 'baseline').map((f) => ({ name: f.id, labels: { zh: `方案 ${f.id}`, en: `Package ${f.id}` }, interventions: f.pkg.interventions })),
    ],
    outcomes: [...new Set([...design.objectives.map((o) => o.metric), COST])].map((metric) => ({ metric, better: design.objectives.find((o) => o.metric === metric)?.better ?? 'lower' })),
  };
}
