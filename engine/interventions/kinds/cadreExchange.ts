import type { InterventionKind } from '../kind.ts';

/** 县乡干部双向交流 (seed 002): county and township cadres swap posts each year. */
export const cadreExchange: InterventionKind<{ sharePerYear: number }> = {
  kind: 'cadreExchange',
  practice: '县乡干部双向交流 county-township two-way cadre exchange (002_d15b97234ffbcda5.txt)',
  changes: ['county.cadreExchangeShare: share of township cadres swapped yearly with department cadres (processes/cadreCareers.ts)'],
  expected: { metric: 'misroute_share', direction: 'decrease' },
  params: {
    sharePerYear: { default: 0.1, min: 0, max: 0.5, unit: 'share/year', description: 'Share of township cadres exchanged with department cadres each year.' },
  },
  apply(levers, _scope, p) {
    levers.county.cadreExchangeShare = Math.max(levers.county.cadreExchangeShare, p.sharePerYear);
  },
};
