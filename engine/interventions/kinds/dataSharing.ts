import { forTownships, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/002_d15b97234ffbcda5.txt, shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** Breaking information silos, 12345 integration (seeds 002, 003, 004). */
export const dataSharing: InterventionKind<{ level: number }> = {
  kind: 'dataSharing',
  name: { zh: '数据共享', en: 'Data sharing' },
  practice: 'data sharing across departments, 12345 hotline integration (002_d15b97234ffbcda5.txt, 003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: ['township.dataSharing: misrouting × (1 − level); hand-off and coordination delays × (1 − 0.7·level)'],
  expected: { metric: 'misroute_share', direction: 'decrease' },
  params: {
    level: {
      type: 'number', default: 0.6, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Level of data sharing between departments and townships (0 none, 1 full; raised to at least this): lowers misrouting and speeds hand-offs.',
        zh: '部门与乡镇之间的数据共享水平（0 无，1 完全；至少提高到该值）：减少错派，加快移交。',
      },
    },
  },
  apply(levers, scope, p) {
    forTownships(scope, (t) => (levers.township.dataSharing[t] = Math.max(levers.township.dataSharing[t], p.level)));
  },
};
