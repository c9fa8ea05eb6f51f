/**
 * One run's result file, `runs/<arm>/p<point>-r<replicate>.json`: the final-year summary of every
 * metric, the run's totals and its full recorded series. The text is a pure function of the run
 * (numbers at 12 significant digits, NaN as null), so its SHA-256 digest identifies the result and
 * `ronghe reproduce` can compare reruns by digest.
 */
import { createHash } from 'node:crypto';
import { PLACE_METRICS } from '../engine/metrics/places.ts';
import type { RunResult } from '../engine/simulation.ts';
import type { PlannedRun } from '../experiments/design/plan.ts';

/** The parsed content of a run file. Missing values (NaN in the engine) are `null`. */
export interface RunFile {
  run: string;
  arm: string;
  point: number;
  replicate: number;
  seed: number;
  /** Content hash of the composed scenario the run used. */
  scenarioHash: string;
  years: number;
  totals: { needs: number; escalations: number; cost: number; staffDays: number };
  summary: Record<string, number | null>;
  series: {
    year: number[];
    month: number[];
    day: number[];
    /** One array per metric, aligned with `day`. */
    values: Record<string, (number | null)[]>;
  };
  /** Per-place outcomes at the same ticks: per place metric, one array of places per tick (6 significant digits). */
  places: {
    township: number[];
    urban: number[];
    residents: number[];
    values: Record<string, (number | null)[][]>;
  };
}

/** The text of a run's file. */
export function runFileText(run: PlannedRun, scenarioHash: string, result: RunResult): string {
  const summary: Record<string, number | null> = {};
  const values: Record<string, (number | null)[]> = {};
  for (const name of result.metricNames) {
    summary[name] = rounded(result.summary.metrics[name]);
    values[name] = result.series.map((p) => rounded(p.values[name]));
  }
  const file: RunFile = {
    run: run.id,
    arm: run.arm,
    point: run.point,
    replicate: run.replicate,
    seed: run.seed,
    scenarioHash,
    years: result.years,
    totals: { needs: result.summary.totals.needs, escalations: result.summary.totals.escalations, cost: rounded(result.summary.totals.cost) ?? 0, staffDays: rounded(result.summary.totals.staffDays) ?? 0 },
    summary,
    series: { year: result.series.map((p) => p.year), month: result.series.map((p) => p.month), day: result.series.map((p) => p.day), values },
    places: placesOf(result),
  };
  return JSON.stringify(file) + '\n';
}

/** SHA-256 (hex) of a run file's text. */
export function digestOf(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function placesOf(result: RunResult): RunFile['places'] {
  const { township, urban, residents, ticks } = result.places;
  const k = PLACE_METRICS.length;
  const values: Record<string, (number | null)[][]> = {};
  PLACE_METRICS.forEach((metric, m) => {
    values[metric] = ticks.map((tick) => Array.from(township, (_, p) => rounded(tick[p * k + m], 6)));
  });
  return { township: Array.from(township), urban: Array.from(urban), residents: Array.from(residents), values };
}

function rounded(v: number, digits = 12): number | null {
  return Number.isFinite(v) ? Number(v.toPrecision(digits)) : null;
}
