/**
 * The report data of a single run's folder (`ronghe run`): the run is the page's only "arm",
 * with final-year values from `summary.json` (no intervals: one run has none), the outcome
 * series of `series.csv`, per-place values of `places.csv` and the manifest's provenance.
 */
import { betterDirection } from '../engine/metrics/direction.ts';
import { errors, type InputError } from '../base/errors.ts';
import { checkoutSteps, interventionMarks, labelsFor, npxCommand } from './common.ts';
import { columns, numberCell, readCsv } from './csv.ts';
import type { FolderFiles } from '../output/folderFiles.ts';
import type { RunManifest } from '../output/runFolder.ts';
import { RUN_OUTCOMES, statMetrics } from './panelMetrics.ts';
import { readPlaces } from './places.ts';
import { round, SERIES_DIGITS, STAT_DIGITS, type Lang, type ReportData, type SeriesBand, type Stat } from './reportData.ts';
import { TickIndex } from './ticks.ts';
import { PLACES_FILE, SERIES_FILE, SUMMARY_FILE } from '../output/names.ts';

/** Reads a run folder into report data. */
export function runData(files: FolderFiles, manifest: RunManifest, lang: Lang): ReportData {
  const scenario = manifest.scenario;
  const summary = readSummary(files);
  const outcomes = RUN_OUTCOMES.filter((m) => m in summary.metrics);
  const stats: Record<string, (Stat | null)[][]> = {};
  for (const metric of statMetrics(outcomes)) {
    if (metric in summary.metrics) stats[metric] = [[[1, round(summary.metrics[metric], STAT_DIGITS), null, null]]];
  }

  const ticks = new TickIndex();
  const data: Record<string, (SeriesBand | null)[][]> = {};
  const table = readCsv(files, SERIES_FILE);
  if (table !== null) {
    const c = columns(table, ['year', 'month', 'day', 'metric', 'value'], SERIES_FILE);
    for (const row of table.rows) ticks.add(Number(row[c.year]), Number(row[c.month]), Number(row[c.day]));
    const slot = ticks.slots();
    const wanted = new Set<string>(outcomes);
    for (const row of table.rows) {
      const metric = row[c.metric];
      if (!wanted.has(metric)) continue;
      const band = (data[metric] ??= [[{ mean: new Array(ticks.size).fill(null), p5: null, p95: null }]])[0][0]!;
      band.mean[slot.get(Number(row[c.day]))!] = round(numberCell(row[c.value]), SERIES_DIGITS);
    }
  }
  const places = readPlaces(files, [{ path: PLACES_FILE, arm: 0 }], 1, 1, 'value');

  return {
    format: 1,
    kind: 'run',
    lang,
    name: scenario.name,
    title: scenario.labels,
    status: 'complete',
    date: manifest.finishedAt,
    arms: [{ name: scenario.name, labels: scenario.labels, interventions: interventionMarks(scenario.interventions ?? []) }],
    baseline: null,
    replications: 1,
    masterSeed: null,
    sweepKind: null,
    params: [],
    points: [{ index: 0, values: {} }],
    outcomes: outcomes.map((metric) => ({ metric, better: betterDirection(metric) })),
    labels: labelsFor(new Set([...outcomes, ...Object.keys(stats), ...(places?.data.metrics ?? [])]), scenario),
    stats,
    contrasts: {},
    series: { ticks: ticks.ticks(), points: [0], data },
    places: places?.data ?? null,
    sensitivity: null,
    omitted: [],
    provenance: {
      engineVersion: manifest.engineVersion,
      gitCommit: manifest.gitCommit,
      gitDirty: manifest.gitDirty,
      node: manifest.node,
      platform: manifest.platform,
      command: manifest.command,
      experimentFile: null,
      scenarioFile: manifest.scenarioFile,
      hashes: { scenario: manifest.scenarioHash },
      workers: null,
      shard: null,
      merged: null,
      startedAt: manifest.startedAt,
      finishedAt: manifest.finishedAt,
      wallSeconds: manifest.wallSeconds,
      runs: { planned: 1, done: 1, failed: 0 },
      seeds: [[manifest.seed]],
      reproduce: [...checkoutSteps(manifest.gitCommit), { step: 'rerun', command: npxCommand(manifest.command) }],
      experiment: null,
      scenario,
    },
  };
}

/** `summary.json`: an {@link InputError} naming it when it is missing or damaged (a run cut short). */
function readSummary(files: FolderFiles): { metrics: Record<string, number | null> } {
  const text = files.read(SUMMARY_FILE);
  const issue = (found: string) => errors.badRunSummary(files.dir, found);
  if (text === null) throw issue('no summary.json');
  let summary: { metrics?: unknown };
  try {
    summary = JSON.parse(text) as { metrics?: unknown };
  } catch (error) {
    throw issue(`summary.json is not JSON (${(error as Error).message})`);
  }
  if (typeof summary?.metrics !== 'object' || summary.metrics === null) throw issue('summary.json without metrics');
  return summary as { metrics: Record<string, number | null> };
}
