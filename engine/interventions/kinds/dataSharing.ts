import { forTownships, type InterventionKind } from '../kind.ts';

/** Breaking information silos, 12345 integration (seeds 002, 003, 004). */
export const dataSharing: InterventionKind<{ level: number }> = {
  kind: 'dataSharing',
  practice: 'data sharing across departments, 12345 hotline integration (002_d15b97234ffbcda5.txt, 003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: ['township.dataSharing: misrouting × (1 − level); hand-off and coordination delays × (1 − 0.7·level)'],
  expected: { metric: 'misroute_share', direction: 'decrease' },
  params: {
    level: { default: 0.6, min: 0, max: 1, unit: 'share', description: 'Degree of data sharing between departments and townships.' },
  },
  apply(levers, scope, p) {
    forTownships(scope, (t) => (levers.township.dataSharing[t] = Math.max(levers.township.dataSharing[t], p.level)));
  },
};
