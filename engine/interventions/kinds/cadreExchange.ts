import type { InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/002_d15b97234ffbcda5.txt; value assumption; calibrate';

type Params = { sharePerYear: number; yuanPerExchangedCadreYear: number; handoverDays: number; learningMonths: number; newcomerProductivity: number };

/** 县乡干部双向交流 (seed 002): county and township cadres swap posts each year. */
export const cadreExchange: InterventionKind<Params> = {
  kind: 'cadreExchange',
  name: { zh: '干部交流', en: 'Cadre exchange' },
  practice: '县乡干部双向交流 county-township two-way cadre exchange (002_d15b97234ffbcda5.txt)',
  changes: [
    'county.cadreExchangeShare: share of township cadres swapped yearly with department cadres (processes/cadreCareers.ts)',
    'county.handoverDays, learningMonths, newcomerProductivity: each exchanged cadre\'s post is vacant during the handover, then works at newcomerProductivity rising linearly to 1 over learningMonths; township routing and department capacity are multiplied by the mean over their cadres (processes/cadreCareers.ts refreshProductivity)',
  ],
  expected: { metric: 'misroute_share', direction: 'decrease' },
  params: {
    sharePerYear: {
      type: 'number', default: 0.1, minimum: 0, maximum: 0.5, unit: 'share per year', source: SOURCE,
      description: {
        en: 'Share of township cadres swapped each year with department cadres.',
        zh: '每年与县直部门干部双向交流的乡镇干部比例。',
      },
    },
    yuanPerExchangedCadreYear: {
      type: 'number', default: 12000, minimum: 0, maximum: 1000000, unit: 'yuan per exchanged cadre per year',
      source: 'assumption: living and travel allowance of about 1,000 yuan a month for a cadre working away from their home post; calibrate',
      description: {
        en: 'Allowance paid for each exchanged cadre (both directions) for the year after the exchange.',
        zh: '每名交流干部（双向）交流后一年内的补贴。',
      },
    },
    handoverDays: {
      type: 'number', default: 20, minimum: 0, maximum: 365, unit: 'days',
      source: 'assumption; calibrate',
      description: {
        en: 'Days a post is effectively vacant when its holder is exchanged (handover, moving, induction).',
        zh: '干部交流时岗位实际空缺的天数（交接、调动、报到）。',
      },
    },
    learningMonths: {
      type: 'number', default: 6, minimum: 0, maximum: 60, unit: 'months',
      source: 'shared/seeds/002_d15b97234ffbcda5.txt (exchanged cadres go to specific posts: land, enforcement, petitions down; enforcement and project offices up; 干什么学什么、缺什么补什么); value assumption; calibrate',
      description: {
        en: 'Months after the handover over which an exchanged cadre reaches full productivity in the new post.',
        zh: '交接后交流干部在新岗位达到完全工作效能所需的月数。',
      },
    },
    newcomerProductivity: {
      type: 'number', default: 0.5, minimum: 0, maximum: 1, unit: 'share (0-1)',
      source: 'assumption; calibrate',
      description: {
        en: 'Share of full productivity an exchanged cadre works at right after the handover (rising linearly to 1 over learningMonths).',
        zh: '交接刚结束时交流干部的工作效能占完全效能的比例（在 learningMonths 内线性升至 1）。',
      },
    },
  },
  consumes: {
    allowance: { unit: { en: 'exchanged cadre-year', zh: '交流干部·年' }, timing: 'use', price: 'yuanPerExchangedCadreYear' },
  },
  intensity: 'sharePerYear',
  /** Both cadres of each yearly swap, min(share · township cadres, department cadres) swaps, paid at the exchange for the year after (processes/cadreCareers.ts). */
  plan(size, p) {
    return { allowance: 2 * Math.min(p.sharePerYear * size.townshipCadres, size.departmentCadres) };
  },
  apply(levers, _scope, p) {
    const c = levers.county;
    // The programme with the largest share runs the exchange, on its terms (the later one on a tie).
    if (p.sharePerYear < c.cadreExchangeShare) return;
    c.cadreExchangeShare = p.sharePerYear;
    c.handoverDays = p.handoverDays;
    c.learningMonths = p.learningMonths;
    c.newcomerProductivity = p.newcomerProductivity;
  },
};
