import { forTownships, type InterventionKind } from '../kind.ts';

/** 街乡吹哨、部门报到 (seeds 003, 004): townships summon departments to hard cases. */
export const whistleCoordination: InterventionKind<{ whistlesPerTownshipPerMonth: number; eligibleAfterDays: number }> = {
  kind: 'whistleCoordination',
  practice: '街乡吹哨、部门报到 whistle mechanism: daily, tough and emergency whistles (003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'township.whistlesPerMonth: hard cases (cross-department, bounced, or long-waiting) routed jointly: no misrouting, no coordination wait, department priority',
    'township.whistleEligibleDays: how long a case must have waited to be whistled',
  ],
  expected: { metric: 'resolution_days_p90', direction: 'decrease' },
  params: {
    whistlesPerTownshipPerMonth: { default: 20, min: 0, max: 10000, unit: 'cases/month', description: 'Cases a township may whistle per month.' },
    eligibleAfterDays: { default: 10, min: 0, max: 365, unit: 'days', description: 'Days since reporting after which any forwarded case may be whistled.' },
  },
  apply(levers, scope, p) {
    forTownships(scope, (t) => {
      levers.township.whistlesPerMonth[t] += p.whistlesPerTownshipPerMonth;
      levers.township.whistleEligibleDays[t] = p.eligibleAfterDays;
    });
  },
};
