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

/**
 * Under-reporting relative to need is larger among low-income residents (004: the digital divide
 * and weak participation capacity of low-income groups, 參與能力不足). Residents are grouped into
 * county income quintiles; in the second year (the first is a burn-in) the pattern counts, per
 * quintile, needs that arose and needs reported (every channel, petitions included). Both
 * counts cover the same days, so reports per need is the reported share of needs up to the few
 * weeks a report may lag its need, the same for every quintile.
 */
export const incomeUnderReporting: Pattern = {
  id: 'income-under-reporting',
  title: { zh: '低收入居民相对需求的少报更多', en: 'Under-reporting relative to need is larger among low-income residents' },
  source: '004_32c1ffca1322b8d2.txt (low-income groups: digital divide, weak participation capacity 參與能力不足); docs/ODD.md §1 patterns',
  measures: {
    zh: '按县内收入五等分组,第二年新增诉求中未被上报的比例(1 − 上报数/新增数)及人均诉求',
    en: 'By county income quintile, in year 2: the share of needs not reported (1 − reports / needs arisen) and needs per resident',
  },
  cost: YEARS,
  measure(scenario, seed) {
    const sim = createSimulation(variant(scenario, { years: YEARS }), { seed });
    const state = sim.state;
    const group = incomeGroups(state.residents, QUINTILES);
    const people = new Float64Array(QUINTILES);
    for (const g of group) people[g]++;
    const arisen = new Float64Array(QUINTILES);
    const reported = new Float64Array(QUINTILES);
    runObserved(sim, (day) => {
      if (day < DAYS_PER_YEAR) return;
      forEachCaseOn(state, 'arisen', day, (c, row) => arisen[group[c.resident[row]]]++);
      forEachCaseOn(state, 'reported', day, (c, row) => reported[group[c.resident[row]]]++);
    });
    const values: Record<string, number> = {};
    for (let q = 0; q < QUINTILES; q++) {
      values[`needsPerResidentQ${q + 1}`] = arisen[q] / people[q];
      values[`unreportedShareQ${q + 1}`] = 1 - reported[q] / arisen[q];
    }
    values.unreportedRatioQ1toQ5 = values.unreportedShareQ1 / values.unreportedShareQ5;
    values.needRatioQ1toQ5 = values.needsPerResidentQ1 / values.needsPerResidentQ5;
    return values;
  },
  checks: [
    atLeastInEverySeed({
      id: 'bottom-quintile-under-reports',
      label: { zh: '未上报比例:最低 / 最高收入五分位', en: 'unreported share of needs: bottom / top income quintile' },
      observed: { zh: '文献为定性描述(> 1)', en: 'qualitative in the source (> 1)' },
      unit: 'ratio',
      min: 1.25,
      value: (v) => v.unreportedRatioQ1toQ5,
    }),
    atLeastInEverySeed({
      id: 'bottom-quintile-needs-more',
      label: { zh: '人均诉求:最低 / 最高收入五分位', en: 'needs per resident: bottom / top income quintile' },
      observed: { zh: '文献为定性描述(> 1)', en: 'qualitative in the source (> 1)' },
      unit: 'ratio',
      min: 1.1,
      value: (v) => v.needRatioQ1toQ5,
    }),
  ],
};
