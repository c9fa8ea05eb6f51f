/**
 * The report data of an experiment folder (`ronghe experiment`, or `ronghe merge`): final-year
 * statistics per arm and point from `arms.csv`, contrasts against the baseline from
 * `contrasts.csv`, the 5–95% bands of `series/<arm>.csv`, per-place means of `places/<arm>.csv`
 * and the manifest's provenance.
 */
import type { ExperimentManifest } from '../output/experimentManifest.ts';
import { checkoutSteps, interventionMarks, labelsFor, npxCommand } from './common.ts';
import { columns, numberCell, readCsv } from './csv.ts';
import type { FolderFiles } from '../output/folderFiles.ts';
import { statMetrics } from './panelMetrics.ts';
import { readPlaces } from './places.ts';
import { readSensitivityData } from './sensitivityData.ts';
import { shellWord } from '../base/shellWord.ts';
import { round, SERIES_DIGITS, STAT_DIGITS, type Contrast, type Lang, type Provenance, type ReportData, type SeriesBand, type Stat } from './reportData.ts';
import { TickIndex } from './ticks.ts';
import { ARMS_TABLE, CONTRASTS_TABLE } from '../output/names.ts';

/**
 * Series values embedded at most (arms × points × ticks × outcomes × 3). The flagship needs
 * about 8,000; a sweep over very many points keeps its first points only (the page says so).
 */
export const SERIES_VALUE_BUDGET = 600_000;

/**
 * Reads an experiment folder into report data.
 * @param files - the folder's files
 * @param manifest - its manifest
 * @param shownDir - the folder as the reproduce command should name it
 */
export function experimentData(files: FolderFiles, manifest: ExperimentManifest, lang: Lang, shownDir: string): ReportData {
  const experiment = manifest.experiment;
  const arms = experiment.arms;
  const armIndex = new Map(arms.map((a, i) => [a.name, i]));
  const pointCount = manifest.points.length;
  const baseline = armIndex.get(experiment.baseline) ?? 0;
  const outcomes = experiment.outcomes.map((o) => o.metric);
  const wanted = new Set(statMetrics(outcomes));
  const grid = (): (null)[][] => arms.map(() => new Array(pointCount).fill(null));

  const stats: Record<string, (Stat | null)[][]> = {};
  const armsCsv = readCsv(files, ARMS_TABLE);
  if (armsCsv !== null) {
    const c = columns(armsCsv, ['arm', 'point', 'metric', 'n', 'mean', 'ci_low', 'ci_high'], ARMS_TABLE);
    for (const row of armsCsv.rows) {
      const metric = row[c.metric];
      const a = armIndex.get(row[c.arm]);
      if (!wanted.has(metric) || a === undefined) continue;
      (stats[metric] ??= grid())[a][Number(row[c.point])] = [Number(row[c.n]), round(numberCell(row[c.mean]), STAT_DIGITS), round(numberCell(row[c.ci_low]), STAT_DIGITS), round(numberCell(row[c.ci_high]), STAT_DIGITS)];
    }
  }

  const contrasts: Record<string, (Contrast | null)[][]> = {};
  const contrastsCsv = readCsv(files, CONTRASTS_TABLE);
  if (contrastsCsv !== null) {
    const c = columns(contrastsCsv, ['point', 'arm', 'reference', 'metric', 'n', 'mean_diff', 'ci_low', 'ci_high', 'p_improve', 'cost_diff_million_yuan', 'change_per_million_yuan'], CONTRASTS_TABLE);
    for (const row of contrastsCsv.rows) {
      const a = armIndex.get(row[c.arm]);
      // Only against the baseline: the table compares each arm with it.
      if (row[c.reference] !== experiment.baseline || a === undefined) continue;
      const n = (k: number) => round(numberCell(row[k]), STAT_DIGITS);
      (contrasts[row[c.metric]] ??= grid())[a][Number(row[c.point])] = [Number(row[c.n]), n(c.mean_diff), n(c.ci_low), n(c.ci_high), n(c.p_improve), n(c.cost_diff_million_yuan), n(c.change_per_million_yuan)];
    }
  }

  const series = readSeries(files, arms.map((a) => a.name), pointCount, outcomes.length);
  const places = readPlaces(files, arms.map((a, i) => ({ path: `places/${a.name}.csv`, arm: i })), arms.length, pointCount, 'mean');
  const omitted: ReportData['omitted'] = [];
  if (series.points.length < pointCount) omitted.push({ what: 'series', kept: series.points.length, total: pointCount });
  if (places !== null && places.keptPoints < pointCount) omitted.push({ what: 'places', kept: places.keptPoints, total: pointCount });

  const seeds: number[][] = Array.from({ length: pointCount }, () => []);
  for (const run of manifest.runs) seeds[run.point][run.replicate] = run.seed;
  const sweep = experiment.sweep;
  const baseMarks = interventionMarks(manifest.baseScenario.interventions ?? []);
  const metricsNamed = new Set([...outcomes, ...Object.keys(stats), ...(places?.data.metrics ?? [])]);

  return {
    format: 1,
    kind: 'experiment',
    lang,
    name: experiment.name,
    title: experiment.labels,
    status: manifest.status,
    date: manifest.finishedAt ?? manifest.startedAt,
    // The base scenario's own interventions run in every arm, before the arm's.
    arms: arms.map((a) => ({ name: a.name, labels: a.labels, interventions: [...baseMarks, ...interventionMarks(a.interventions)] })),
    baseline,
    replications: experiment.replications,
    masterSeed: experiment.seed,
    sweepKind: sweep?.kind ?? null,
    params: sweep === null ? [] : sweep.kind === 'grid' ? sweep.parameters.map((p) => ({ name: p.name, path: p.path, values: p.values })) : sweep.parameters.map((p) => ({ name: p.name, path: p.path, values: null })),
    points: manifest.points.map((p) => ({ index: p.index, values: { ...p.values } })),
    outcomes: experiment.outcomes.map((o) => ({ metric: o.metric, better: o.better })),
    labels: labelsFor(metricsNamed, manifest.baseScenario),
    stats,
    contrasts,
    series: { ticks: series.ticks, points: series.points, data: series.data },
    places: places?.data ?? null,
    sensitivity: readSensitivityData(files, manifest),
    omitted,
    provenance: experimentProvenance(manifest, seeds, shownDir),
  };
}

/** The outcome series of every arm: the first points that fit {@link SERIES_VALUE_BUDGET}. */
function readSeries(files: FolderFiles, arms: readonly string[], pointCount: number, outcomeCount: number): { ticks: ReportData['series']['ticks']; points: number[]; data: Record<string, (SeriesBand | null)[][]> } {
  const tables = arms.map((name) => ({ name, table: readCsv(files, `series/${name}.csv`) }));
  const ticks = new TickIndex();
  for (const { name, table } of tables) {
    if (table === null) continue;
    const c = columns(table, ['year', 'month', 'day'], `series/${name}.csv`);
    for (const row of table.rows) ticks.add(Number(row[c.year]), Number(row[c.month]), Number(row[c.day]));
  }
  const kept = Math.max(1, Math.min(pointCount, Math.floor(SERIES_VALUE_BUDGET / Math.max(1, arms.length * ticks.size * outcomeCount * 3))));
  const slot = ticks.slots();
  const data: Record<string, (SeriesBand | null)[][]> = {};
  tables.forEach(({ name, table }, a) => {
    if (table === null) return;
    const c = columns(table, ['point', 'day', 'metric', 'mean', 'p5', 'p95'], `series/${name}.csv`);
    for (const row of table.rows) {
      const point = Number(row[c.point]);
      if (point >= kept) continue;
      const byArm = (data[row[c.metric]] ??= arms.map(() => new Array<SeriesBand | null>(kept).fill(null)));
      const band = (byArm[a][point] ??= { mean: new Array(ticks.size).fill(null), p5: new Array(ticks.size).fill(null), p95: new Array(ticks.size).fill(null) });
      const t = slot.get(Number(row[c.day]))!;
      band.mean[t] = round(numberCell(row[c.mean]), SERIES_DIGITS);
      band.p5![t] = round(numberCell(row[c.p5]), SERIES_DIGITS);
      band.p95![t] = round(numberCell(row[c.p95]), SERIES_DIGITS);
    }
  });
  return { ticks: ticks.ticks(), points: Array.from({ length: kept }, (_, i) => i), data };
}

function experimentProvenance(m: ExperimentManifest, seeds: number[][], shownDir: string): Provenance {
  const failed = m.failures.length;
  const reproduce: Provenance['reproduce'] = [...checkoutSteps(m.gitCommit)];
  // A merged folder records the merge command; its shards' commands are not kept, and the
  // reproduce check reruns every run from the manifest alone either way.
  reproduce.push({ step: m.merged ? 'merge' : 'rerun', command: npxCommand(m.command) });
  reproduce.push({ step: 'check', command: `npx ronghe reproduce ${shellWord(shownDir)}` });
  return {
    engineVersion: m.engineVersion,
    gitCommit: m.gitCommit,
    gitDirty: m.gitDirty,
    node: m.node,
    platform: m.platform,
    command: m.command,
    experimentFile: m.experimentFile,
    scenarioFile: m.scenarioFile,
    hashes: { identity: m.identity.hash, experiment: m.identity.experimentHash, scenario: m.identity.scenarioHash },
    workers: m.workers,
    shard: m.shard === null ? null : `${m.shard.index}/${m.shard.count}`,
    merged: m.merged ? { shards: m.merged.length, gitCommits: [...new Set(m.merged.map((s) => s.gitCommit))] } : null,
    startedAt: m.startedAt,
    finishedAt: m.finishedAt,
    wallSeconds: m.wallSeconds,
    runs: { planned: m.runs.length, done: m.runs.filter((r) => r.digest !== null).length, failed },
    seeds,
    reproduce,
    experiment: m.experiment,
    scenario: m.baseScenario,
  };
}
