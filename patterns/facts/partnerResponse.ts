import { DAYS_PER_YEAR } from '../../engine/core/calendar.ts';
import { createSimulation } from '../../engine/simulation.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { atLeastInEverySeed, atMostInEverySeed } from '../checks.ts';
import { forEachCaseOn } from '../observe/caseDays.ts';
import { runObserved } from '../observe/run.ts';
import type { Measured, Pattern } from '../pattern.ts';
import { variant } from '../variant.ts';

const YEARS = 2;

/** The partner scheme as the intervention's defaults describe it, from day 0. */
export const PARTNERS = { kind: 'partnerMechanism', start: 0 } as const;

/**
 * Mean and median days from a need arising, and mean days from its report, to its first
 * response (a mediator, the committee or the township desk takes it up: the case's `responded`
 * day), over cases first responded to in year 2.
 */
export function responseTimes(scenario: Scenario, seed: number, interventions: readonly unknown[]): { fromNeed: number; medianFromNeed: number; fromReport: number; responded: number } {
  const sim = createSimulation(variant(scenario, { years: YEARS, interventions }), { seed });
  const byDays: number[] = [];
  let n = 0, fromNeed = 0, fromReport = 0;
  runObserved(sim, (day) => {
    if (day < DAYS_PER_YEAR) return;
    forEachCaseOn(sim.state, 'responded', day, (c, row) => {
      const wait = day - c.arisen[row];
      n++;
      fromNeed += wait;
      fromReport += day - c.reported[row];
      byDays[wait] = (byDays[wait] ?? 0) + 1;
    });
  });
  let below = 0, median = NaN;
  for (let d = 0; d < byDays.length && Number.isNaN(median); d++) if ((below += byDays[d] ?? 0) * 2 >= n) median = d;
  return { fromNeed: fromNeed / n, medianFromNeed: median, fromReport: fromReport / n, responded: n };
}

/** Measures the baseline and an arm with `partners` (paired by seed). */
export function measurePartnerEffect(scenario: Scenario, seed: number, partners: unknown): Measured {
  const base = responseTimes(scenario, seed, []);
  const arm = responseTimes(scenario, seed, [partners]);
  return {
    baselineDaysFromNeed: base.fromNeed,
    partnerDaysFromNeed: arm.fromNeed,
    baselineMedianDaysFromNeed: base.medianFromNeed,
    partnerMedianDaysFromNeed: arm.medianFromNeed,
    baselineDaysFromReport: base.fromReport,
    partnerDaysFromReport: arm.fromReport,
    baselineResponded: base.responded,
    partnerResponded: arm.responded,
    reduction: 1 - arm.fromNeed / base.fromNeed,
  };
}

/**
 * Partner mechanisms shorten the time to first response (Wuhou Cujin's 城市合伙人: response in
 * 15 minutes, processing within 1 hour, closure in 1.5 days). Paired runs with and without the
 * partner scheme (defaults: 3 partners per grid). The model counts days, so a response within
 * minutes is a response on the day of the report; what partners shorten in the model is the time
 * from a need arising to the first response, by finding needs sooner (partner detection) and
 * putting partner-found cases first in the committee's queue.
 */
export const partnerResponse: Pattern = {
  id: 'partner-first-response',
  title: { zh: '合伙人机制缩短首次响应时间', en: 'Partner mechanisms shorten the time to first response' },
  source: '004_32c1ffca1322b8d2.txt (Wuhou Cujin 城市合伙人: response in 15 min, processing within 1 h, closure in 1.5 days)',
  measures: {
    zh: '第二年从诉求产生到首次响应(调解员、村居委会或乡镇受理)的平均天数,有无合伙人机制配对比较;以及从上报到首次响应的天数',
    en: 'Mean days from a need arising to its first response (a mediator, the committee or the township takes it up) in year 2, with and without partners (paired seeds); and days from report to first response',
  },
  cost: 2 * YEARS,
  measure: (scenario, seed) => measurePartnerEffect(scenario, seed, PARTNERS),
  checks: [
    atLeastInEverySeed({
      id: 'shorter-time-to-response',
      label: { zh: '诉求至首次响应平均天数:合伙人带来的降幅', en: 'days from need to first response: cut by partners' },
      observed: { zh: '15分钟内响应(缩短)', en: 'response in 15 min (shorter)' },
      unit: 'change',
      min: 0.05,
      value: (v) => v.reduction,
    }),
    atMostInEverySeed({
      id: 'response-on-report-day',
      label: { zh: '有合伙人时从上报到首次响应的平均天数', en: 'mean days from report to first response, with partners' },
      observed: { zh: '15分钟内(当天)', en: 'in 15 min (same day)' },
      unit: 'days',
      max: 1,
      value: (v) => v.partnerDaysFromReport,
    }),
  ],
};
