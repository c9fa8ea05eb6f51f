/**
 * The built-in metric names and what each one is, derived from the catalogue
 * (`catalogue.ts`), which declares every metric family once.
 */
import type { Text } from '../../base/lang.ts';
import { INTERVENTION_KINDS, KIND_NAMES } from '../interventions/registry.ts';
import { ADULT_AGE_GROUPS, CATEGORY_WORDS, DEPARTMENT_WORDS, METRIC_FAMILIES, ZONE_WORDS, type Better, type HeadlineVariant, type MetricFamily, type PanelId } from './catalogue.ts';
import { CATEGORIES, ZONES } from '../scenario.ts';

/** How a built-in metric relates to its family: the total, or one group breakdown. */
export type MetricGroup =
  | { readonly by: 'total' }
  | { readonly by: 'zone'; readonly zone: (typeof ZONES)[number] }
  | { readonly by: 'gap' }
  | { readonly by: 'ratio' }
  | { readonly by: 'category'; readonly category: (typeof CATEGORIES)[number] }
  | { readonly by: 'age'; readonly age: string }
  | { readonly by: 'kind'; readonly kind: string }
  | { readonly by: 'department'; readonly category: (typeof CATEGORIES)[number] }
  | { readonly by: 'zoneAge'; readonly zone: (typeof ZONES)[number]; readonly age: string }
  | { readonly by: 'groupGap' };

/** One built-in metric: its name, family, group, label and better direction. */
export interface BuiltinMetric {
  readonly name: string;
  readonly family: MetricFamily;
  readonly group: MetricGroup;
  readonly label: Text;
  readonly better: Better;
}

const zoned = (f: MetricFamily, zone: (typeof ZONES)[number]): BuiltinMetric => ({
  name: `${f.name}_${zone}`,
  family: f,
  group: { by: 'zone', zone },
  label: { zh: `${f.label.zh}(${ZONE_WORDS[zone].zh})`, en: `${f.label.en} (${ZONE_WORDS[zone].en})` },
  better: f.better,
});
const total = (f: MetricFamily): BuiltinMetric => ({ name: f.name, family: f, group: { by: 'total' }, label: f.label, better: f.better });
const byAge = (f: MetricFamily, stem: Text): BuiltinMetric[] =>
  ADULT_AGE_GROUPS.map(({ key, words }) => ({ name: `${f.name}_age_${key}`, family: f, group: { by: 'age', age: key }, label: { zh: `${stem.zh}(${words.zh})`, en: `${stem.en} (${words.en})` }, better: f.better }));
const byCategory = (f: MetricFamily, category: (typeof CATEGORIES)[number]): BuiltinMetric => ({
  name: `${f.name}_${category}`,
  family: f,
  group: { by: 'category', category },
  label: { zh: `${f.label.zh}(${CATEGORY_WORDS[category].zh})`, en: `${f.label.en}: ${CATEGORY_WORDS[category].en}` },
  better: f.better,
});
/** An intervention kind's name in snake case, as metric names have it (`whistleCoordination` → `whistle_coordination`). */
export const kindSuffix = (kind: string): string => kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const byKind = (f: MetricFamily): BuiltinMetric[] =>
  KIND_NAMES.map((kind) => {
    const words = INTERVENTION_KINDS[kind].name;
    return { name: `${f.name}_${kindSuffix(kind)}`, family: f, group: { by: 'kind', kind }, label: { zh: `${f.label.zh}:${words.zh}`, en: `${f.label.en}: ${words.en}` }, better: f.better };
  });
const byDepartment = (f: MetricFamily): BuiltinMetric[] =>
  CATEGORIES.map((category) => ({
    name: `${f.name}_${category}`,
    family: f,
    group: { by: 'department', category },
    label: { zh: `${f.label.zh}(${DEPARTMENT_WORDS[category].zh})`, en: `${f.label.en}: ${DEPARTMENT_WORDS[category].en}` },
    better: f.better,
  }));
const gapAndRatio = (f: MetricFamily): BuiltinMetric[] => [
  { name: `gap_${f.name}`, family: f, group: { by: 'gap' }, label: { zh: `城乡差:${f.label.zh}`, en: `Urban−rural gap: ${f.label.en}` }, better: 'zero' },
  { name: `ratio_${f.name}`, family: f, group: { by: 'ratio' }, label: { zh: `农村/城镇之比:${f.label.zh}`, en: `Rural/urban ratio: ${f.label.en}` }, better: 'one' },
];

/** A family's nine `_<zone>_<age group>` variants, zone by zone, youngest first within a zone. */
const byZoneAge = (f: MetricFamily): BuiltinMetric[] =>
  ZONES.flatMap((zone) =>
    ADULT_AGE_GROUPS.map(({ key, words }) => ({
      name: `${f.name}_${zone}_${key}`,
      family: f,
      group: { by: 'zoneAge', zone, age: key },
      label: { zh: `${f.label.zh}(${ZONE_WORDS[zone].zh},${words.zh})`, en: `${f.label.en} (${ZONE_WORDS[zone].en}, ${words.en})` },
      better: f.better,
    })),
  );
/**
 * `group_gap_X`: the best zone × age group's value minus the worst's, never negative. Better is
 * `lower`, not `zero` as for the signed urban−rural gaps: the spread cannot fall below zero, so
 * every decrease is an improvement, whereas under `zero` the report would read a large decrease
 * (an interval reaching past minus twice the baseline) as overshooting zero.
 */
const groupGap = (f: MetricFamily): BuiltinMetric => ({
  name: `group_gap_${f.name}`,
  family: f,
  group: { by: 'groupGap' },
  label: { zh: `最优与最差群体之差:${f.label.zh}`, en: `Best−worst group gap: ${f.label.en}` },
  better: 'lower',
});

/**
 * Every built-in metric, in output order, section by section: each zoned family with its zone
 * variants; then, family by family, age variants and the families without zones; then the
 * per-category variants, category by category; then each gap family's `gap_` and `ratio_`; then,
 * family by family, the zone × age variants followed by the family's `group_gap_`; then the
 * per-kind and per-department variants. (The first sections are the order the names had before
 * the catalogue existed, and later sections were appended: series columns keep their places.
 * Add a new section at the end.)
 */
const ALL: readonly BuiltinMetric[] = [
  ...METRIC_FAMILIES.filter((f) => f.zones).flatMap((f) => [total(f), ...ZONES.map((z) => zoned(f, z))]),
  ...METRIC_FAMILIES.flatMap((f) => [...(f.byAge ? byAge(f, f.byAge) : []), ...(f.zones ? [] : [total(f)])]),
  ...CATEGORIES.flatMap((c) => METRIC_FAMILIES.filter((f) => f.byCategory).map((f) => byCategory(f, c))),
  ...METRIC_FAMILIES.filter((f) => f.gap).flatMap(gapAndRatio),
  ...METRIC_FAMILIES.filter((f) => f.byZoneAge).flatMap((f) => [...byZoneAge(f), groupGap(f)]),
  ...METRIC_FAMILIES.flatMap((f) => [...(f.byKind ? byKind(f) : []), ...(f.byDepartment ? byDepartment(f) : [])]),
];

const BY_NAME: ReadonlyMap<string, BuiltinMetric> = new Map(ALL.map((m) => [m.name, m]));

/**
 * Names of the built-in outcome metrics, in output order. `_urban`, `_rural` and `_migrant`
 * variants break a metric down by zone; `gap_X` = X_urban − X_rural and `ratio_X` =
 * X_rural / X_urban. Flows count the recording period in the series and the final year in the
 * summary; stocks are read at the end of the period. See docs/metrics.md.
 */
export const BUILTIN_METRICS: readonly string[] = Object.freeze(ALL.map((m) => m.name));

/** Zoned metrics that are rates or means, for which gaps and ratios make sense. */
export const GAP_METRICS: readonly string[] = Object.freeze(METRIC_FAMILIES.filter((f) => f.gap).map((f) => f.name));

/**
 * Families broken down by zone × adult age group, each with the names of its nine group
 * variants in the order of the group index zone · 3 + (age group − 1) that the sums and counts
 * use (`residentSums.ts`, `flows.ts`).
 */
export const ZONE_AGE_FAMILIES: readonly { readonly family: string; readonly groups: readonly string[] }[] = Object.freeze(
  METRIC_FAMILIES.filter((f) => f.byZoneAge).map((f) => ({ family: f.name, groups: byZoneAge(f).map((m) => m.name) })),
);

/** The built-in metric of this name, or undefined (user metrics, unknown names). */
export function builtinMetric(name: string): BuiltinMetric | undefined {
  return BY_NAME.get(name);
}

/** The name of a family's headline variant: its total, a zone, its gap or its ratio. */
export const headlineName = (f: MetricFamily, v: HeadlineVariant): string => (v === 'total' ? f.name : v === 'gap' || v === 'ratio' ? `${v}_${f.name}` : `${f.name}_${v}`);

/** The headline outcomes experiments compare when they name none (and a run's report shows). */
export const HEADLINE_METRICS: readonly string[] = Object.freeze(METRIC_FAMILIES.flatMap((f) => (f.headline ?? []).map((v) => headlineName(f, v))));

/** What a family contributes to a panel: see {@link MetricFamily.panels}. */
function panelNames(f: MetricFamily, panel: PanelId): string[] {
  if (panel === 'zones') return [f.name, ...ZONES.map((z) => `${f.name}_${z}`), `gap_${f.name}`];
  if (panel === 'participationAge' && f.byAge) return ADULT_AGE_GROUPS.map(({ key }) => `${f.name}_age_${key}`);
  return [f.name];
}

/** The metrics a panel shows, in the order it draws them (the families' positions in it). */
export function panelMetrics(panel: PanelId): string[] {
  return METRIC_FAMILIES.filter((f) => f.panels?.[panel] !== undefined)
    .sort((a, b) => a.panels![panel]! - b.panels![panel]!)
    .flatMap((f) => panelNames(f, panel));
}
