import { PLACE_METRICS } from '../engine/metrics/places.ts';
import type { RunResult } from '../engine/simulation.ts';

/**
 * Text of a run's result files. Pure functions of the result: the same run gives the same bytes.
 * Numbers are written with 12 significant digits; missing values (NaN) as `NA` in CSV (read as
 * missing by R and pandas) and `null` in JSON.
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NA' : v > 0 ? 'Inf' : '-Inf';
  return String(Number(v.toPrecision(12)));
}

/** Tidy series: one row per (recorded day, metric). */
export function seriesCsv(result: RunResult): string {
  const lines = ['year,month,day,metric,value'];
  for (const point of result.series)
    for (const name of result.metricNames) lines.push(`${point.year},${point.month},${point.day},${name},${formatNumber(point.values[name])}`);
  return lines.join('\n') + '\n';
}

/** Per-place outcomes: one row per recorded day, place and place metric (for maps of the county). */
export function placesCsv(result: RunResult): string {
  const { township, urban, residents, ticks } = result.places;
  const k = PLACE_METRICS.length;
  const lines = ['year,month,day,place,township,urban,residents,metric,value'];
  result.series.forEach((point, t) => {
    for (let p = 0; p < township.length; p++)
      for (let m = 0; m < k; m++) lines.push(`${point.year},${point.month},${point.day},${p},${township[p]},${urban[p]},${residents[p]},${PLACE_METRICS[m]},${formatNumber(ticks[t][p * k + m])}`);
  });
  return lines.join('\n') + '\n';
}

/** The summary over the final year, with totals over the whole run. */
export function summaryJson(result: RunResult, scenario: string): string {
  const metrics: Record<string, number | null> = {};
  for (const name of result.metricNames) metrics[name] = jsonNumber(result.summary.metrics[name]);
  const body = {
    scenario,
    seed: result.seed,
    years: result.years,
    window: result.summary.window,
    totals: result.summary.totals,
    metrics,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

function jsonNumber(v: number): number | null {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : null;
}
