import { CATEGORIES } from '../scenario.ts';

/**
 * Names of the built-in outcome metrics, in output order. `_urban`, `_rural` and `_migrant`
 * variants break a metric down by zone; `gap_X` = X_urban − X_rural and `ratio_X` =
 * X_rural / X_urban. Flows (needs, reports, escalations, cost, ...) count the recording period
 * in the series and the final year in the summary; stocks (participation, attitudes, access)
 * are read at the end of the period. See docs/ODD.md for definitions.
 */
const ZONED = ['participation', 'online_access', 'needs_arisen', 'needs_reported', 'needs_resolved', 'report_rate', 'unmet_share', 'resolution_days_mean', 'satisfaction', 'trust', 'efficacy', 'escalations'] as const;
/** Zoned metrics that are rates or means, for which gaps and ratios make sense. */
export const GAP_METRICS = ['participation', 'online_access', 'report_rate', 'unmet_share', 'resolution_days_mean', 'satisfaction', 'trust', 'efficacy'] as const;

/** Needs arisen and reported per need category, e.g. `needs_arisen_environment` (complaint volumes by topic). */
const BY_CATEGORY = CATEGORIES.flatMap((c) => [`needs_arisen_${c}`, `needs_reported_${c}`]);

const OTHER = [
  'participation_age_18_39',
  'participation_age_40_59',
  'participation_age_60plus',
  'participation_online',
  'participation_offline',
  'needs_lapsed',
  'resolution_days_median',
  'resolution_days_p90',
  'reports_in_person',
  'reports_online',
  'reports_grid_visit',
  'reports_partner',
  'reports_petition',
  'misroute_share',
  'whistles',
  'mediations',
  'mediation_success',
  'theil_service',
  'theil_service_between',
  'theil_service_within',
  'gini_service',
  'gini_income',
  'collective_income',
  'collective_income_per_capita',
  'collective_assets',
  'cost',
  'cost_total',
] as const;

export const BUILTIN_METRICS: readonly string[] = Object.freeze([
  ...ZONED.flatMap((m) => [m, `${m}_urban`, `${m}_rural`, `${m}_migrant`]),
  ...OTHER,
  ...BY_CATEGORY,
  ...GAP_METRICS.flatMap((m) => [`gap_${m}`, `ratio_${m}`]),
]);

/** Bilingual labels for the headline metrics (the report uses them; others show their name). */
export const METRIC_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  participation: { zh: '参与率', en: 'Participation rate' },
  online_access: { zh: '可上网办事比例', en: 'Online access' },
  needs_arisen: { zh: '新增诉求', en: 'Needs arisen' },
  needs_reported: { zh: '上报诉求', en: 'Needs reported' },
  needs_resolved: { zh: '办结诉求', en: 'Needs resolved' },
  report_rate: { zh: '上报率', en: 'Report rate' },
  unmet_share: { zh: '未满足诉求比例', en: 'Unmet-need share' },
  resolution_days_mean: { zh: '平均办结天数', en: 'Mean days to resolution' },
  resolution_days_median: { zh: '办结天数中位数', en: 'Median days to resolution' },
  resolution_days_p90: { zh: '办结天数第90百分位', en: '90th percentile days to resolution' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
  trust: { zh: '信任度', en: 'Trust' },
  efficacy: { zh: '政治效能感', en: 'Political efficacy' },
  escalations: { zh: '信访升级', en: 'Dispute escalations' },
  mediation_success: { zh: '调解成功率', en: 'Mediation success rate' },
  misroute_share: { zh: '错派比例', en: 'Misrouted share' },
  theil_service: { zh: '服务结果泰尔指数', en: 'Theil index of service outcomes' },
  gini_service: { zh: '服务结果基尼系数', en: 'Gini of service outcomes' },
  gini_income: { zh: '收入基尼系数', en: 'Income Gini' },
  collective_income: { zh: '村集体收入', en: 'Collective income' },
  cost: { zh: '项目成本', en: 'Programme cost' },
};
