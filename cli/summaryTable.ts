import { GAP_METRICS, panelMetrics } from '../engine/metrics/builtins.ts';
import { metricLabel } from '../engine/metrics/labels.ts';
import type { RunResult } from '../api.ts';
import type { Lang } from '../base/lang.ts';
import { fmt, textTable } from '../base/textTable.ts';
import { words } from './words.ts';

/** Metrics shown as one total each, below the zoned ones (the catalogue's `summary` panel). */
const SINGLES = panelMetrics('summary');

/** A readable table of the run summary's headline metrics, labelled in Chinese or English. */
export function summaryTable(result: RunResult, lang: Lang): string {
  const m = result.summary.metrics;
  const label = (k: string) => metricLabel(k, lang);
  const w = words(lang);
  const rows: string[][] = [w.summaryHead];
  for (const k of GAP_METRICS) rows.push([label(k), fmt(m[k]), fmt(m[`${k}_urban`]), fmt(m[`${k}_rural`]), fmt(m[`${k}_migrant`]), fmt(m[`gap_${k}`])]);
  for (const k of SINGLES) rows.push([label(k), fmt(m[k]), '', '', '', '']);
  return w.summaryTitle(result.years, result.seed) + '\n' + textTable(rows);
}
