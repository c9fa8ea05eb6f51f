/**
 * Which metrics the report's panels draw, beyond the outcomes of interest: the embedded data
 * holds these and nothing else.
 */
import { GAP_METRICS } from '../engine/metrics/builtins.ts';
import experimentSchema from '../experiments/experiment.schema.json' with { type: 'json' };

/** Urban vs rural: each gap metric's zone variants and its gap. */
export const ZONE_METRICS: readonly string[] = GAP_METRICS.flatMap((m) => [m, `${m}_urban`, `${m}_rural`, `${m}_migrant`, `gap_${m}`]);

/** Participation by age group, youngest first. */
export const AGE_METRICS = ['participation_age_18_39', 'participation_age_40_59', 'participation_age_60plus'] as const;

/** Participation by channel. */
export const PARTICIPATION_CHANNELS = ['participation_offline', 'participation_online'] as const;

/** Reports by channel (counts over the final year), stacked in this order. */
export const REPORT_CHANNELS = ['reports_in_person', 'reports_online', 'reports_grid_visit', 'reports_partner', 'reports_petition'] as const;

/** Equity: the Theil index and its urban-rural decomposition, and Gini coefficients. */
export const EQUITY_METRICS = ['theil_service', 'theil_service_between', 'theil_service_within', 'gini_service', 'gini_income'] as const;

/** The outcomes a single run's report shows: the headline set experiments use by default (the schema's). */
export const RUN_OUTCOMES: readonly string[] = experimentSchema.properties.outcomes.default;

/** Every metric a panel reads from the final-year statistics, given the outcomes of interest. */
export function statMetrics(outcomes: readonly string[]): string[] {
  return [...new Set([...outcomes, ...ZONE_METRICS, ...AGE_METRICS, ...PARTICIPATION_CHANNELS, ...REPORT_CHANNELS, ...EQUITY_METRICS])];
}
