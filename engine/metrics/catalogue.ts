/**
 * The metric catalogue: every built-in metric family declared once. A family is one entry: its
 * name, labels, unit, better direction, kind, the group breakdowns it has, the report panels that
 * show it, whether it is a headline outcome, and where its value comes from. Everything else is
 * derived from this table: the output names and their order (`builtins.ts`), labels
 * (`labels.ts`), better directions (`direction.ts`), the report's panel lists
 * (`viz/panelMetrics.ts`), the experiments' default outcomes (written into the experiment schema
 * by `npm run schema`) and the reference page
 * `docs/metrics.md` (`npm run docs:metrics`).
 *
 * The values themselves are computed in `measure.ts` from the window's flow counts (`flows.ts`)
 * and the residents' sums (`residentSums.ts`): that code is hot, so it stays as it is, and the
 * entry names its source instead. Tests check that `measure` gives every name derived from this
 * table a value and writes no other name.
 */
import type { Text } from '../../base/lang.ts';
import type { Category, Zone } from '../scenario.ts';

/**
 * Which direction of a metric counts as an improvement: `higher`, `lower`, `zero` (closer to
 * zero: urban-rural gaps), `one` (closer to one: rural/urban ratios), `none` (no value judgement,
 * e.g. counts of whistles).
 */
export type Better = 'higher' | 'lower' | 'zero' | 'one' | 'none';

/** Flows count a window (the recording period; the final year in the summary); stocks are read at its end. */
export type MetricKind = 'flow' | 'stock';

/** What one unit of the value is. */
export type MetricUnit = 'share' | 'count' | 'days' | 'index' | 'yuan' | 'yuan per person' | 'staff-days';

/**
 * Where `measure` takes the value from: the residents' sums of the recording (`residentSums.ts`),
 * the window's flow counts (`flows.ts`), the committees' columns, the run's cumulative totals,
 * the income Gini computed once at initialisation, or the queues' lengths at the window's end.
 */
export type MetricSource = 'residentSums' | 'windowCounts' | 'committees' | 'totals' | 'incomeGini' | 'queues';

/**
 * The places that list metrics, each drawing its families in their positions' order: the report's
 * `zones` panel (urban vs rural: each family's total, zone variants and gap), its participation
 * panel's charts `participationAge` (the age variants), `participationChannel` (online, offline)
 * and `reportChannel` (shares of reports by channel, stacked), its equity panel's charts `theil`
 * (the total first, then the parts it decomposes into, stacked) and `gini`, and `summary`, the
 * table `ronghe run` prints.
 */
export const PANEL_IDS = ['zones', 'participationAge', 'participationChannel', 'reportChannel', 'theil', 'gini', 'summary'] as const;
export type PanelId = (typeof PANEL_IDS)[number];


/** A variant of a family named as a headline outcome: the family's own value, a zone, or its gap or ratio. */
export type HeadlineVariant = 'total' | Zone | 'gap' | 'ratio';

/** Words for the group breakdowns, used in composed labels. */
export const ZONE_WORDS: Readonly<Record<Zone, Text>> = {
  urban: { zh: '城镇', en: 'urban' },
  rural: { zh: '农村', en: 'rural' },
  migrant: { zh: '进城务工', en: 'migrant' },
};
export const CATEGORY_WORDS: Readonly<Record<Category, Text>> = {
  employment: { zh: '就业', en: 'employment' },
  care: { zh: '养老与健康', en: 'elderly care and health' },
  environment: { zh: '环境', en: 'environment' },
  dispute: { zh: '矛盾纠纷', en: 'disputes' },
  infrastructure: { zh: '基础设施', en: 'infrastructure' },
  admin: { zh: '行政事务', en: 'administrative services' },
};
/** The county department responsible for each need category (one each). */
export const DEPARTMENT_WORDS: Readonly<Record<Category, Text>> = {
  employment: { zh: '人社局', en: 'human resources and social security' },
  care: { zh: '民政与卫健', en: 'civil affairs and health' },
  environment: { zh: '生态环境局', en: 'ecology and environment' },
  dispute: { zh: '司法局', en: 'justice' },
  infrastructure: { zh: '住建与交通', en: 'housing, construction and transport' },
  admin: { zh: '行政审批局', en: 'administrative approval' },
};
/** Adult age groups of the `_age_*` variants, youngest first (children are not counted). */
export const ADULT_AGE_GROUPS: readonly { readonly key: string; readonly words: Text }[] = [
  { key: '18_39', words: { zh: '18–39岁', en: 'aged 18–39' } },
  { key: '40_59', words: { zh: '40–59岁', en: 'aged 40–59' } },
  { key: '60plus', words: { zh: '60岁及以上', en: 'aged 60+' } },
];

/** One metric family: a metric and the group variants it has. */
export interface MetricFamily {
  /** Name of the total value; variants add a suffix (`_rural`, `_<category>`, `_age_18_39`) or a prefix (`gap_`, `ratio_`). */
  readonly name: string;
  readonly label: Text;
  readonly unit: MetricUnit;
  readonly better: Better;
  readonly kind: MetricKind;
  /** Has `_urban`, `_rural`, `_migrant` variants. */
  readonly zones?: true;
  /** Has `gap_X` = X_urban − X_rural (better: zero) and `ratio_X` = X_rural / X_urban (better: one); needs `zones`. */
  readonly gap?: true;
  /** Has a `_<category>` variant per need category. */
  readonly byCategory?: true;
  /** Has a `_<kind>` variant per intervention kind (snake case: `cost_whistle_coordination`). */
  readonly byKind?: true;
  /** Has a `_<category>` variant per county department (one per need category), labelled with the department. */
  readonly byDepartment?: true;
  /** Has `_age_<group>` variants, labelled with this stem and the age group. */
  readonly byAge?: Text;
  /**
   * Has a `_<zone>_<age group>` variant for each zone and adult age group
   * (`unmet_share_rural_60plus`), over adults only, and `group_gap_X`, the spread between the
   * best-off and the worst-off of these nine groups (see `builtins.ts`).
   */
  readonly byZoneAge?: true;
  /**
   * Panels and charts that show the family, with its position in each (the order they draw in).
   * The zones panel shows the total, zone variants and gap; `participationAge` the age variants;
   * the others the total.
   */
  readonly panels?: Readonly<Partial<Record<PanelId, number>>>;
  /** Variants in the headline set experiments compare by default, in this order. */
  readonly headline?: readonly HeadlineVariant[];
  readonly from: MetricSource;
  /** What the value is, in one sentence (docs/metrics.md; docs/ODD.md §7.16 has the formulas). */
  readonly definition: string;
}

/**
 * Every built-in metric family. Output order (series columns, summary keys) is derived from this
 * order, section by section (see `builtins.ts`): add a new family at the end of its section
 * (zoned families first, then the others) so that existing columns keep their places.
 */
export const METRIC_FAMILIES: readonly MetricFamily[] = [
  // Zoned families: each is followed in the output by its _urban, _rural, _migrant variants.
  {
    name: 'participation', label: { zh: '参与率', en: 'Participation rate' },
    unit: 'share', better: 'higher', kind: 'stock', zones: true, gap: true, byZoneAge: true, byAge: { zh: '参与率', en: 'Participation' }, panels: { zones: 0, participationAge: 0 }, headline: ['total', 'rural', 'gap'],
    from: 'residentSums', definition: 'Share of adults taking part this month (participation state not 0). Also by zone × age group (adults only), with the spread between the best- and worst-off of those groups.',
  },
  {
    name: 'online_access', label: { zh: '可上网办事比例', en: 'Online access' },
    unit: 'share', better: 'higher', kind: 'stock', zones: true, gap: true, byZoneAge: true, panels: { zones: 1 },
    from: 'residentSums', definition: 'Share of adults able to use online channels (device, coverage, skill), as of the last refresh. Also by zone × age group (adults only), with the spread between the best- and worst-off of those groups.',
  },
  {
    name: 'needs_arisen', label: { zh: '新增诉求', en: 'Needs arisen' },
    unit: 'count', better: 'lower', kind: 'flow', zones: true, byCategory: true, panels: { summary: 0 },
    from: 'windowCounts', definition: 'Needs that arose in the window.',
  },
  {
    name: 'needs_reported', label: { zh: '上报诉求', en: 'Needs reported' },
    unit: 'count', better: 'none', kind: 'flow', zones: true, byCategory: true,
    from: 'windowCounts', definition: 'Reports in the window, all channels including petitions.',
  },
  {
    name: 'needs_resolved', label: { zh: '办结诉求', en: 'Needs resolved' },
    unit: 'count', better: 'higher', kind: 'flow', zones: true,
    from: 'windowCounts', definition: 'Cases closed after being known to the system (met or not).',
  },
  {
    name: 'report_rate', label: { zh: '上报率', en: 'Report rate' },
    unit: 'share', better: 'higher', kind: 'flow', zones: true, gap: true, panels: { zones: 2 }, headline: ['total'],
    from: 'windowCounts', definition: 'Reported / (reported + lapsed).',
  },
  {
    name: 'unmet_share', label: { zh: '未满足诉求比例', en: 'Unmet-need share' },
    unit: 'share', better: 'lower', kind: 'flow', zones: true, gap: true, byZoneAge: true, panels: { zones: 3 }, headline: ['total'],
    from: 'windowCounts', definition: '(Ended − met) / ended; ended = resolved + lapsed; open cases are not counted. Also by zone × age group (adults only: age group on the day the need ended), with the spread between the best- and worst-off of those groups.',
  },
  {
    name: 'resolution_days_mean', label: { zh: '平均办结天数', en: 'Mean days to resolution' },
    unit: 'days', better: 'lower', kind: 'flow', zones: true, gap: true, byZoneAge: true, panels: { zones: 4 }, headline: ['total'],
    from: 'windowCounts', definition: 'Mean days from need to closing, over resolved cases (met or not). Also by zone × age group (adults only: age group on the day the case closed), with the spread between the best- and worst-off of those groups.',
  },
  {
    name: 'satisfaction', label: { zh: '满意度', en: 'Satisfaction' },
    unit: 'index', better: 'higher', kind: 'stock', zones: true, gap: true, byZoneAge: true, panels: { zones: 5 }, headline: ['total'],
    from: 'residentSums', definition: 'Mean satisfaction with local government services over adults. Also by zone × age group (adults only), with the spread between the best- and worst-off of those groups.',
  },
  {
    name: 'trust', label: { zh: '信任度', en: 'Trust' },
    unit: 'index', better: 'higher', kind: 'stock', zones: true, gap: true, panels: { zones: 6 }, headline: ['total'],
    from: 'residentSums', definition: 'Mean trust in local government over adults.',
  },
  {
    name: 'efficacy', label: { zh: '政治效能感', en: 'Political efficacy' },
    unit: 'index', better: 'higher', kind: 'stock', zones: true, gap: true, panels: { zones: 7 },
    from: 'residentSums', definition: 'Mean political efficacy over adults.',
  },
  {
    name: 'escalations', label: { zh: '信访升级', en: 'Dispute escalations' },
    unit: 'count', better: 'lower', kind: 'flow', zones: true, panels: { summary: 3 },
    from: 'windowCounts', definition: 'Disputes escalated in the window.',
  },
  // Families without zone variants.
  {
    name: 'participation_online', label: { zh: '线上参与率', en: 'Participation online' },
    unit: 'share', better: 'higher', kind: 'stock', panels: { participationChannel: 1 },
    from: 'residentSums', definition: 'Adults taking part online / all adults.',
  },
  {
    name: 'participation_offline', label: { zh: '线下参与率', en: 'Participation offline' },
    unit: 'share', better: 'higher', kind: 'stock', panels: { participationChannel: 0 },
    from: 'residentSums', definition: 'Adults taking part offline / all adults.',
  },
  {
    name: 'needs_lapsed', label: { zh: '失效诉求', en: 'Needs lapsed' },
    unit: 'count', better: 'lower', kind: 'flow',
    from: 'windowCounts', definition: 'Unreported needs given up.',
  },
  {
    name: 'resolution_days_median', label: { zh: '办结天数中位数', en: 'Median days to resolution' },
    unit: 'days', better: 'lower', kind: 'flow', panels: { summary: 1 },
    from: 'windowCounts', definition: 'Median of the resolved cases\' durations (type-7 quantile).',
  },
  {
    name: 'resolution_days_p90', label: { zh: '办结天数第90百分位', en: '90th percentile days to resolution' },
    unit: 'days', better: 'lower', kind: 'flow', panels: { summary: 2 },
    from: 'windowCounts', definition: '90th percentile of the resolved cases\' durations (type-7 quantile).',
  },
  {
    name: 'reports_in_person', label: { zh: '当面上报占比', en: 'Share reported in person' },
    unit: 'share', better: 'none', kind: 'flow', panels: { reportChannel: 0 },
    from: 'windowCounts', definition: 'Share of reports made in person.',
  },
  {
    name: 'reports_online', label: { zh: '线上上报占比', en: 'Share reported online' },
    unit: 'share', better: 'none', kind: 'flow', panels: { reportChannel: 1 },
    from: 'windowCounts', definition: 'Share of reports made online.',
  },
  {
    name: 'reports_grid_visit', label: { zh: '网格员走访发现占比', en: 'Share found on grid visits' },
    unit: 'share', better: 'none', kind: 'flow', panels: { reportChannel: 2 },
    from: 'windowCounts', definition: 'Share of reports found by grid workers on visits.',
  },
  {
    name: 'reports_partner', label: { zh: '经合伙人上报占比', en: 'Share reported via partners' },
    unit: 'share', better: 'none', kind: 'flow', panels: { reportChannel: 3 },
    from: 'windowCounts', definition: 'Share of reports made through partners.',
  },
  {
    name: 'reports_petition', label: { zh: '信访占比', en: 'Share through petitions' },
    unit: 'share', better: 'lower', kind: 'flow', panels: { reportChannel: 4 },
    from: 'windowCounts', definition: 'Share of reports made as petitions.',
  },
  {
    name: 'misroute_share', label: { zh: '错派比例', en: 'Misrouted share' },
    unit: 'share', better: 'lower', kind: 'flow', panels: { summary: 4 },
    from: 'windowCounts', definition: 'Misrouted / routed, over every routing decision (re-routes included).',
  },
  {
    name: 'whistles', label: { zh: '吹哨次数', en: 'Whistles' },
    unit: 'count', better: 'none', kind: 'flow',
    from: 'windowCounts', definition: 'Whistled routings.',
  },
  {
    name: 'mediations', label: { zh: '调解次数', en: 'Mediations' },
    unit: 'count', better: 'higher', kind: 'flow',
    from: 'windowCounts', definition: 'Mediation attempts.',
  },
  {
    name: 'mediation_success', label: { zh: '调解成功率', en: 'Mediation success rate' },
    unit: 'share', better: 'higher', kind: 'flow',
    from: 'windowCounts', definition: 'Mediations that settled the dispute / mediations.',
  },
  {
    name: 'theil_service', label: { zh: '服务结果泰尔指数', en: 'Theil index of service outcomes' },
    unit: 'index', better: 'lower', kind: 'flow', panels: { theil: 0, summary: 5 }, headline: ['total'],
    from: 'residentSums', definition: 'Theil T index of service outcomes (needs met / ended) of residents with a need ended in the window.',
  },
  {
    name: 'theil_service_between', label: { zh: '泰尔指数:城乡之间', en: 'Theil: between urban and rural' },
    unit: 'index', better: 'lower', kind: 'flow', panels: { theil: 1 },
    from: 'residentSums', definition: 'Between-zone part of theil_service.',
  },
  {
    name: 'theil_service_within', label: { zh: '泰尔指数:城乡内部', en: 'Theil: within urban and rural' },
    unit: 'index', better: 'lower', kind: 'flow', panels: { theil: 2 },
    from: 'residentSums', definition: 'Within-zone part of theil_service.',
  },
  {
    name: 'gini_service', label: { zh: '服务结果基尼系数', en: 'Gini of service outcomes' },
    unit: 'index', better: 'lower', kind: 'flow', panels: { gini: 0, summary: 6 },
    from: 'residentSums', definition: 'Gini coefficient of the same service outcomes.',
  },
  {
    name: 'gini_income', label: { zh: '收入基尼系数', en: 'Income Gini' },
    unit: 'index', better: 'lower', kind: 'stock', panels: { gini: 1, summary: 7 },
    from: 'incomeGini', definition: 'Gini coefficient of all residents\' incomes at initialisation (income is static).',
  },
  {
    name: 'collective_income', label: { zh: '村集体收入', en: 'Collective income' },
    unit: 'yuan', better: 'higher', kind: 'stock', panels: { summary: 8 },
    from: 'committees', definition: 'Sum over villages of last year\'s collective income.',
  },
  {
    name: 'collective_income_per_capita', label: { zh: '人均村集体收入', en: 'Collective income per capita' },
    unit: 'yuan per person', better: 'higher', kind: 'stock',
    from: 'committees', definition: 'collective_income / village residents.',
  },
  {
    name: 'collective_assets', label: { zh: '村集体资产', en: 'Collective assets' },
    unit: 'yuan', better: 'higher', kind: 'stock',
    from: 'committees', definition: 'Sum over villages of collective assets (updated yearly).',
  },
  {
    name: 'cost', label: { zh: '项目成本', en: 'Programme cost' },
    unit: 'yuan', better: 'lower', kind: 'flow', byKind: true, panels: { summary: 9 }, headline: ['total'],
    from: 'windowCounts', definition: 'Yuan spent on interventions in the window: computed from what they use (staff-days x daily cost, units x price) unless an intervention states its cost; `_<kind>` variants per intervention kind.',
  },
  {
    name: 'cost_total', label: { zh: '累计项目成本', en: 'Programme cost to date' },
    unit: 'yuan', better: 'lower', kind: 'stock',
    from: 'totals', definition: 'Yuan spent on interventions since the start of the run.',
  },
  // Resources (appended: earlier names keep their places).
  {
    name: 'staff_days', label: { zh: '干预投入人日', en: 'Staff-days used by interventions' },
    unit: 'staff-days', better: 'lower', kind: 'flow', byKind: true,
    from: 'windowCounts', definition: 'Staff-days of paid staff (departments, townships, committees, grid workers, mediators) interventions used in the window; `_<kind>` variants per intervention kind.',
  },
  {
    name: 'capacity_use_committee', label: { zh: '村(居)委会能力使用率', en: 'Committee capacity used' },
    unit: 'share', better: 'none', kind: 'flow',
    from: 'windowCounts', definition: 'Cases committees took up / their capacity (staff, platform staff, contracted organisations, volunteers and partners) in the window; mediation apart.',
  },
  {
    name: 'capacity_use_township', label: { zh: '乡镇流转能力使用率', en: 'Township routing capacity used' },
    unit: 'share', better: 'none', kind: 'flow',
    from: 'windowCounts', definition: 'Cases routed by township desks / their routing capacity in the window.',
  },
  {
    name: 'capacity_use_department', label: { zh: '部门能力使用率', en: 'Department capacity used' },
    unit: 'share', better: 'none', kind: 'flow', byDepartment: true,
    from: 'windowCounts', definition: '(Cases handled + staff-days summoned by whistles x cases per staff-day) / capacity, over departments in the window; `_<category>` variants per department.',
  },
  {
    name: 'queue_committee', label: { zh: '村(居)委会待办案件', en: 'Cases waiting at committees' },
    unit: 'count', better: 'lower', kind: 'stock',
    from: 'queues', definition: 'Cases waiting for mediators, committees or their platform staff at the end of the window.',
  },
  {
    name: 'queue_township', label: { zh: '乡镇待流转案件', en: 'Cases waiting at township desks' },
    unit: 'count', better: 'lower', kind: 'stock',
    from: 'queues', definition: 'Cases waiting at townships\' routing desks (walk-in and platform queues) at the end of the window.',
  },
  {
    name: 'queue_department', label: { zh: '部门待办案件', en: 'Cases waiting at departments' },
    unit: 'count', better: 'lower', kind: 'stock', byDepartment: true,
    from: 'queues', definition: 'Cases queued at departments (whistled and others; not those in transit or coordinating) at the end of the window; `_<category>` variants per department.',
  },
  {
    name: 'closed_unsolved', label: { zh: '未解决即办结', en: 'Closed without being solved' },
    unit: 'count', better: 'lower', kind: 'flow',
    from: 'windowCounts', definition: 'Cases committees and departments closed as satisfactory without solving them (assessment by closure rate: evaluation.falseClosureShare · speedWeight); they count as resolved, their needs as unmet.',
  },
  {
    name: 'closed_unsolved_share', label: { zh: '未解决即办结比例', en: 'Share closed without being solved' },
    unit: 'share', better: 'lower', kind: 'flow',
    from: 'windowCounts', definition: 'closed_unsolved / needs_resolved: the share of closures that left the need unsolved.',
  },
];
