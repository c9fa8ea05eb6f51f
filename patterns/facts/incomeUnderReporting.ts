import { DAYS_PER_YEAR } from '../../engine/core/calendar.ts';
import { createSimulation } from '../../engine/simulation.ts';
import { atLeastInEverySeed } from '../checks.ts';
import { forEachCaseOn } from '../observe/caseDays.ts';
import { incomeGroups } from '../observe/incomeGroups.ts';
import { runObserved } from '../observe/run.ts';
import type { Pattern } from '../pattern.ts';
import { variant } from '../variant.ts';

const QUINTILES = 5;
const YEARS = 2;

/** Needs arisen and reported per income group over a window of days. */
class GroupCounts {
  readonly people = new Float64Array(QUINTILES);
  readonly arisen = new Float64Array(QUINTILES);
  readonly reported = new Float64Array(QUINTILES);
  constructor(readonly group: Uint8Array) {
    for (const g of group) this.people[g]++;
  }
  /** Bottom / top quintile: unreported share of needs, and needs per resident. */
  ratios(): { unreported: number[]; needs: number[]; unreportedRatio: number; needRatio: number } {
    const unreported = Array.from(this.arisen, (a, q) => 1 - this.reported[q] / a);
    const needs = Array.from(this.arisen, (a, q) => a / this.people[q]);
    return { unreported, needs, unreportedRatio: unreported[0] / unreported[QUINTILES - 1], needRatio: needs[0] / needs[QUINTILES - 1] };
  }
}

/**
 * Under-reporting relative to need is larger among low-income residents (004: the digital divide
 * and weak participation capacity of low-income groups, 參與能力不足). Residents are grouped into
 * county income quintiles; in the second year (the first is a burn-in) the pattern counts, per
 * quintile, needs that arose and needs reported (every channel, petitions included). Both
 * counts cover the same days, so reports per need is the reported share of needs up to the few
 * weeks a report may lag its need, the same for every quintile. The same counts by quintiles
 * ranked within each zone separate income itself from where low-income residents live (mostly
 * villages: farther from the committee, less often online).
 */
export const incomeUnderReporting: Pattern = {
  id: 'income-under-reporting',
  title: { zh: '低收入居民相对需求的少报更多', en: 'Under-reporting relative to need is larger among low-income residents' },
  source: '004_32c1ffca1322b8d2.txt (low-income groups: digital divide, weak participation capacity 參與能力不足); docs/ODD.md §1 patterns',
  measures: {
    zh: '按县内收入五等分组,第二年新增诉求中未被上报的比例(1 − 上报数/新增数)及人均诉求;另按各居住类型内部的收入五等分组',
    en: 'By county income quintile, in year 2: the share of needs not reported (1 − reports / needs arisen) and needs per resident; also by income quintile within each zone',
  },
  cost: YEARS,
  measure(scenario, seed) {
    const sim = createSimulation(variant(scenario, { years: YEARS }), { seed });
    const state = sim.state;
    const county = new GroupCounts(incomeGroups(state.residents, QUINTILES));
    const zoned = new GroupCounts(incomeGroups(state.residents, QUINTILES, true));
    runObserved(sim, (day) => {
      if (day < DAYS_PER_YEAR) return;
      for (const counts of [county, zoned]) {
        forEachCaseOn(state, 'arisen', day, (c, row) => counts.arisen[counts.group[c.resident[row]]]++);
        forEachCaseOn(state, 'reported', day, (c, row) => counts.reported[counts.group[c.resident[row]]]++);
      }
    });
    const c = county.ratios();
    const z = zoned.ratios();
    const values: Record<string, number> = {};
    c.unreported.forEach((x, q) => (values[`unreportedShareQ${q + 1}`] = x));
    c.needs.forEach((x, q) => (values[`needsPerResidentQ${q + 1}`] = x));
    values.unreportedRatioQ1toQ5 = c.unreportedRatio;
    values.needRatioQ1toQ5 = c.needRatio;
    values.withinZoneUnreportedRatioQ1toQ5 = z.unreportedRatio;
    values.withinZoneNeedRatioQ1toQ5 = z.needRatio;
    return values;
  },
  checks: [
    atLeastInEverySeed({
      id: 'bottom-quintile-under-reports',
      label: { zh: '未上报比例:最低 / 最高收入五分位', en: 'unreported share of needs: bottom / top income quintile' },
      observed: { zh: '> 1(定性)', en: '> 1 (qualitative)' },
      unit: 'ratio',
      min: 1.25,
      value: (v) => v.unreportedRatioQ1toQ5,
    }),
    atLeastInEverySeed({
      id: 'bottom-quintile-needs-more',
      label: { zh: '人均诉求:最低 / 最高收入五分位', en: 'needs per resident: bottom / top income quintile' },
      observed: { zh: '> 1(定性)', en: '> 1 (qualitative)' },
      unit: 'ratio',
      min: 1.1,
      value: (v) => v.needRatioQ1toQ5,
    }),
    atLeastInEverySeed({
      id: 'within-zone',
      label: { zh: '各居住区内:未上报比例 最低 / 最高收入五分位', en: 'unreported share, bottom / top quintile within zones' },
      observed: { zh: '> 1(定性)', en: '> 1 (qualitative)' },
      unit: 'ratio',
      min: 1.05,
      value: (v) => v.withinZoneUnreportedRatioQ1toQ5,
    }),
  ],
};
