/**
 * Which metrics the report's panels draw, beyond the outcomes of interest: the embedded data
 * holds these and nothing else. The lists come from the metric catalogue
 * (engine/metrics/catalogue.ts), where each family names the panels that show it.
 */
import { HEADLINE_METRICS, panelMetrics } from '../engine/metrics/builtins.ts';

/** Urban vs rural: each gap metric's zone variants and its gap. */
export const ZONE_METRICS: readonly string[] = panelMetrics('zones');

/** Participation by age group and by channel, and reports by channel (stacked in this order). */
export const PARTICIPATION_METRICS: readonly string[] = [...panelMetrics('participationAge'), ...panelMetrics('participationChannel'), ...panelMetrics('reportChannel')];

/** Equity: the Theil index and its urban-rural decomposition, and Gini coefficients. */
export const EQUITY_METRICS: readonly string[] = [...panelMetrics('theil'), ...panelMetrics('gini')];

/** The outcomes a single run's report shows: the headline set experiments use by default. */
export const RUN_OUTCOMES: readonly string[] = HEADLINE_METRICS;

/** Every metric a panel reads from the final-year statistics, given the outcomes of interest. */
export function statMetrics(outcomes: readonly string[]): string[] {
  return [...new Set([...outcomes, ...ZONE_METRICS, ...PARTICIPATION_METRICS, ...EQUITY_METRICS])];
}
