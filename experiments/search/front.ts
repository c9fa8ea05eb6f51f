/**
 * The search's answer: the packages of its final non-dominated front, each with its plan, the
 * estimates from the search's runs and — after the re-evaluation on fresh seeds — from runs the
 * search never saw (see estimates.ts). The baseline is re-run beside them, so every fresh
 * difference is paired.
 */
import type { ExperimentOptions } from '../run/runner.ts';
import { costEstimate, estimate, type Estimate } from './estimates.ts';
import type { Evaluator, PackageRuns } from './evaluator.ts';
import type { LoadedDesign } from './loader.ts';
import type { Individual } from './nsga2.ts';
import { BASELINE, baselinePackage, decodePackage, describePackage, type Package } from './package.ts';
import { COST, FRESH_STAGE, freshSeeds, packageValues, runStage, type StageMode } from './stage.ts';
import type { PackagePlan } from './constraints.ts';
import type { Objective } from './types.ts';
import { ZONE_AGE_FAMILIES } from '../../engine/metrics/builtins.ts';
import { betterDirection } from '../../engine/metrics/direction.ts';

/** A package of the final front. */
export interface FinalPackage {
  id: string;
  /** Its levers in words (`digital: trainingReachPerYear 0.31, start 1; grid: …`). */
  description: string;
  pkg: Package;
  /** The genome it was found as (the first of its front members). */
  x: readonly number[];
  plan: PackagePlan;
  /** Per objective, from the search's runs; then from the fresh runs (null until re-evaluated, or when the re-evaluation failed). */
  search: Estimate[];
  fresh: Estimate[] | null;
  searchCost: Estimate;
  freshCost: Estimate | null;
  /** Fresh estimates for each zone × age group of the objectives' metric families (empty until re-evaluated). */
  groups: { metric: string; estimate: Estimate }[];
}

/**
 * The zone × age variants of the objectives' metric families (`unmet_share_rural_60plus` …, for
 * an objective on `unmet_share` or `group_gap_unmet_share`): who gains from a package.
 */
export function groupMetrics(objectives: readonly Objective[]): { metric: string; better: Objective['better'] }[] {
  const out = new Map<string, Objective['better']>();
  for (const o of objectives) {
    const family = ZONE_AGE_FAMILIES.find((f) => o.metric === f.family || o.metric === `group_gap_${f.family}` || f.groups.includes(o.metric));
    for (const metric of family?.groups ?? []) if (!out.has(metric)) out.set(metric, betterDirection(metric) === 'none' ? o.better : (betterDirection(metric) as Objective['better']));
  }
  return [...out].map(([metric, better]) => ({ metric, better }));
}

/**
 * The distinct feasible packages of the final front, ordered by the first objective (then the
 * others), with their search estimates.
 */
export function finalFront(loaded: LoadedDesign, front: readonly Individual[], evaluator: Evaluator): FinalPackage[] {
  const { design } = loaded;
  const baseline = evaluator.packages.get(BASELINE)!;
  const seen = new Map<string, FinalPackage>();
  const members = front.filter((i) => i.violation <= 0).sort((a, b) => compareObjectives(a.objectives, b.objectives));
  for (const member of members) {
    const pkg = decodePackage(design, member.x);
    if (seen.has(pkg.id)) continue;
    const runs = evaluator.packages.get(pkg.id)!;
    const plan = evaluator.candidates.find((c) => c.pkg.id === pkg.id)!.plan;
    seen.set(pkg.id, { id: pkg.id, description: describePackage(design, pkg), pkg, x: member.x, plan, search: objectiveEstimates(loaded, runs, baseline), fresh: null, searchCost: costEstimate(runs.values[COST], baseline.values[COST]), freshCost: null, groups: [] });
  }
  return [...seen.values()];
}

/**
 * Re-evaluates the final packages (and the baseline) on fresh seeds as the stage `fresh`, with the
 * re-evaluation's replications; fills in their fresh estimates. Returns the number of failed runs.
 */
export async function reevaluate(dir: string, loaded: LoadedDesign, finals: FinalPackage[], options: ExperimentOptions, mode: StageMode): Promise<number> {
  if (finals.length === 0) return 0;
  const { design } = loaded;
  const seeds = freshSeeds(design);
  const packages = [baselinePackage(design), ...finals.filter((f) => f.id !== BASELINE).map((f) => f.pkg)];
  const { replications } = design.reevaluation;
  const result = await runStage(dir, loaded, { name: FRESH_STAGE, packages, seeds, replications }, options, mode);
  options.signal?.throwIfAborted();
  const groups = groupMetrics(design.objectives);
  const metrics = [...new Set([...design.objectives.map((o) => o.metric), COST, ...groups.map((g) => g.metric)])];
  const runsOf = (pkg: Package): PackageRuns => ({ values: packageValues(result.dir, pkg, seeds.samples.length, replications, metrics), failed: result.failures.some((f) => f.id.startsWith(`${pkg.id}/`)) });
  const baseline = runsOf(packages[0]);
  for (const final of finals) {
    const runs = final.id === BASELINE ? baseline : runsOf(final.pkg);
    if (runs.failed || baseline.failed) continue;
    final.fresh = objectiveEstimates(loaded, runs, baseline);
    final.freshCost = costEstimate(runs.values[COST], baseline.values[COST]);
    final.groups = groups.map((g) => ({ metric: g.metric, estimate: estimate(runs.values[g.metric], baseline.values[g.metric], { better: g.better, statistic: { kind: 'mean' } }) }));
  }
  return result.failures.length;
}

function objectiveEstimates(loaded: LoadedDesign, runs: PackageRuns, baseline: PackageRuns): Estimate[] {
  return loaded.design.objectives.map((o) => estimate(runs.values[o.metric], baseline.values[o.metric], o));
}

function compareObjectives(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}
