/**
 * The report data of a policy design folder (`ronghe design`): the design and its progress from
 * `design.json`, the final packages from `packages.json`, the cloud of evaluated candidates from
 * `evaluations.csv` and the experiment a package becomes from `front.experiment.json` (see
 * experiments/search/outputs.ts). A folder whose design is still running has only its manifest:
 * the report then shows the question and the generations so far.
 */
import { INTERVENTION_KINDS } from '../engine/interventions/registry.ts';
import { builtinMetric } from '../engine/metrics/builtins.ts';
import { estimate, type Estimate } from '../experiments/search/estimates.ts';
import type { DesignManifest } from '../experiments/search/manifest.ts';
import type { PackagesJson } from '../experiments/search/outputs.ts';
import { BASELINE } from '../experiments/search/package.ts';
import { FRESH_STAGE } from '../experiments/search/stage.ts';
import type { Design, Objective } from '../experiments/search/types.ts';
import type { FolderFiles } from '../output/folderFiles.ts';
import { EVALUATIONS_TABLE, FRONT_EXPERIMENT, PACKAGES_FILE, RUNS_TABLE, STAGES_DIR } from '../output/names.ts';
import { checkoutSteps, labelsFor, npxCommand } from './common.ts';
import { columns, numberCell, readCsv, type CsvTable } from './csv.ts';
import type { DesignLever, DesignObjective, DesignPackage, DesignProvenance, DesignReport, EstimateCells } from './designReport.ts';
import { round, STAT_DIGITS, type Lang } from './reportData.ts';

/**
 * Reads a design folder into report data.
 * @param files - the folder's files
 * @param manifest - its design.json
 * @param shownDir - the folder as commands in the page should name it
 */
export function designData(files: FolderFiles, manifest: DesignManifest, lang: Lang, shownDir: string): DesignReport {
  const { design } = manifest;
  const saved = readJson<PackagesJson>(files, PACKAGES_FILE);
  const finals = saved?.packages ?? [];
  const groupMetrics = [...new Set(finals.flatMap((p) => p.groups.map((g) => g.metric)))];
  const evaluations = readCsv(files, EVALUATIONS_TABLE);
  const evaluated = evaluations === null ? null : readEvaluations(evaluations, design, new Set([BASELINE, ...finals.map((p) => p.id)]));
  const onFront = finals.find((p) => p.id === BASELINE);
  return {
    format: 1,
    kind: 'design',
    lang,
    name: design.name,
    title: design.labels,
    description: design.description,
    status: manifest.status,
    date: manifest.finishedAt ?? manifest.startedAt,
    years: design.years,
    replications: design.replications,
    reevaluation: design.reevaluation,
    uncertainty: design.uncertainty === null ? null : { samples: design.uncertainty.samples, parameters: design.uncertainty.parameters.map((p) => p.name) },
    search: design.search,
    constraints: { budgetTotal: design.constraints.budgetTotal, budgetPerYear: design.constraints.budgetPerYear, staffDaysPerYear: { ...design.constraints.staffDaysPerYear } },
    objectives: design.objectives.map(objectiveInfo),
    levers: design.levers.map(leverInfo),
    labels: labelsFor([...design.objectives.map((o) => o.metric), ...groupMetrics], manifest.baseScenario),
    groupMetrics,
    counts: {
      evaluations: evaluated?.rows ?? manifest.generations.at(-1)?.evaluations ?? 0,
      skipped: evaluated?.skipped ?? 0,
      packagesRun: evaluated?.packagesRun ?? 0,
      searchRuns: manifest.generations.reduce((n, g) => n + g.runs, 0),
    },
    packages: finals.map((p) => packageInfo(p, groupMetrics)),
    baseline: {
      search: onFront ? onFront.search.map((e) => round(e.value, STAT_DIGITS)) : (evaluated?.baseline ?? null),
      fresh: onFront ? (onFront.fresh?.map(cells) ?? null) : finals.length > 0 ? freshBaseline(files, design.objectives) : null,
    },
    cloud: evaluated?.cloud ?? { cost: [], values: design.objectives.map(() => []) },
    generations: manifest.generations.map((g) => ({ generation: g.generation, evaluations: g.evaluations, newPackages: g.newPackages, runs: g.runs, feasible: g.feasible, frontSize: g.frontSize, hypervolume: round(g.hypervolume, STAT_DIGITS) })),
    experiment: readJson<NonNullable<DesignReport['experiment']>>(files, FRONT_EXPERIMENT),
    dir: shownDir,
    provenance: designProvenance(manifest),
  };
}

/** An estimate as rounded cells. */
export function cells(e: Estimate): EstimateCells {
  const r = (v: number) => round(v, STAT_DIGITS);
  return [e.n, r(e.value), r(e.mean), r(e.ciLow), r(e.ciHigh), r(e.diff), r(e.diffLow), r(e.diffHigh), r(e.pImprove)];
}

function objectiveInfo(o: Objective): DesignObjective {
  return { name: o.name, metric: o.metric, labels: o.labels, better: o.better, percentile: o.statistic.kind === 'percentile' ? o.statistic.percentile : null, money: builtinMetric(o.metric)?.family.unit === 'yuan' };
}

function leverInfo(l: Design['levers'][number]): DesignLever {
  const kind = Object.hasOwn(INTERVENTION_KINDS, l.kind) ? INTERVENTION_KINDS[l.kind] : null;
  return {
    name: l.name,
    kind: l.kind,
    labels: l.labels,
    optional: l.optional,
    params: Object.keys(l.params).map((name) => ({ name, description: kind?.params[name]?.description ?? null })),
    start: [l.start.min, l.start.max],
    targets: l.targets.map((t) => t.name),
  };
}

function packageInfo(p: PackagesJson['packages'][number], groupMetrics: readonly string[]): DesignPackage {
  const groups = new Map(p.groups.map((g) => [g.metric, cells(g.estimate)]));
  return {
    id: p.id,
    baseline: p.id === BASELINE,
    interventions: p.interventions,
    uses: p.uses,
    targets: p.targets,
    plan: { total: round(p.plan.total, STAT_DIGITS) ?? 0, maxYear: round(p.plan.maxYear, STAT_DIGITS) ?? 0 },
    search: p.search.map(cells),
    fresh: p.fresh?.map(cells) ?? null,
    groups: groupMetrics.map((m) => groups.get(m) ?? null),
  };
}

/**
 * What evaluations.csv says besides the final packages: how many candidates there were, how many
 * were over a cap, how many distinct packages were run, the cloud the front was picked from (each
 * other feasible package run, with its planned cost and search values; `drawn` ones are left out)
 * and the baseline's search values.
 */
function readEvaluations(table: CsvTable, design: Design, drawn: ReadonlySet<string>): { rows: number; skipped: number; packagesRun: number; cloud: DesignReport['cloud']; baseline: (number | null)[] | null } {
  const c = columns(table, ['package', 'planned_cost_total', 'feasible', 'evaluation'], EVALUATIONS_TABLE);
  // The objectives' own columns (the runs' mean cost has a column of its own only when cost_total is not an objective).
  const objective = design.objectives.map((o) => columns(table, [o.name], EVALUATIONS_TABLE)[o.name]);
  const cloud: DesignReport['cloud'] = { cost: [], values: design.objectives.map(() => []) };
  let baseline: (number | null)[] | null = null;
  let skipped = 0;
  let packagesRun = 0;
  for (const row of table.rows) {
    if (row[c.evaluation] === 'skipped') skipped++;
    const values = objective.map((k) => round(numberCell(row[k]), STAT_DIGITS));
    if (row[c.package] === BASELINE && row[c.feasible] === 'true') baseline ??= values;
    // A package is run once (its first evaluation); later ones reuse its values.
    if (row[c.evaluation] !== 'run') continue;
    packagesRun++;
    if (row[c.feasible] !== 'true' || drawn.has(row[c.package])) continue;
    cloud.cost.push(round(numberCell(row[c.planned_cost_total]), STAT_DIGITS) ?? 0);
    values.forEach((v, k) => cloud.values[k].push(v));
  }
  return { rows: table.rows.length, skipped, packagesRun, cloud, baseline };
}

/**
 * The baseline's fresh estimates when it is not on the front: the re-evaluation runs it beside
 * the packages (their differences are against it), so its values are in that stage's runs.csv.
 */
function freshBaseline(files: FolderFiles, objectives: readonly Objective[]): EstimateCells[] | null {
  const file = `${STAGES_DIR}/${FRESH_STAGE}/${RUNS_TABLE}`;
  const table = readCsv(files, file);
  if (table === null) return null;
  const c = columns(table, ['arm', 'metric', 'value'], file);
  const values = new Map<string, number[]>();
  for (const row of table.rows) {
    if (row[c.arm] !== BASELINE) continue;
    const v = numberCell(row[c.value]);
    if (v === null) continue;
    const list = values.get(row[c.metric]);
    if (list === undefined) values.set(row[c.metric], [v]);
    else list.push(v);
  }
  return objectives.map((o) => {
    const v = values.get(o.metric) ?? [];
    return v.length === 0 ? [0, null, null, null, null, null, null, null, null] : cells(estimate(v, v, o));
  });
}

function designProvenance(m: DesignManifest): DesignProvenance {
  return {
    engineVersion: m.engineVersion,
    gitCommit: m.gitCommit,
    gitDirty: m.gitDirty,
    node: m.node,
    platform: m.platform,
    command: m.command,
    designFile: m.designFile,
    scenarioFile: m.scenarioFile,
    method: m.method,
    identity: m.identity,
    workers: m.workers ?? null,
    startedAt: m.startedAt ?? null,
    finishedAt: m.finishedAt ?? null,
    wallSeconds: m.wallSeconds ?? null,
    failedRuns: m.failedRuns ?? 0,
    seeds: { search: m.seeds.search.seed, fresh: m.seeds.fresh.seed },
    reproduce: [...checkoutSteps(m.gitCommit), { step: 'rerun', command: npxCommand(m.command) }],
    design: m.design,
    scenario: m.baseScenario,
  };
}

/** A JSON file of the folder, or null when it is not there yet. */
function readJson<T>(files: FolderFiles, file: string): T | null {
  const text = files.read(file);
  return text === null ? null : (JSON.parse(text) as T);
}
