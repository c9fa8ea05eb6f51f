import { forTownships, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/002_d15b97234ffbcda5.txt, shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** Breaking information silos, 12345 integration (seeds 002, 003, 004). */
export const dataSharing: InterventionKind<{ level: number; yuanPerTownshipSetup: number; yuanPerTownshipYear: number }> = {
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
    yuanPerTownshipSetup: {
      type: 'number', default: 500000, minimum: 0, maximum: 100000000, unit: 'yuan per township at level 1',
      source: 'assumption: connecting a township\'s desks to the county platform and the departments\' systems (interfaces, data cleaning, equipment, training); scaled by level; calibrate',
      description: {
        en: 'One-off cost of integrating one township\'s data with the departments at full sharing (level 1); the cost at start is level × this per township in scope.',
        zh: '一个乡镇与各部门实现完全数据共享（水平 1）的一次性建设费用；启动费用为每个目标乡镇 水平 × 该值。',
      },
    },
    yuanPerTownshipYear: {
      type: 'number', default: 100000, minimum: 0, maximum: 100000000, unit: 'yuan per township per year at level 1',
      source: 'assumption: about a fifth of the set-up cost a year for operation, maintenance and data upkeep; calibrate',
      description: {
        en: 'Yearly running cost of one township\'s integration at full sharing (level 1); level × this per township in scope while active.',
        zh: '一个乡镇完全数据共享（水平 1）的年运行费用；干预期间每个目标乡镇每年 水平 × 该值。',
      },
    },
  },
  consumes: {
    setup: { unit: { en: 'township integrated (at level 1)', zh: '乡镇数据对接（按水平 1 计）' }, timing: 'start', price: 'yuanPerTownshipSetup' },
    running: { unit: { en: 'township-year of integration (at level 1)', zh: '乡镇数据对接运行·年（按水平 1 计）' }, timing: 'year', price: 'yuanPerTownshipYear' },
  },
  intensity: 'level',
  plan(size, p) {
    return { setup: p.level * size.townships, running: p.level * size.townships };
  },
  apply(levers, scope, p) {
    forTownships(scope, (t) => (levers.township.dataSharing[t] = Math.max(levers.township.dataSharing[t], p.level)));
  },
};
