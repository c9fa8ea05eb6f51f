import { forTownships, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 街乡吹哨、部门报到 (seeds 003, 004): townships summon departments to hard cases. */
export const whistleCoordination: InterventionKind<{ whistlesPerTownshipPerMonth: number; eligibleAfterDays: number }> = {
  kind: 'whistleCoordination',
  name: { zh: '吹哨报到', en: 'Whistle-and-report coordination' },
  practice: '街乡吹哨、部门报到 whistle mechanism: daily, tough and emergency whistles (003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'township.whistlesPerMonth: hard cases (cross-department, bounced, or long-waiting) routed jointly: no misrouting, no coordination wait, department priority',
    'township.whistleEligibleDays: how long a case must have waited to be whistled',
  ],
  expected: { metric: 'resolution_days_p90', direction: 'decrease' },
  params: {
    whistlesPerTownshipPerMonth: {
      type: 'number', default: 20, minimum: 0, maximum: 10000, unit: 'whistles per township per month', source: SOURCE,
      description: {
        en: 'Whistles a township may blow per month, each convening the departments on one hard case (added to the township\'s monthly budget).',
        zh: '每个乡镇每月可吹哨次数，每次召集相关部门处理一件难办案件（累加到乡镇每月额度）。',
      },
    },
    eligibleAfterDays: {
      type: 'number', default: 10, minimum: 0, maximum: 365, unit: 'days', source: SOURCE,
      description: {
        en: 'Days since reporting after which any forwarded case may be whistled; cross-department and bounced cases may be whistled at once.',
        zh: '上报后满该天数的任何转办案件均可吹哨；跨部门和被退回的案件可立即吹哨。',
      },
    },
  },
  apply(levers, scope, p) {
    forTownships(scope, (t) => {
      levers.township.whistlesPerMonth[t] += p.whistlesPerTownshipPerMonth;
      levers.township.whistleEligibleDays[t] = p.eligibleAfterDays;
    });
  },
};
