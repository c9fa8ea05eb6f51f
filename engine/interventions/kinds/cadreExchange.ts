import type { InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/002_d15b97234ffbcda5.txt; value assumption; calibrate';

/** 县乡干部双向交流 (seed 002): county and township cadres swap posts each year. */
export const cadreExchange: InterventionKind<{ sharePerYear: number }> = {
  kind: 'cadreExchange',
  name: { zh: '干部交流', en: 'Cadre exchange' },
  practice: '县乡干部双向交流 county-township two-way cadre exchange (002_d15b97234ffbcda5.txt)',
  changes: ['county.cadreExchangeShare: share of township cadres swapped yearly with department cadres (processes/cadreCareers.ts)'],
  expected: { metric: 'misroute_share', direction: 'decrease' },
  params: {
    sharePerYear: {
      type: 'number', default: 0.1, minimum: 0, maximum: 0.5, unit: 'share per year', source: SOURCE,
      description: {
        en: 'Share of township cadres swapped each year with department cadres.',
        zh: '每年与县直部门干部双向交流的乡镇干部比例。',
      },
    },
  },
  apply(levers, _scope, p) {
    levers.county.cadreExchangeShare = Math.max(levers.county.cadreExchangeShare, p.sharePerYear);
  },
};
