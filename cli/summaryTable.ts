import { GAP_METRICS, panelMetrics } from '../engine/metrics/builtins.ts';
import { metricLabel } from '../engine/metrics/labels.ts';
import type { RunResult } from '../api.ts';
import type { Lang } from '../base/lang.ts';
import { fmt, textTable } from '../base/textTable.ts';

const HEAD: Record<Lang, string[]> = {
  zh: ['指标', '全体', '城镇', '农村', '进城务工', '城乡差'],
  en: ['Metric', 'All', 'Urban', 'Rural', 'Migrant', 'Gap U−R'],
};
/** Metrics shown as one total each, below the zoned ones (the catalogue's `summary` panel). */
const SINGLES = panelMetrics('summary');
const TITLE: Record<Lang, (years: number, seed: number) => string> = {
  zh: (y, s) => `最后一年结果(共 ${y} 年,种子 ${s})`,
  en: (y, s) => `Final-year results (${y} years, seed ${s})`,
};

/** A readable table of the run summary's headline metrics, labelled in Chinese or English. */
export function summaryTable(result: RunResult, lang: Lang): string {
  const m = result.summary.metrics;
  const label = (k: string) => metricLabel(k, lang);
  const rows: string[][] = [HEAD[lang]];
  for (const k of GAP_METRICS) rows.push([label(k), fmt(m[k]), fmt(m[`${k}_urban`]), fmt(m[`${k}_rural`]), fmt(m[`${k}_migrant`]), fmt(m[`gap_${k}`])]);
  for (const k of SINGLES) rows.push([label(k), fmt(m[k]), '', '', '', '']);
  return TITLE[lang](result.years, result.seed) + '\n' + textTable(rows);
}
